import { ChildProcess } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { ServiceName, ServiceUrls } from '../client';
import { spawnApp, stopProcess } from './node-process';

const SERVICES: Record<ServiceName, string> = {
  membership: 'membership-service',
  supplier: 'supplier-service',
  tender: 'tender-service',
  contract: 'contract-service',
  audit: 'audit-service',
};
const READY_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 20_000;

/** The five services, each in its own Node process, as they are deployed. */
export interface ServiceProcesses {
  urls: ServiceUrls;
  jwtSecret: string;
  /** The last lines each service wrote, to explain a failure. */
  logs(): string;
  stop(): Promise<void>;
}

/**
 * Starts the five services as separate processes on the given PostgreSQL and Kafka, with clock control on (the
 * scenario lives through months) and fresh keys, and waits until each answers ready. The processes are stopped by
 * `stop()`, or killed if they do not stop in time.
 */
export async function startServiceProcesses(infrastructure: {
  databaseUrl: string;
  kafkaBrokers: string[];
}): Promise<ServiceProcesses> {
  const jwtSecret = randomBytes(32).toString('hex');
  const signingKey = generateKeyPairSync('ed25519')
    .privateKey.export({ type: 'pkcs8', format: 'pem' })
    .toString();
  const common = {
    ...process.env,
    DATABASE_URL: infrastructure.databaseUrl,
    KAFKA_BROKERS: infrastructure.kafkaBrokers.join(','),
    // The broker is the whole test run's: other files' services must not share these processes' consumer groups.
    KAFKA_CONSUMER_GROUP_PREFIX: `e2e-${randomBytes(4).toString('hex')}.`,
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    MUTUALIS_JWT_SECRET: jwtSecret,
    MUTUALIS_CLOCK_CONTROL: 'on',
    MUTUALIS_PERSONAL_DATA_KEY: randomBytes(32).toString('base64'),
    MUTUALIS_BID_SEALING_KEY: randomBytes(32).toString('base64'),
    MUTUALIS_AUDIT_SIGNING_KEY: Buffer.from(signingKey).toString('base64'),
    AUDIT_SEAL_MINUTES: '0',
    SUPPLIER_SWEEP_CHECK_MINUTES: '0',
  };
  const logs = new Map<ServiceName, string[]>();
  const children = new Map<ServiceName, ChildProcess>();
  const urls = {} as ServiceUrls;
  for (const service of Object.keys(SERVICES) as ServiceName[]) {
    const port = await freePort();
    urls[service] = `http://127.0.0.1:${port}`;
    const child = spawnApp(SERVICES[service], { ...common, PORT: String(port) });
    const lines: string[] = [];
    logs.set(service, lines);
    const keep = (chunk: Buffer) => lines.push(...chunk.toString().split('\n').filter(Boolean).slice(-50));
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    children.set(service, child);
  }
  const handle: ServiceProcesses = {
    urls,
    jwtSecret,
    logs: () =>
      [...logs].map(([service, lines]) => `--- ${service}\n${lines.slice(-20).join('\n')}`).join('\n'),
    stop: () =>
      Promise.all([...children.values()].map((child) => stopProcess(child, 'SIGTERM', STOP_TIMEOUT_MS))).then(
        () => undefined,
      ),
  };
  try {
    await Promise.all(
      (Object.keys(urls) as ServiceName[]).map((service) =>
        ready(service, urls[service], children.get(service)!),
      ),
    );
  } catch (error) {
    await handle.stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${handle.logs()}`);
  }
  return handle;
}

async function ready(service: ServiceName, url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${service} exited with status ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/health/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${service} was not ready within ${READY_TIMEOUT_MS / 1000} s`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

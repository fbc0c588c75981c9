import { ServiceName, ServiceUrls } from '../client';
import { spawnApp, stopProcess } from './node-process';

const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 30_000;
const URL_LINE = /\((membership|supplier|tender|contract|audit)\)\s+(http:\/\/\S+)/g;

/** The all-in-one suite running as `npm start` runs it. */
export interface SuiteProcess {
  urls: ServiceUrls;
  /** What it printed, to explain a failure. */
  output(): string;
  /** Stops it as Ctrl+C does; resolves with its exit status. */
  stop(): Promise<number | null>;
}

/**
 * Starts `apps/suite` in its own process on the data folder given and free ports, and waits for the banner naming the
 * five APIs. It runs on the embedded database and the in-process bus, whatever the test environment's variables say,
 * unless `servers` names a PostgreSQL database and a Kafka cluster.
 */
export function startSuiteProcess(
  dataDir: string,
  servers: { databaseUrl: string; kafkaBrokers: string[]; consumerGroupPrefix: string } | null = null,
): Promise<SuiteProcess> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    MUTUALIS_DATA_DIR: dataDir,
    PORT: '0',
  };
  for (const name of ['DATABASE_URL', 'KAFKA_BROKERS', 'LOG_LEVEL', 'MUTUALIS_JWT_SECRET']) delete env[name];
  if (servers) {
    env['DATABASE_URL'] = servers.databaseUrl;
    env['KAFKA_BROKERS'] = servers.kafkaBrokers.join(',');
    env['KAFKA_CONSUMER_GROUP_PREFIX'] = servers.consumerGroupPrefix;
  }
  const child = spawnApp('suite', env);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const handle = (urls: ServiceUrls): SuiteProcess => ({
    urls,
    output: () => output.slice(-5_000),
    stop: () => stopProcess(child, 'SIGINT', STOP_TIMEOUT_MS),
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the suite did not start within ${START_TIMEOUT_MS / 1000} s\n${output}`));
    }, START_TIMEOUT_MS);
    const watch = setInterval(() => {
      if (child.exitCode !== null) {
        clearInterval(watch);
        clearTimeout(timer);
        reject(new Error(`the suite exited with status ${child.exitCode}\n${output}`));
      } else if (output.includes('npm run demo')) {
        clearInterval(watch);
        clearTimeout(timer);
        const urls = {} as ServiceUrls;
        for (const match of output.matchAll(URL_LINE)) urls[match[1] as ServiceName] = match[2]!;
        resolve(handle(urls));
      }
    }, 100);
  });
}

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { NestExpressApplication } from '@nestjs/platform-express';
import { auditService } from '@mutualis/audit/application';
import { contractService } from '@mutualis/contract/application';
import { membershipService } from '@mutualis/membership/application';
import {
  ConfigurationError,
  createService,
  LOCAL_SECRET_NAMES,
  localDataDir,
  localSecrets,
  localSecretsFile,
  ServiceOptions,
} from '@mutualis/shared/api';
import { removeSuiteAddress, writeSuiteAddress } from '@mutualis/shared/api/local';
import { EmbeddedDatabase } from '@mutualis/shared/event-store';
import { InProcessEventBus } from '@mutualis/shared/messaging';
import { supplierService } from '@mutualis/supplier/application';
import { tenderService } from '@mutualis/tender/application';

/** The five services, in the order of their ports from the suite's first one. */
const SERVICES = {
  membership: membershipService,
  supplier: supplierService,
  tender: tenderService,
  contract: contractService,
  audit: auditService,
} as const;

export type SuiteService = keyof typeof SERVICES;

export interface RunningSuite {
  urls: Record<SuiteService, string>;
  /** What the services keep their data in, in words. */
  storage: string;
  /** How the services hear one another, in words. */
  bus: string;
  /** The file of the secrets generated for this data folder, or null when the environment gives them all. */
  secretsFile: string | null;
  clockControl: boolean;
  stop(): Promise<void>;
}

/**
 * Starts the five services in this process. By default they share the embedded database (PGlite, kept in
 * `MUTUALIS_DATA_DIR`, `./data` unless set) and the in-process bus; with DATABASE_URL and KAFKA_BROKERS set, each
 * uses the PostgreSQL server and the Kafka cluster as when deployed alone. They listen on PORT (3001 unless set) and
 * the four ports after it; PORT=0 gives each a free port. Secrets missing from the environment are generated once into
 * the data folder. Clock control is on unless MUTUALIS_CLOCK_CONTROL says otherwise: the suite is for trying things.
 * `onServiceReady` hears of each service as soon as it listens. While it runs, its addresses are in the data folder
 * (`suite.json`), where the demo and the tools find them.
 */
export async function startSuite(
  env: NodeJS.ProcessEnv = process.env,
  onServiceReady: (name: SuiteService, url: string) => void = () => undefined,
): Promise<RunningSuite> {
  const firstPort = env['PORT'] ?? '3001';
  if (!/^\d{1,5}$/.test(firstPort) || Number(firstPort) > 65531) {
    throw new ConfigurationError(['PORT must be the first of five free ports (or 0 for any free ports)']);
  }
  const dataDir = localDataDir(env);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 }); // history and secrets: for the owner's eyes only
  const secretsGiven = LOCAL_SECRET_NAMES.every((name) => env[name]);
  const common: NodeJS.ProcessEnv = {
    LOG_LEVEL: 'warn',
    MUTUALIS_CLOCK_CONTROL: 'on',
    ...(secretsGiven ? {} : localSecrets(dataDir)),
    ...env,
  };
  const database = env['DATABASE_URL'] ? undefined : await EmbeddedDatabase.open(join(dataDir, 'pglite'));
  const bus = env['KAFKA_BROKERS'] ? undefined : new InProcessEventBus();
  const apps: NestExpressApplication[] = [];
  let stopped: Promise<void> | undefined;
  // Each part is stopped even if one before it fails; the first failure is reported. Twice is once.
  const stop = () =>
    (stopped ??= (async () => {
      const failures: unknown[] = [];
      const attempt = async (part: () => Promise<unknown> | undefined) => {
        try {
          await part();
        } catch (error) {
          failures.push(error);
        }
      };
      removeSuiteAddress(dataDir);
      for (const app of [...apps].reverse()) await attempt(() => app.close());
      await attempt(() => bus?.close());
      await attempt(() => database?.close());
      if (failures.length > 0) throw failures[0];
    })());
  try {
    const urls = {} as Record<SuiteService, string>;
    const names = Object.keys(SERVICES) as SuiteService[];
    for (const [index, name] of names.entries()) {
      const port = Number(firstPort) === 0 ? 0 : Number(firstPort) + index;
      const serviceEnv = { ...common, PORT: String(port) };
      const options = SERVICES[name]({ env: serviceEnv }) as ServiceOptions;
      const app = await createService({ ...options, embeddedDatabase: database, sharedBus: bus });
      apps.push(app);
      await app.listen(port, common['HOST'] ?? '127.0.0.1');
      urls[name] = (await app.getUrl()).replace('[::1]', 'localhost');
      onServiceReady(name, urls[name]);
    }
    writeSuiteAddress(dataDir, urls);
    return {
      urls,
      storage: database ? `the embedded database in ${join(dataDir, 'pglite')}` : 'PostgreSQL (DATABASE_URL)',
      bus: bus ? 'the in-process bus' : `Kafka (${env['KAFKA_BROKERS']})`,
      secretsFile: secretsGiven ? null : localSecretsFile(dataDir),
      clockControl: common['MUTUALIS_CLOCK_CONTROL'] === 'on',
      stop,
    };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
}

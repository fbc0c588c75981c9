import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { NestExpressApplication } from '@nestjs/platform-express';
import { accessService } from '@mutualis/access/application';
import { DevIdentityProvider, startDevIdentityProvider } from '@mutualis/access/dev-identity';
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
  /** The console, and the access context behind it (sign-in, `/me`, `/api/<service>/…`). */
  consoleUrl: string;
  /** The development OpenID provider the suite runs, or null when MUTUALIS_OIDC_ISSUER names another. */
  identityProvider: string | null;
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
 * Starts the five services in this process, then the console with its access context. By default they share the
 * embedded database (PGlite, kept in `MUTUALIS_DATA_DIR`, `./data` unless set) and the in-process bus; with
 * DATABASE_URL and KAFKA_BROKERS set, each uses the PostgreSQL server and the Kafka cluster as when deployed alone.
 * The services listen on PORT (3001 unless set) and the four ports after it, the development OpenID provider on the
 * next one (unless MUTUALIS_OIDC_ISSUER names a provider), the console on CONSOLE_PORT (3000 unless set); PORT=0
 * gives each a free port. Secrets missing from the environment are generated once into the data folder. Clock
 * control is on unless MUTUALIS_CLOCK_CONTROL says otherwise: the suite is for trying things. `onServiceReady` hears
 * of each service as soon as it listens. While it runs, its addresses are in the data folder (`suite.json`), where
 * the demo and the tools find them.
 */
export async function startSuite(
  env: NodeJS.ProcessEnv = process.env,
  onServiceReady: (name: SuiteService, url: string) => void = () => undefined,
): Promise<RunningSuite> {
  const firstPort = env['PORT'] ?? '3001';
  if (!/^\d{1,5}$/.test(firstPort) || Number(firstPort) > 65530) {
    throw new ConfigurationError(['PORT must be the first of six free ports (or 0 for any free ports)']);
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
  const anyPort = Number(firstPort) === 0;
  const host = common['HOST'] ?? '127.0.0.1';
  const consolePort = anyPort ? await freePort(host) : Number(env['CONSOLE_PORT'] ?? '3000');
  const consoleUrl = `http://${host}:${consolePort}`;
  common['MUTUALIS_ACCESS_JWKS_URL'] ??= `${consoleUrl}/.well-known/jwks.json`;
  const database = env['DATABASE_URL'] ? undefined : await EmbeddedDatabase.open(join(dataDir, 'pglite'));
  const bus = env['KAFKA_BROKERS'] ? undefined : new InProcessEventBus();
  const apps: NestExpressApplication[] = [];
  let identityProvider: DevIdentityProvider | undefined;
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
      await attempt(() => identityProvider?.stop());
      await attempt(() => bus?.close());
      await attempt(() => database?.close());
      if (failures.length > 0) throw failures[0];
    })());
  try {
    const urls = {} as Record<SuiteService, string>;
    const names = Object.keys(SERVICES) as SuiteService[];
    const start = async (options: ServiceOptions, port: number) => {
      const app = await createService({ ...options, embeddedDatabase: database, sharedBus: bus });
      apps.push(app);
      await app.listen(port, host);
      return (await app.getUrl()).replace('[::1]', 'localhost');
    };
    for (const [index, name] of names.entries()) {
      const port = anyPort ? 0 : Number(firstPort) + index;
      urls[name] = await start(
        SERVICES[name]({ env: { ...common, PORT: String(port) } }) as ServiceOptions,
        port,
      );
      onServiceReady(name, urls[name]);
    }
    if (!env['MUTUALIS_OIDC_ISSUER']) {
      identityProvider = await startDevIdentityProvider({
        port: anyPort ? 0 : Number(firstPort) + names.length,
        host,
        client: {
          clientId: common['MUTUALIS_OIDC_CLIENT_ID'] ?? 'mutualis-console',
          clientSecret: common['MUTUALIS_OIDC_CLIENT_SECRET']!,
          redirectUris: [`${consoleUrl}/auth/callback`],
          postLogoutRedirectUris: [`${consoleUrl}/`],
        },
      });
    }
    const accessEnv: NodeJS.ProcessEnv = {
      MUTUALIS_CONSOLE_DIR: resolve('dist/apps/console'),
      // The demonstration's administrator, when the development provider signs people in.
      ...(identityProvider ? { MUTUALIS_PLATFORM_ADMINS: 'admin@plateforme-regionale.fr' } : {}),
      ...common,
      PORT: String(consolePort),
      MUTUALIS_CONSOLE_URL: consoleUrl,
      MUTUALIS_OIDC_ISSUER: env['MUTUALIS_OIDC_ISSUER'] ?? identityProvider!.issuer,
      MUTUALIS_SERVICE_URLS: names.map((name) => `${name}=${urls[name]}`).join(','),
    };
    await start(accessService({ env: accessEnv }) as ServiceOptions, consolePort);
    writeSuiteAddress(dataDir, urls, consoleUrl);
    return {
      urls,
      consoleUrl,
      identityProvider: identityProvider?.issuer ?? null,
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

/** A port free on `host` now, for an address that must be known before its server starts (the console's). */
function freePort(host: string): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

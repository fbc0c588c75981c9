import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { Principal, Role } from '../lib/auth/principal';
import { issueLocalToken } from '../lib/auth/local-token';
import { createService, ServiceOptions } from '../lib/bootstrap/create-service';
import { PlatformConfig } from '../lib/config/platform-config';
import { Clock } from '../lib/time/clock';

export const TEST_JWT_SECRET = 'service-tests-hs256-secret-0123456789abcdef';
/** 32 bytes, base64: the tests' master key for personal data. */
export const TEST_PERSONAL_DATA_KEY = Buffer.alloc(32, 7).toString('base64');
/** The consortium the tests' tokens speak for unless told otherwise. */
export const TEST_CONSORTIUM = '0190c6a4-7c1e-7000-8000-00000000000a';

export interface ServiceApp {
  app: NestExpressApplication;
  http(): ReturnType<typeof request>;
  /** An Authorization header value for a local token of this role (and these claims). */
  bearer(role: Role, principal?: Partial<Principal>): Promise<string>;
  /** Sets the service's clock to an instant; commands and sweeps read it. */
  setNow(instant: string): void;
  close(): Promise<void>;
}

/**
 * A service built on the platform for integration tests: real PostgreSQL (and Kafka when `env` names brokers),
 * listening on a free local port, logs silenced (unless MUTUALIS_TEST_LOGS is set), its clock settable.
 */
export async function startServiceApp<Config extends PlatformConfig>(
  service: (overrides: Partial<ServiceOptions<Config>>) => ServiceOptions<Config>,
  env: NodeJS.ProcessEnv,
): Promise<ServiceApp> {
  const app = await createService(
    service({
      env: {
        MUTUALIS_JWT_SECRET: TEST_JWT_SECRET,
        MUTUALIS_PERSONAL_DATA_KEY: TEST_PERSONAL_DATA_KEY,
        LOG_LEVEL: 'warn',
        ...env,
      },
      // MUTUALIS_TEST_LOGS=1 shows the service's error logs while a test runs.
      logDestination: process.env['MUTUALIS_TEST_LOGS'] ? process.stderr : { write: () => undefined },
    }),
  );
  await app.listen(0, '127.0.0.1');
  const clock = app.get(Clock);
  return {
    app,
    http: () => request(app.getHttpServer()),
    bearer: async (role, principal = {}) =>
      `Bearer ${await issueLocalToken(
        {
          userId: `${role}-user`,
          role,
          consortia: role === 'platform-admin' ? [] : [TEST_CONSORTIUM],
          ...(role === 'supplier' ? { supplierSiret: '73282932000074' } : {}),
          ...(role === 'member-buyer' ? { authoritySiret: '21440050900011' } : {}),
          ...principal,
        },
        { secret: TEST_JWT_SECRET, ttl: '1h' },
      )}`,
    setNow: (instant) => clock.set(new Date(instant)),
    close: () => app.close(),
  };
}

export { publishContextEvents } from './publish-context-events';
export { runPublishedFactsConsumer } from './published-facts-consumer';
export type { NewEventData } from './publish-context-events';
export {
  communeAuthority,
  consortiumFormed,
  documentFiled,
  freshSiret,
  memberJoined,
  procedureChosen,
  supplierEvents,
  tenderCreated,
  tenderPublished,
} from './published-fixtures';

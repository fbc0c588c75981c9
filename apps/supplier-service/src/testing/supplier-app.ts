import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createService, issueLocalToken, Principal, Role } from '@mutualis/shared/api';
import { Clock } from '@mutualis/shared/api';
import { supplierService } from '../app/supplier-service';

/** The consortium the tests' non-admin tokens speak for: the registry itself is platform-wide. */
export const TEST_CONSORTIUM = '0190c6a4-7c1e-7000-8000-00000000000a';
export const TEST_JWT_SECRET = 'supplier-tests-hs256-secret-0123456789abcdef';
/** 32 bytes, base64: the tests' master key for contacts' personal data. */
export const TEST_PERSONAL_DATA_KEY = Buffer.alloc(32, 7).toString('base64');

export interface SupplierApp {
  app: NestExpressApplication;
  http(): ReturnType<typeof request>;
  bearer(role: Role, principal?: Partial<Principal>): Promise<string>;
  /** Sets the service's clock to an instant (the daily sweep and document checks read it). */
  setNow(instant: string): void;
  close(): Promise<void>;
}

/** The supplier registry on the real PostgreSQL (and Kafka when `kafkaBrokers` is given), its clock settable. */
export async function startSupplierApp(
  databaseUrl: string,
  options: { kafkaBrokers?: string[] } = {},
): Promise<SupplierApp> {
  const app = await createService(
    supplierService({
      env: {
        DATABASE_URL: databaseUrl,
        MUTUALIS_JWT_SECRET: TEST_JWT_SECRET,
        MUTUALIS_PERSONAL_DATA_KEY: TEST_PERSONAL_DATA_KEY,
        SUPPLIER_SWEEP_CHECK_MINUTES: '0',
        LOG_LEVEL: 'warn',
        ...(options.kafkaBrokers ? { KAFKA_BROKERS: options.kafkaBrokers.join(',') } : {}),
      },
      logDestination: { write: () => undefined },
    }),
  );
  await app.listen(0, '127.0.0.1');
  let now: Date | undefined;
  settableClock(app.get(Clock), () => now);
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
    setNow: (instant) => (now = new Date(instant)),
    close: () => app.close(),
  };
}

/** Makes the clock answer `fixed()` when it is set, the real time otherwise. */
function settableClock(clock: Clock, fixed: () => Date | undefined): void {
  const real = clock.now.bind(clock);
  clock.now = () => fixed() ?? real();
}

import { DynamicModule, Module, Type } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { issueLocalToken } from '../lib/auth/local-token';
import { Principal, Role } from '../lib/auth/principal';
import { createService } from '../lib/bootstrap/create-service';
import { sampleService } from './sample/sample-service';
import { SampleModule } from './sample/sample.module';

export const TEST_JWT_SECRET = 'platform-tests-hs256-secret-0123456789abcdef';
export const CONSORTIUM_A = '0190c6a4-7c1e-7000-8000-00000000000a';
export const CONSORTIUM_B = '0190c6a4-7c1e-7000-8000-00000000000b';
export const AUTHORITY_SIRET = '21640102400013';

export interface SampleApp {
  app: NestExpressApplication;
  /** Every JSON log line the service wrote. */
  logs: string[];
  http(): ReturnType<typeof request>;
  /** An Authorization header value for a local token. */
  bearer(role: Role, principal?: Partial<Principal>): Promise<string>;
  close(): Promise<void>;
}

@Module({})
class SampleTestModule {}

/**
 * The sample service on the platform, listening on a free local port, with its logs captured. `controllers` adds
 * test-only endpoints (a failing one, an undeclared one…) beside the sample's.
 */
export async function startSampleApp(
  databaseUrl: string,
  options: { env?: NodeJS.ProcessEnv; controllers?: Type<unknown>[] } = {},
): Promise<SampleApp> {
  const logs: string[] = [];
  const module: DynamicModule | Type<unknown> = options.controllers
    ? { module: SampleTestModule, imports: [SampleModule], controllers: options.controllers }
    : SampleModule;
  const app = await createService(
    sampleService({
      module,
      env: { DATABASE_URL: databaseUrl, MUTUALIS_JWT_SECRET: TEST_JWT_SECRET, ...options.env },
      logDestination: { write: (line: string) => void logs.push(line) },
    }),
  );
  await app.listen(0, '127.0.0.1');
  return {
    app,
    logs,
    http: () => request(app.getHttpServer()),
    bearer: async (role, principal = {}) => `Bearer ${await testToken(role, principal)}`,
    close: () => app.close(),
  };
}

/** A local HS256 token signed with the tests' secret; for consortium A unless told otherwise. */
export function testToken(
  role: Role,
  principal: Partial<Principal> = {},
  lifetime: { ttl?: string; now?: Date } = {},
): Promise<string> {
  return issueLocalToken(
    {
      userId: `${role}-user`,
      role,
      consortia: [CONSORTIUM_A],
      ...(role === 'member-buyer' ? { authoritySiret: AUTHORITY_SIRET } : {}),
      ...(role === 'supplier' ? { supplierSiret: '44306184100047' } : {}),
      ...principal,
    },
    {
      secret: TEST_JWT_SECRET,
      issuer: 'mutualis',
      audience: 'mutualis',
      ttl: lifetime.ttl ?? '1h',
      ...lifetime,
    },
  );
}

import { Server } from 'node:http';
import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { Principal, Role } from '../lib/auth/principal';
import { issueLocalToken } from '../lib/auth/local-token';
import { createService, ServiceOptions } from '../lib/bootstrap/create-service';
import { PlatformConfig } from '../lib/config/platform-config';
import { Clock } from '../lib/time/clock';
import { RecordedResponse, ResponseConformance } from './openapi-conformance';

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
  /** Closes the service; fails when one of its answers did not match its OpenAPI document. */
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
  const answers = recordAnswers(app.getHttpServer());
  await app.listen(Number(env['PORT'] ?? 0), '127.0.0.1'); // a free port unless the test needs its address first
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
    close: async () => {
      const document = (await request(app.getHttpServer()).get('/openapi.json')).body;
      await app.close();
      const conformance = new ResponseConformance(document);
      const problems = [...new Set(answers.flatMap((answer) => conformance.problems(answer)))];
      if (problems.length > 0) {
        throw new Error(`Answers that do not match the OpenAPI document:\n${problems.join('\n')}`);
      }
    },
  };
}

/**
 * Keeps a copy of every JSON answer the server sends, to check them against the service's OpenAPI document once
 * the tests are done with it.
 */
function recordAnswers(server: Server): RecordedResponse[] {
  const answers: RecordedResponse[] = [];
  server.prependListener('request', (incoming, outgoing) => {
    const chunks: Buffer[] = [];
    const keep = (chunk: unknown, encoding?: unknown) => {
      if (typeof chunk === 'string') chunks.push(Buffer.from(chunk, (encoding as BufferEncoding) || 'utf8'));
      else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
    };
    const write = outgoing.write.bind(outgoing) as (...args: unknown[]) => boolean;
    const end = outgoing.end.bind(outgoing) as (...args: unknown[]) => typeof outgoing;
    outgoing.write = ((...args: unknown[]) => (
      keep(args[0], args[1]),
      write(...args)
    )) as typeof outgoing.write;
    outgoing.end = ((...args: unknown[]) => (keep(args[0], args[1]), end(...args))) as typeof outgoing.end;
    outgoing.on('finish', () => {
      const type = String(outgoing.getHeader('content-type') ?? '');
      if (!type.includes('json') || outgoing.getHeader('content-encoding')) return;
      answers.push({
        method: incoming.method ?? 'GET',
        path: (incoming.url ?? '/').split('?')[0]!,
        status: outgoing.statusCode,
        contentType: type,
        body: Buffer.concat(chunks).toString('utf8'),
      });
    });
  });
  return answers;
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
export { openApiGaps, ResponseConformance } from './openapi-conformance';
export type { RecordedResponse } from './openapi-conformance';
export { followJob } from './follow-job';
export type { FollowedJob } from './follow-job';
export { expectOpenApiSnapshot, openApiSnapshotPath } from './openapi-snapshot';
export type { SnapshotService } from './openapi-snapshot';
export {
  controllersOf,
  nestedPropertiesTakingWrongShapes,
  propertiesLettingUndefinedThrough,
  requestDtoClasses,
} from './request-dto-presence';
export { jsonWriteRoutes, requestBodies } from './openapi-bodies';
export type { JsonWriteRoute } from './openapi-bodies';
export { BODY_RUNS, eventStoreState, sendRandomBodies } from './random-write-bodies';

import fc from 'fast-check';
import { useIntegrationEnvironment } from '@mutualis/shared/testing';
import { CONSORTIUM_A, SampleApp, startSampleApp } from '../testing/sample-app';

const environment = useIntegrationEnvironment();

const contracts = `/consortia/${CONSORTIUM_A}/sample-contracts`;

/** Valid bodies, bodies near the DTO, any JSON, and text that is not JSON: the valid ones reach the decider. */
const valid = fc
  .record({
    title: fc.string({ minLength: 1, maxLength: 200 }),
    nature: fc.constantFrom('supplies-services', 'works'),
    initialAmountCents: fc.integer({ min: 1, max: 1e12 }),
  })
  .map((value) => JSON.stringify(value));

const nearValid = fc
  .record(
    {
      title: fc.oneof(fc.string({ maxLength: 250 }), fc.jsonValue()),
      nature: fc.oneof(fc.constantFrom('supplies-services', 'works', 'WORKS'), fc.jsonValue()),
      initialAmountCents: fc.oneof(
        fc.integer(),
        fc.double(),
        fc.constant(Number.MAX_VALUE),
        fc.string(),
        fc.jsonValue(),
      ),
      extra: fc.jsonValue(),
    },
    { requiredKeys: [] },
  )
  .map((value) => JSON.stringify(value));

const bodies = fc.oneof(
  { arbitrary: valid, weight: 2 },
  { arbitrary: nearValid, weight: 3 },
  fc.json({ maxDepth: 4 }),
  fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value) ?? 'null'),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom(
    '',
    '{',
    '{"title": "\\u0000"}',
    '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]',
    '{"__proto__": {"admin": true}}',
    '1e999',
    '"\\ud800"',
  ),
);

const contentTypes = fc.oneof(
  { arbitrary: fc.constantFrom('application/json', 'application/json; charset=utf-8'), weight: 8 },
  fc.constantFrom(
    'application/json; charset=latin1',
    'application/merge-patch+json',
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/xml',
    'application/octet-stream',
    '',
  ),
);

describe('a validated endpoint under random bodies and content types', () => {
  let sample: SampleApp;
  let coordinator: string;

  beforeAll(async () => {
    sample = await startSampleApp(environment().databaseUrl, { env: { LOG_LEVEL: 'warn' } });
    coordinator = await sample.bearer('coordinator');
  });
  afterAll(() => sample.close());

  it('never answers 500: bad input is always a 4xx problem, good input a 201', async () => {
    await fc.assert(
      fc.asyncProperty(
        bodies,
        contentTypes,
        fc.option(fc.uuid(), { nil: undefined }),
        async (body, type, key) => {
          let call = sample
            .http()
            .post(contracts)
            .set('Authorization', coordinator)
            .set('Content-Type', type);
          if (key) call = call.set('Idempotency-Key', key);
          const response = await call.send(body);
          expect(response.status).toBeLessThan(500);
          if (response.status >= 400) {
            expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
            expect(response.body.status).toBe(response.status);
          } else {
            expect(response.status).toBe(201);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

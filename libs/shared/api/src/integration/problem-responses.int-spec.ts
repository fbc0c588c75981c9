import { Controller, Get } from '@nestjs/common';
import { useIntegrationEnvironment } from '@mutualis/shared/testing';
import { AcrossConsortia, Roles } from '../lib/auth/access.decorators';
import { CONSORTIUM_A, SampleApp, startSampleApp } from '../testing/sample-app';

const environment = useIntegrationEnvironment();

@Controller('faults')
class FaultController {
  @Get()
  @Roles('coordinator')
  @AcrossConsortia()
  fail(): never {
    throw new Error('connection to 10.1.2.3 refused for user svc_tender password=hunter2');
  }
}

const contracts = `/consortia/${CONSORTIUM_A}/sample-contracts`;
const PROBLEM_JSON = /^application\/problem\+json/;

describe('problem responses of a service on the platform', () => {
  let sample: SampleApp;
  let coordinator: string;

  beforeAll(async () => {
    sample = await startSampleApp(environment().databaseUrl, {
      controllers: [FaultController],
      env: { HTTP_BODY_LIMIT_BYTES: '2048' },
    });
    coordinator = await sample.bearer('coordinator');
  });
  afterAll(() => sample.close());

  const register = (body: string | object, contentType = 'application/json') =>
    sample
      .http()
      .post(contracts)
      .set('Authorization', coordinator)
      .set('Content-Type', contentType)
      .send(body);

  it('answers invalid fields with 400 listing each field and its message', async () => {
    const response = await register({ title: '', nature: 'gifts', initialAmountCents: 12.5 });
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(response.body).toMatchObject({
      type: 'urn:mutualis:problem:validation-failed',
      title: 'The request is not valid',
      status: 400,
    });
    const fields = (response.body.errors as { field: string; message: string }[]).map((e) => e.field).sort();
    expect(fields).toEqual(['initialAmountCents', 'nature', 'title']);
    expect(response.body.errors).toContainEqual({
      field: 'initialAmountCents',
      message: 'initialAmountCents must be an integer number',
    });
  });

  it('refuses unknown fields instead of dropping them silently', async () => {
    const response = await register({ title: 'Marché', nature: 'works', initialAmountCents: 100, amount: 5 });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ field: 'amount', message: 'property amount should not exist' }]);
  });

  it('refuses a JSON body that is not an object with 400', async () => {
    const response = await register('[1, 2]');
    expect(response.status).toBe(400);
    expect(response.body.type).toBe('urn:mutualis:problem:validation-failed');
  });

  it('answers malformed JSON with 400 malformed-json', async () => {
    const response = await register('{"title": "Marché",');
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(response.body.type).toBe('urn:mutualis:problem:malformed-json');
  });

  it('refuses a query string holding U+0000 with 400 before any route sees it', async () => {
    const response = await sample
      .http()
      .get(`${contracts}/0190c6a4-7c1e-7000-8000-000000000001?note=a%00b`)
      .set('Authorization', coordinator);
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(response.body.detail).toMatch(/U\+0000/);
  });

  it('refuses JSON strings holding U+0000 with 400, since no store can keep them', async () => {
    const response = await register('{"title": "a\\u0000b", "nature": "works", "initialAmountCents": 1}');
    expect(response.status).toBe(400);
    expect(response.body.detail).toMatch(/U\+0000/);
  });

  it.each([
    [
      'a lone high surrogate in a value',
      '{"title": "lot \\ud800", "nature": "works", "initialAmountCents": 1}',
    ],
    [
      'a lone low surrogate in a key',
      '{"title": "t", "nature": "works", "initialAmountCents": 1, "\\udc00": 1}',
    ],
  ])('refuses %s with 400, since PostgreSQL cannot store it', async (_case, body) => {
    const response = await register(body);
    expect(response.status).toBe(400);
    expect(response.body.detail).toMatch(/well-formed Unicode/);
  });

  it('answers a body over the configured limit with 413', async () => {
    const response = await register({ title: 'x'.repeat(4096), nature: 'works', initialAmountCents: 1 });
    expect(response.status).toBe(413);
    expect(response.body).toMatchObject({ type: 'urn:mutualis:problem:payload-too-large', limitBytes: 2048 });
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'application/xml'])(
    'answers a %s body with 415',
    async (contentType) => {
      const response = await register('title=Marché', contentType);
      expect(response.status).toBe(415);
      expect(response.body.type).toBe('urn:mutualis:problem:unsupported-media-type');
    },
  );

  it('answers JSON in a charset other than UTF-8 with 415', async () => {
    const response = await register('{}', 'application/json; charset=latin1');
    expect(response.status).toBe(415);
  });

  it('answers an unknown route with a 404 problem', async () => {
    const response = await sample.http().get('/no-such-route').set('Authorization', coordinator);
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(response.body.type).toBe('urn:mutualis:problem:not-found');
  });

  it('answers a malformed id in the path with 400', async () => {
    const response = await sample.http().get(`${contracts}/not-a-uuid`).set('Authorization', coordinator);
    expect(response.status).toBe(400);
    expect(response.body.type).toBe('urn:mutualis:problem:bad-request');
  });

  it('answers a contract unknown in the consortium with 404', async () => {
    const response = await sample
      .http()
      .get(`${contracts}/0190c6a4-7c1e-7000-8000-0000000000ff`)
      .set('Authorization', coordinator);
    expect(response.status).toBe(404);
    expect(response.body.detail).toBe('No such contract in this consortium.');
  });

  it('refuses a de minimis amendment reaching 10% of the initial amount with 422, the CCP article and the values (R2194-8)', async () => {
    const created = await register({
      title: 'Messagerie',
      nature: 'supplies-services',
      initialAmountCents: 1_000_000,
    });
    const amend = (amountCents: number) =>
      sample
        .http()
        .post(`${contracts}/${created.body.contractId}/de-minimis-amendments`)
        .set('Authorization', coordinator)
        .send({ amountCents, reason: 'Postes supplémentaires' });
    expect((await amend(60_000)).status).toBe(201);
    const refused = await amend(40_000);
    expect(refused.status).toBe(422);
    expect(refused.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(refused.body).toEqual({
      type: 'urn:mutualis:rule:de-minimis-cap-exceeded',
      title: 'Refused by a business rule',
      status: 422,
      detail: expect.stringMatching(/10% of the initial amount \(R2194-8, cumulated per R2194-9\)/),
      legalReference: 'R2194-8',
      values: {
        initialAmountCents: 1_000_000,
        previousAmendmentsCents: 60_000,
        requestedCents: 40_000,
        capPercent: 10,
      },
      correlationId: refused.headers['x-request-id'],
    });
  });

  it('answers an unexpected error with a 500 free of internals, logged with its correlation id', async () => {
    const response = await sample
      .http()
      .get('/faults')
      .set('Authorization', coordinator)
      .set('X-Request-Id', 'req-42');
    expect(response.status).toBe(500);
    expect(response.body).toEqual({
      type: 'urn:mutualis:problem:internal-error',
      title: 'Internal error',
      status: 500,
      detail: 'An unexpected error occurred. Quote the correlation id to support.',
      correlationId: 'req-42',
    });
    expect(JSON.stringify(response.body)).not.toMatch(/10\.1\.2\.3|hunter2|svc_tender|stack/);
    const logged = sample.logs
      .map((line) => JSON.parse(line))
      .find((entry) => entry.err && entry.correlationId === 'req-42');
    expect(logged).toMatchObject({ level: 'error', err: { message: expect.stringMatching(/hunter2/) } });
  });

  it('keeps a usable X-Request-Id as correlation id, and replaces one that is not', async () => {
    const kept = await sample.http().get('/no-such-route').set('X-Request-Id', 'abc-123');
    expect(kept.headers['x-request-id']).toBe('abc-123');
    expect(kept.body.correlationId).toBe('abc-123');
    const replaced = await sample.http().get('/no-such-route').set('X-Request-Id', 'bad id with spaces');
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(replaced.body.correlationId).toBe(replaced.headers['x-request-id']);
  });

  it('writes JSON logs carrying the correlation id, and never the bearer token', async () => {
    await sample
      .http()
      .get(`${contracts}/0190c6a4-7c1e-7000-8000-0000000000ff`)
      .set('Authorization', coordinator)
      .set('X-Request-Id', 'log-check');
    const lines = sample.logs.filter((line) => line.includes('log-check')).map((line) => JSON.parse(line));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((line) => line.correlationId === 'log-check')).toBe(true);
    const token = coordinator.slice('Bearer '.length);
    expect(sample.logs.some((line) => line.includes(token))).toBe(false);
  });
});

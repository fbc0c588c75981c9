import { Pool } from 'pg';
import { pgExecutor } from '@mutualis/shared/event-store';
import { useIntegrationEnvironment } from '@mutualis/shared/testing';
import { requestFingerprint } from '../lib/idempotency/idempotency-key';
import { IdempotencyStore } from '../lib/idempotency/idempotency-store';
import { CONSORTIUM_A, SampleApp, startSampleApp } from '../testing/sample-app';
import { SAMPLE_SCHEMA } from '../testing/sample/sample.module';

const environment = useIntegrationEnvironment();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const contracts = `/consortia/${CONSORTIUM_A}/sample-contracts`;
const body = { title: 'Parapheur électronique', nature: 'supplies-services', initialAmountCents: 9_000_000 };

describe('Idempotency-Key on POST', () => {
  let sample: SampleApp;
  let pool: Pool;
  let coordinator: string;

  beforeAll(async () => {
    sample = await startSampleApp(environment().databaseUrl);
    pool = new Pool({ connectionString: environment().databaseUrl, max: 2 });
    coordinator = await sample.bearer('coordinator');
  });
  afterAll(async () => {
    await pool.end();
    await sample.close();
  });

  const register = (key: string, payload: object = body, authorization = coordinator) =>
    sample
      .http()
      .post(contracts)
      .set('Authorization', authorization)
      .set('Idempotency-Key', key)
      .send(payload);

  // Counted in the table itself: readAll waits behind any transaction still open in the cluster (its fence), which
  // under a parallel test run can hide an event committed a moment ago.
  const registeredEvents = async () =>
    (
      await pool.query<{ event_id: string }>(
        `SELECT event_id FROM ${SAMPLE_SCHEMA}.events WHERE type = 'sample.ContractRegistered'`,
      )
    ).rows;

  it('answers a repeated POST with the same response, and does nothing twice', async () => {
    const before = (await registeredEvents()).length;
    const first = await register('key-repeat');
    const second = await register('key-repeat');
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.text).toBe(first.text);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect((await registeredEvents()).length).toBe(before + 1);
  });

  it('treats the same fields sent in another order as the same request', async () => {
    const first = await register('key-order', { title: 'A', nature: 'works', initialAmountCents: 1 });
    const second = await register('key-order', { initialAmountCents: 1, nature: 'works', title: 'A' });
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
  });

  it('refuses the same key with a different body with 422', async () => {
    expect((await register('key-reuse')).status).toBe(201);
    const reused = await register('key-reuse', { ...body, initialAmountCents: 9_000_001 });
    expect(reused.status).toBe(422);
    expect(reused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(reused.body.type).toBe('urn:mutualis:problem:idempotency-key-reused');
  });

  it("scopes keys to their user: another user's equal key runs a command of its own", async () => {
    const mine = await register('key-shared');
    const theirs = await register(
      'key-shared',
      body,
      await sample.bearer('coordinator', { userId: 'other-user' }),
    );
    expect(theirs.status).toBe(201);
    expect(theirs.body.contractId).not.toBe(mine.body.contractId);
  });

  it('lets a request that failed be retried with the same key', async () => {
    const invalid = await register('key-retry', { ...body, initialAmountCents: -1 });
    expect(invalid.status).toBe(400);
    const retried = await register('key-retry', body);
    expect(retried.status).toBe(201);
  });

  it('answers 409 while the first request with the key is still running', async () => {
    const store = new IdempotencyStore(pgExecutor(pool), { schema: SAMPLE_SCHEMA });
    const fingerprint = requestFingerprint('POST', contracts, body);
    expect(await store.claim('coordinator-user', 'key-running', fingerprint)).toEqual({ outcome: 'claimed' });
    const response = await register('key-running');
    expect(response.status).toBe(409);
    expect(response.body.type).toBe('urn:mutualis:problem:idempotency-key-in-use');
    const retryAfter = Number(response.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(store.leaseSeconds);
  });

  it('lets the request resent after a crash run once the dead instance’s lease lapses, telling it meanwhile how long to wait', async () => {
    const before = (await registeredEvents()).length;
    // What an instance killed while the request ran leaves behind: its claim, never renewed again.
    const dead = new IdempotencyStore(pgExecutor(pool), {
      schema: SAMPLE_SCHEMA,
      leaseSeconds: 2,
      owner: 'killed-instance',
    });
    const fingerprint = requestFingerprint('POST', contracts, body);
    expect(await dead.claim('coordinator-user', 'key-crashed', fingerprint)).toEqual({ outcome: 'claimed' });
    const meanwhile = await register('key-crashed');
    expect(meanwhile.status).toBe(409);
    expect(meanwhile.body.type).toBe('urn:mutualis:problem:idempotency-key-in-use');
    expect(['1', '2']).toContain(meanwhile.headers['retry-after']);
    await sleep(Number(meanwhile.headers['retry-after']) * 1000 + 100);
    const resent = await register('key-crashed');
    expect(resent.status).toBe(201);
    expect((await registeredEvents()).length).toBe(before + 1);
    const { rows } = await pool.query(
      `SELECT owner FROM ${SAMPLE_SCHEMA}.idempotency_keys WHERE scope = 'coordinator-user' AND key = 'key-crashed'`,
    );
    expect(rows[0].owner).not.toBe('killed-instance');
    // The dead instance, were it to wake, records nothing over the answer of the request that ran.
    await dead.complete('coordinator-user', 'key-crashed', { statusCode: 500, headers: {}, body: null });
    expect((await register('key-crashed')).body).toEqual(resent.body);
  });

  it('keeps a key held past its first lease by an instance still running the request, which renews it', async () => {
    const live = new IdempotencyStore(pgExecutor(pool), {
      schema: SAMPLE_SCHEMA,
      leaseSeconds: 2,
      owner: 'live-instance',
    });
    const fingerprint = requestFingerprint('POST', contracts, body);
    expect(await live.claim('coordinator-user', 'key-slow', fingerprint)).toEqual({ outcome: 'claimed' });
    await sleep(1_500);
    expect(await live.renew('coordinator-user', 'key-slow')).toBe(true);
    await sleep(1_000); // past the first lease, within the renewed one
    const held = await register('key-slow');
    expect(held.status).toBe(409);
    expect(held.headers['retry-after']).toBe('1');
    await sleep(1_600); // no renewal since: the lease lapses
    expect((await register('key-slow')).status).toBe(201);
    expect(await live.renew('coordinator-user', 'key-slow')).toBe(false);
  });

  it('refuses a malformed key with 400', async () => {
    const response = await register('"with"quotes"');
    expect(response.status).toBe(400);
    expect(response.body.detail).toMatch(/Idempotency-Key/);
  });

  it("keeps its records in a PostgreSQL table of the service's schema, with the response", async () => {
    const { rows } = await pool.query(
      `SELECT status_code, body->>'contractId' AS contract_id FROM ${SAMPLE_SCHEMA}.idempotency_keys
       WHERE scope = 'coordinator-user' AND key = 'key-repeat'`,
    );
    expect(rows).toEqual([{ status_code: 201, contract_id: expect.stringMatching(/^[0-9a-f-]{36}$/) }]);
  });

  it("answers a create retried after the platform lost its record with the first result, from the event store's own dedupe", async () => {
    const before = (await registeredEvents()).length;
    const first = await register('key-lost');
    await pool.query(`DELETE FROM ${SAMPLE_SCHEMA}.idempotency_keys WHERE key = 'key-lost'`);
    const retried = await register('key-lost');
    expect(retried.headers['idempotent-replayed']).toBeUndefined();
    expect(retried.body).toEqual(first.body);
    expect((await registeredEvents()).length).toBe(before + 1);
  });

  it('takes over a claim abandoned by a request that never finished', async () => {
    const store = new IdempotencyStore(pgExecutor(pool), { schema: SAMPLE_SCHEMA, leaseSeconds: 0 });
    await store.claim('crashed-user', 'key-abandoned', 'fingerprint-1');
    expect(await store.claim('crashed-user', 'key-abandoned', 'fingerprint-2')).toEqual({
      outcome: 'claimed',
    });
  });

  it('drops records past their retention, so the table stays bounded', async () => {
    const store = new IdempotencyStore(pgExecutor(pool), { schema: SAMPLE_SCHEMA, retentionHours: 24 });
    await store.claim('old-user', 'key-old', 'fingerprint-old');
    await store.claim('old-user', 'key-recent', 'fingerprint-recent');
    await pool.query(
      `UPDATE ${SAMPLE_SCHEMA}.idempotency_keys SET created_at = now() - interval '25 hours' WHERE key = 'key-old'`,
    );
    await store.purgeExpired();
    const { rows } = await pool.query(
      `SELECT key FROM ${SAMPLE_SCHEMA}.idempotency_keys WHERE scope = 'old-user'`,
    );
    expect(rows.map((row) => row.key)).toEqual(['key-recent']);
  });
});

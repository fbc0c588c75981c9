import { ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { join } from 'node:path';
import { Pool, PoolClient } from 'pg';
import { useIntegrationEnvironment, workspaceRoot } from '@mutualis/shared/testing';
import { CONSORTIUM_A, SampleApp, startSampleApp, TEST_JWT_SECRET, testToken } from '../testing/sample-app';
import { SAMPLE_SCHEMA } from '../testing/sample/sample.module';

const environment = useIntegrationEnvironment();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const contracts = `/consortia/${CONSORTIUM_A}/sample-contracts`;
const body = { title: 'Parapheur électronique', nature: 'supplies-services', initialAmountCents: 9_000_000 };
const KEY = 'key-of-a-killed-request';

/** The sample service as a process of its own, as deployed, and the port it listens on. */
async function startSampleProcess(): Promise<{ child: ChildProcessWithoutNullStreams; port: number }> {
  const child = spawn(
    process.execPath,
    ['-r', '@swc-node/register', join(workspaceRoot(), 'libs/shared/api/src/testing/sample/main.ts')],
    {
      cwd: workspaceRoot(),
      env: {
        PATH: process.env['PATH'],
        SWC_NODE_PROJECT: 'tsconfig.base.json',
        DATABASE_URL: environment().databaseUrl,
        MUTUALIS_JWT_SECRET: TEST_JWT_SECRET,
        PORT: '0',
      },
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk));
  const port = await new Promise<number>((resolve, reject) => {
    const poll = setInterval(() => {
      const match = /listening on http:\/\/[^:]+:(\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
      if (match || child.exitCode !== null) clearInterval(poll);
      if (child.exitCode !== null) reject(new Error(`the service exited: ${output}`));
    }, 50);
  });
  return { child, port };
}

describe('Idempotency-Key after a crash (kill -9 while the request runs)', () => {
  let pool: Pool;
  let restarted: SampleApp | undefined;
  let locker: PoolClient | undefined;

  beforeAll(() => {
    pool = new Pool({ connectionString: environment().databaseUrl, max: 3 });
    pool.on('error', () => undefined); // the killed process's connections are cut
  });
  afterAll(async () => {
    locker?.release();
    await restarted?.close();
    await pool.end();
  });

  const registeredEvents = async () =>
    (
      await pool.query(
        `SELECT count(*)::int AS n FROM ${SAMPLE_SCHEMA}.events WHERE type = 'sample.ContractRegistered'`,
      )
    ).rows[0].n as number;

  it('runs the resent request on the restarted service within the lease of the killed one, answering 409 with Retry-After until then, and applies it once', async () => {
    const { child, port } = await startSampleProcess();
    const exited = new Promise((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    const before = await registeredEvents();
    const authorization = `Bearer ${await testToken('coordinator')}`;

    // Hold the request inside the service: its append waits for this lock, its key claimed.
    locker = await pool.connect();
    await locker.query(`BEGIN; LOCK TABLE ${SAMPLE_SCHEMA}.events IN EXCLUSIVE MODE`);
    void fetch(`http://127.0.0.1:${port}${contracts}`, {
      method: 'POST',
      headers: { authorization, 'content-type': 'application/json', 'idempotency-key': KEY },
      body: JSON.stringify(body),
    }).catch(() => undefined);
    const claimOf = async () =>
      (
        await pool.query<{ owner: string; completed: boolean }>(
          `SELECT owner, completed_at IS NOT NULL AS completed FROM ${SAMPLE_SCHEMA}.idempotency_keys
           WHERE scope = 'coordinator-user' AND key = $1`,
          [KEY],
        )
      ).rows[0];
    while (!(await claimOf())) await sleep(20);
    expect(await claimOf()).toEqual({ owner: expect.stringContaining(`:${child.pid}:`), completed: false });

    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    const killedAt = Date.now();
    await locker.query('COMMIT');
    locker.release();
    locker = undefined;

    restarted = await startSampleApp(environment().databaseUrl);
    const resend = () =>
      restarted!
        .http()
        .post(contracts)
        .set('Authorization', authorization)
        .set('Idempotency-Key', KEY)
        .send(body);
    let answer = await resend();
    expect(answer.status).toBe(409);
    expect(answer.body.type).toBe('urn:mutualis:problem:idempotency-key-in-use');
    const retryAfter = Number(answer.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(10);
    // A client that waits as told gets its command run, within the lease of the killed instance.
    while (answer.status === 409) {
      await sleep(Number(answer.headers['retry-after']) * 1000);
      answer = await resend();
    }
    expect(answer.status).toBe(201);
    expect(Date.now() - killedAt).toBeLessThan(12_000);
    expect(await registeredEvents()).toBe(before + 1);
    const repeated = await resend();
    expect([repeated.status, repeated.headers['idempotent-replayed']]).toEqual([201, 'true']);
    expect(repeated.body).toEqual(answer.body);
  }, 60_000);
});

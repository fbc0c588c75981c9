import { ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Pool } from 'pg';
import { pgExecutor, PostgresEventStore } from '@mutualis/shared/event-store';
import { useIntegrationEnvironment, workspaceRoot } from '@mutualis/shared/testing';
import { runConsumer } from '../lib/consumer/run-consumer';
import { KafkaEventBus } from '../lib/kafka/kafka-event-bus';
import { bid, bidProjection, bidsFromStore, createBidTable, eventually } from '../testing/sample-events';

const environment = useIntegrationEnvironment();
const TOPIC = `mutualis.tender.events.crash-${randomUUID().slice(0, 8)}`;
let pool: Pool;
let store: PostgresEventStore;
let bus: KafkaEventBus;

beforeAll(async () => {
  pool = new Pool({ connectionString: environment().databaseUrl });
  pool.on('error', () => undefined); // an idle connection cut at the end must not fail the run
  store = await PostgresEventStore.open({ connectionString: environment().databaseUrl, schema: 'tender' });
  bus = new KafkaEventBus({ brokers: environment().kafkaBrokers, clientId: 'crash-test' });
  await bus.ensureTopics([TOPIC]);
  await createBidTable(pgExecutor(pool), 'audit');
});
environment.teardown(async () => {
  await bus.close();
  await store.close();
  await pool.end();
});

/** Starts the relay as a separate Node process and resolves once it runs. */
function spawnRelay(): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ['-r', '@swc-node/register', join(__dirname, '../testing/relay-process.ts')],
    {
      cwd: workspaceRoot(),
      env: {
        ...process.env,
        NODE_OPTIONS: '',
        SWC_NODE_PROJECT: 'tsconfig.base.json',
        DATABASE_URL: environment().databaseUrl,
        KAFKA_BROKERS: environment().kafkaBrokers.join(','),
        RELAY_SCHEMA: 'tender',
        RELAY_TOPIC: TOPIC,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) =>
      chunk.toString().includes('relay started') ? resolve(child) : undefined,
    );
    child.once('exit', (code) =>
      reject(new Error(`the relay process exited with ${code} before it started`)),
    );
  });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('relay crashes', () => {
  it('loses and doubles nothing when the relay is killed mid-batch 10 times under a steady write load', async () => {
    const consumer = await runConsumer(bidProjection('audit', `projection-${TOPIC}`, TOPIC), {
      bus,
      sql: pgExecutor(pool),
      schema: 'audit',
    });
    let writing = true;
    let written = 0;
    const writer = (async () => {
      for (let n = 0; writing; n++) {
        const batch = Array.from({ length: 1 + (n % 3) }, (_, i) => bid(n * 10 + i));
        await store.append(`tender-${n % 20}`, batch);
        written += batch.length;
        await pause(5);
      }
    })();

    try {
      for (let crash = 0; crash < 10; crash++) {
        const relay = await spawnRelay();
        await pause(300 + Math.random() * 700);
        relay.kill('SIGKILL');
        await new Promise((resolve) => relay.once('exit', resolve));
      }
      writing = false;
      await writer;
      const relay = await spawnRelay();
      try {
        const expected = await bidsFromStore(store);
        expect([...expected.values()].reduce((sum, row) => sum + row.bids, 0)).toBe(written);

        const projection = async () =>
          (
            await pool.query<{ stream_id: string; bids: number; total_cents: string; versions: string[] }>(
              'SELECT stream_id, bids, total_cents, versions FROM audit.bids_per_tender',
            )
          ).rows;
        await eventually(
          `the projection holds all ${written} bids`,
          async () => (await projection()).reduce((sum, row) => sum + row.bids, 0) >= written,
          60_000,
        );
        const rows = await projection();
        expect(rows).toHaveLength(expected.size);
        for (const row of rows) {
          expect({ bids: row.bids, total: Number(row.total_cents) }).toEqual(expected.get(row.stream_id));
          expect(row.versions.map(Number)).toEqual(Array.from({ length: row.bids }, (_, i) => i + 1));
        }
      } finally {
        relay.kill('SIGTERM');
        await new Promise((resolve) => relay.once('exit', resolve));
      }
    } finally {
      writing = false;
      await writer;
      await consumer.stop();
    }
  }, 240_000);
});

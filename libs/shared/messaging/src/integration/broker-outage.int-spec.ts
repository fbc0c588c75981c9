import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { pgExecutor, PostgresEventStore } from '@mutualis/shared/event-store';
import { LocalKafka, startLocalKafka, useIntegrationEnvironment } from '@mutualis/shared/testing';
import { runConsumer } from '../lib/consumer/run-consumer';
import { KafkaEventBus } from '../lib/kafka/kafka-event-bus';
import { startRelay } from '../lib/relay';
import { bid, bidProjection, createBidTable, eventually } from '../testing/sample-events';

// This file stops and restarts a broker: it gets one of its own, so the other test files keep theirs.
const environment = useIntegrationEnvironment();
const TOPIC = `mutualis.tender.events.outage-${randomUUID().slice(0, 8)}`;
let kafka: LocalKafka;
let pool: Pool;
let store: PostgresEventStore;
let bus: KafkaEventBus;

beforeAll(async () => {
  kafka = await startLocalKafka();
  pool = new Pool({ connectionString: environment().databaseUrl });
  pool.on('error', () => undefined); // an idle connection cut at the end must not fail the run
  store = await PostgresEventStore.open({ connectionString: environment().databaseUrl, schema: 'tender' });
  bus = new KafkaEventBus({ brokers: kafka.brokers, clientId: 'outage-test' });
  await bus.ensureTopics([TOPIC]);
  await createBidTable(pgExecutor(pool), 'audit');
}, 120_000);
environment.teardown(async () => {
  await bus.close().catch(() => undefined);
  await store.close();
  await pool.end();
  kafka.stop();
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('broker outage', () => {
  it('keeps accepting writes while the broker is down, and the relay catches up afterwards with nothing lost', async () => {
    // While the broker is down the relay's sends wait and retry; its checkpoint does not move past unacknowledged events.
    const relay = startRelay({ store, bus, context: 'tender', topic: TOPIC, pollIntervalMs: 100 });
    const consumer = await runConsumer(bidProjection('audit', `projection-${TOPIC}`, TOPIC), {
      bus,
      sql: pgExecutor(pool),
      schema: 'audit',
    });
    let writing = true;
    let written = 0;
    const writer = (async () => {
      for (let n = 0; writing; n++) {
        await store.append(`tender-${n % 10}`, [bid(n)]);
        written += 1;
        await pause(10);
      }
    })();
    try {
      await pause(2_000);
      kafka.pause();
      const writtenBeforeOutage = written;
      await pause(5_000);
      const writtenDuringOutage = written - writtenBeforeOutage;
      kafka.resume();
      await pause(1_000);
      writing = false;
      await writer;

      expect(writtenDuringOutage).toBeGreaterThan(0);
      const total = async () =>
        Number((await pool.query('SELECT coalesce(sum(bids), 0) AS n FROM audit.bids_per_tender')).rows[0].n);
      await eventually(
        `the projection holds all ${written} bids`,
        async () => (await total()) >= written,
        150_000,
      );
      expect(await total()).toBe(written);
      const { rows } = await pool.query<{ bids: number; versions: string[] }>(
        'SELECT bids, versions FROM audit.bids_per_tender',
      );
      for (const row of rows)
        expect(row.versions.map(Number)).toEqual(Array.from({ length: row.bids }, (_, i) => i + 1));
    } finally {
      writing = false;
      await writer;
      await consumer.stop().catch(() => undefined);
      await relay.stop();
    }
  }, 240_000);
});

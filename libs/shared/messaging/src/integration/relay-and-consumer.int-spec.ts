import { Pool } from 'pg';
import { randomUUID } from 'node:crypto';
import { pgExecutor, PostgresEventStore } from '@mutualis/shared/event-store';
import { useIntegrationEnvironment } from '@mutualis/shared/testing';
import { toMessage, sourceOf } from '../lib/cloud-events';
import { runConsumer } from '../lib/consumer/run-consumer';
import { DeadLetterReason } from '../lib/consumer/dead-letter';
import { listDeadLetters, replayDeadLetters } from '../lib/consumer/dead-letter-operations';
import { KafkaEventBus } from '../lib/kafka/kafka-event-bus';
import { relayProcessor, startRelay } from '../lib/relay';
import { bid, bidProjection, createBidTable, eventually } from '../testing/sample-events';

const environment = useIntegrationEnvironment();
let pool: Pool;
let store: PostgresEventStore;
let bus: KafkaEventBus;

beforeAll(async () => {
  pool = new Pool({ connectionString: environment().databaseUrl });
  pool.on('error', () => undefined); // an idle connection cut at the end must not fail the run
  store = await PostgresEventStore.open({ connectionString: environment().databaseUrl, schema: 'tender' });
  bus = new KafkaEventBus({ brokers: environment().kafkaBrokers, clientId: 'messaging-test' });
  await createBidTable(pgExecutor(pool), 'audit');
});
environment.teardown(async () => {
  await bus.close();
  await store.close();
  await pool.end();
});

/** A topic of its own per test: tests share the broker. */
const freshTopic = () => `mutualis.tender.events.${randomUUID().slice(0, 8)}`;
const projected = async (streamId: string) =>
  (
    await pool.query('SELECT bids, total_cents, versions FROM audit.bids_per_tender WHERE stream_id = $1', [
      streamId,
    ])
  ).rows[0] as { bids: number; total_cents: string; versions: string[] } | undefined;

describe('store → relay → Kafka → consumer', () => {
  it('delivers every stored event once to the projection, in stream order, even when the relay publishes twice', async () => {
    const topic = freshTopic();
    await bus.ensureTopics([topic]);
    const tenders = ['tender-a', 'tender-b', 'tender-c'].map((t) => `${t}-${topic.slice(-8)}`);
    const lagBefore = await store.lag(relayProcessor(topic));
    for (let round = 0; round < 5; round++) {
      for (const tender of tenders) await store.append(tender, [bid(100 * (round + 1)), bid(1)]);
    }
    // Lag counts what the relay has not published yet: the 30 new events more than before, once the cluster-wide
    // read fence has passed their commits (other databases' transactions on the same server can hold it back).
    let lagAdded = 0;
    await eventually('the 30 new events count in the lag', async () => {
      lagAdded = (await store.lag(relayProcessor(topic))) - lagBefore;
      return lagAdded >= 30;
    });
    expect(lagAdded).toBe(30);
    const relay = startRelay({ store, bus, context: 'tender', topic });
    const consumer = await runConsumer(bidProjection('audit', `projection-${topic}`, topic), {
      bus,
      sql: pgExecutor(pool),
      schema: 'audit',
    });
    try {
      await relay.caughtUp();
      expect(await store.lag(relayProcessor(topic))).toBe(0);
      expect(await bus.ping()).toBe(1);
      // A relay that crashed after publishing but before its checkpoint publishes the same events again.
      const again = await store.readStream(tenders[0]!);
      await bus.publish(
        topic,
        again.map((event) => toMessage(event, sourceOf('tender'))),
      );

      await eventually('every tender has its 10 bids', async () =>
        (await Promise.all(tenders.map(projected))).every((row) => row?.bids === 10),
      );
      await eventually('the consumer has committed everything', async () =>
        (await bus.consumerLag(`projection-${topic}`, [topic])).every((partition) => partition.lag === 0),
      );
      for (const tender of tenders) {
        expect(await projected(tender)).toEqual({
          bids: 10,
          total_cents: String(100 + 200 + 300 + 400 + 500 + 5),
          versions: Array.from({ length: 10 }, (_, i) => String(i + 1)),
        });
      }
    } finally {
      await consumer.stop();
      await relay.stop();
    }
  });

  it('sends poison messages to the dead-letter topic with why, keeps other streams flowing, and replays them after a fix', async () => {
    const topic = freshTopic();
    await bus.ensureTopics([topic]);
    const suffix = topic.slice(-8);
    const healthy = `tender-ok-${suffix}`;
    const fragile = `tender-fragile-${suffix}`;
    let fixed = false;
    const name = `projection-${topic}`;
    const consumer = await runConsumer(
      bidProjection('audit', name, topic, {
        retries: 2,
        handle: async (event, tx) => {
          if (event.streamId === fragile && !fixed)
            throw new Error('lot 3 is not in the projection schema yet');
          await bidProjection('audit', name, topic).handle(event, tx);
        },
      }),
      { bus, sql: pgExecutor(pool), schema: 'audit' },
    );
    try {
      const [first] = (await store.append(healthy, [bid(10)])).events;
      const source = sourceOf('tender');
      const valid = toMessage(first!, source);
      await bus.publish(topic, [
        { key: 'x', value: Buffer.from('not json'), headers: { ce_specversion: '1.0' } },
        { ...valid, headers: { ...valid.headers, ce_type: 'tender.Unheard', ce_id: randomUUID() } },
        {
          ...valid,
          value: Buffer.from('{"amountCents":-5}'),
          headers: { ...valid.headers, ce_id: randomUUID() },
        },
      ]);
      const fragileEvents = (await store.append(fragile, [bid(7), bid(8)])).events;
      await bus.publish(
        topic,
        [...fragileEvents, first!].map((event) => toMessage(event, source)),
      );
      const later = (await store.append(healthy, [bid(20)])).events;
      await bus.publish(
        topic,
        later.map((event) => toMessage(event, source)),
      );

      await eventually('the healthy tender kept flowing', async () => (await projected(healthy))?.bids === 2);
      await eventually(
        'five dead letters',
        async () => (await listDeadLetters(bus, topic, name)).length === 5,
      );
      const letters = await listDeadLetters(bus, topic, name);
      // Letters of different streams can sit in different partitions: their order across streams is not defined.
      expect(letters.map((l) => l.reason).sort()).toEqual([
        'handler-failed',
        'invalid-payload',
        'malformed-message',
        'stream-gap',
        'unknown-type',
      ]);
      const byReason = (reason: string) => letters.find((l) => l.reason === reason)!;
      expect(byReason('handler-failed')).toMatchObject({
        consumer: name,
        attempts: 3,
        error: 'Error: lot 3 is not in the projection schema yet',
        streamId: fragile,
        streamVersion: 1,
        source: { topic },
      });
      expect(byReason('invalid-payload').error).toBe('amountCents must be a non-negative integer');
      expect(byReason('stream-gap')).toMatchObject({ streamId: fragile, streamVersion: 2, attempts: 1 });
      expect(await projected(fragile)).toBeUndefined();

      fixed = true;
      const replay = (reasons: DeadLetterReason[]) =>
        replayDeadLetters({ bus, sql: pgExecutor(pool), schema: 'audit', topic, consumer: name, reasons });
      expect(await replay(['malformed-message'])).toMatchObject({
        replayed: [],
        notReplayable: [{ reason: 'malformed-message' }],
      });
      const report = await replay(['handler-failed', 'stream-gap']);
      expect(report.replayed.map((l) => `${l.streamId}@${l.streamVersion}`)).toEqual([
        `${fragile}@1`,
        `${fragile}@2`,
      ]);
      await eventually(
        'the replayed bids are applied in order',
        async () => (await projected(fragile))?.bids === 2,
      );
      expect((await projected(fragile))?.versions).toEqual(['1', '2']);
      // Replaying again sends nothing: the consumer has applied those events now.
      expect(await replay(['handler-failed', 'stream-gap'])).toMatchObject({ replayed: [] });
    } finally {
      await consumer.stop();
    }
  });
});

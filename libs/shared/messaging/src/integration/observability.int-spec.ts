import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { pgExecutor, PostgresEventStore } from '@mutualis/shared/event-store';
import { useIntegrationEnvironment } from '@mutualis/shared/testing';
import { runConsumer } from '../lib/consumer/run-consumer';
import { KafkaEventBus } from '../lib/kafka/kafka-event-bus';
import { brokerReadiness, LagGauges, relayReadiness, watchLag } from '../lib/observability';
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
  bus = new KafkaEventBus({ brokers: environment().kafkaBrokers, clientId: 'observability-test' });
  await createBidTable(pgExecutor(pool), 'audit');
});
environment.teardown(async () => {
  await bus.close();
  await store.close();
  await pool.end();
});

/** The last value of each gauge, as the API platform's PlatformMetrics keeps them (its own tests cover the export). */
class RecordedGauges implements LagGauges {
  readonly relay = new Map<string, number>();
  readonly consumer = new Map<string, number>();

  setRelayLag(relay: string, events: number): void {
    this.relay.set(relay, events);
  }

  setConsumerLag(consumer: string, topic: string, partition: number, messages: number): void {
    this.consumer.set(`${consumer} ${topic} ${partition}`, messages);
  }
}

describe('messaging health and lag', () => {
  it('reports relay lag and consumer lag into the lag gauges, and readiness from the broker and relay', async () => {
    const topic = `mutualis.tender.events.obs-${randomUUID().slice(0, 8)}`;
    await bus.ensureTopics([topic]);
    const metrics = new RecordedGauges();
    const consumer = `projection-${topic}`;
    const watch = watchLag({
      gauges: metrics,
      store,
      relayTopics: [topic],
      bus,
      consumers: [{ name: consumer, topics: [topic] }],
    });
    try {
      for (let n = 0; n < 12; n++) await store.append(`tender-${n % 3}`, [bid(n)]);
      // Lag counts readable events only: a transaction open elsewhere in the cluster holds the read fence back.
      await eventually(
        'the appended events are readable',
        async () => (await store.lag(relayProcessor(topic))) === 12,
      );
      const lagging = relayReadiness(store, topic, 5);
      await expect(lagging.check()).rejects.toThrow(/events behind the store \(limit 5\)/);
      await watch.refresh();
      expect([...metrics.relay]).toEqual([[topic, 12]]);

      const relay = startRelay({ store, bus, context: 'tender', topic });
      await relay.caughtUp();
      await relay.stop();
      await expect(lagging.check()).resolves.toBeUndefined();
      await expect(brokerReadiness(bus).check()).resolves.toBeUndefined();

      const running = await runConsumer(bidProjection('audit', consumer, topic), {
        bus,
        sql: pgExecutor(pool),
        schema: 'audit',
      });
      await eventually('the consumer caught up', async () =>
        (await bus.consumerLag(consumer, [topic])).every((partition) => partition.lag === 0),
      );
      await running.stop();
      await watch.refresh();
      expect(metrics.consumer.size).toBeGreaterThan(0);
      expect(
        [...metrics.consumer].every(([key, lag]) => key.startsWith(`${consumer} ${topic} `) && lag === 0),
      ).toBe(true);
      expect([...metrics.relay]).toEqual([[topic, 0]]);
    } finally {
      watch.stop();
    }
  });
});

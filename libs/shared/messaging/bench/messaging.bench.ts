/**
 * `npm run bench:messaging`: relay throughput (store → Kafka) beside kafkajs producing the same messages directly,
 * and end-to-end latency (append → applied in a consumer's projection) at a steady 500 events/s. Bounded: fixed
 * event counts and a fixed duration, a throw-away database, topics of its own, a broker on this machine.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { Kafka, logLevel } from 'kafkajs';
import { Pool } from 'pg';
import { pgExecutor, PostgresEventStore, SqlExecutor } from '@mutualis/shared/event-store';
import { sourceOf, toMessage } from '../src/lib/cloud-events';
import { runConsumer } from '../src/lib/consumer/run-consumer';
import { KafkaEventBus } from '../src/lib/kafka/kafka-event-bus';
import { relayProcessor, startRelay } from '../src/lib/relay';
import { bid, bidProjection, createBidTable } from '../src/testing/sample-events';
import {
  benchServerUrl,
  createBenchDatabase,
  LocalKafka,
  startLocalKafka,
  timed,
} from '@mutualis/shared/testing';

const RELAY_EVENTS = 20_000;
const STEADY_RATE = 500;
const STEADY_SECONDS = 10;
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function untilLagZero(store: PostgresEventStore, topic: string): Promise<void> {
  while ((await store.lag(relayProcessor(topic))) > 0) await pause(20);
}

async function benchRelay(store: PostgresEventStore, bus: KafkaEventBus, brokers: string[]) {
  const run = randomBytes(3).toString('hex');
  for (let s = 0; s < 100; s++)
    await store.append(
      `tender-relay-${run}-${s}`,
      Array.from({ length: RELAY_EVENTS / 100 }, (_, n) => bid(n)),
    );
  const relayTopic = `bench.relay.${run}`;
  const directTopic = `bench.direct.${run}`;
  await bus.ensureTopics([relayTopic, directTopic]);

  // Baseline: the same envelopes as the same messages, produced straight from memory with the relay's settings.
  const envelopes = [];
  for (let s = 0; s < 100; s++) envelopes.push(...(await store.readStream(`tender-relay-${run}-${s}`)));
  const messages = envelopes.map((event) => toMessage(event, sourceOf('tender')));
  const producer = new Kafka({ clientId: 'bench-direct', brokers, logLevel: logLevel.NOTHING }).producer({
    idempotent: true,
    maxInFlightRequests: 1,
  });
  await producer.connect();
  const direct = await timed(async () => {
    for (let i = 0; i < messages.length; i += 500) {
      await producer.send({ topic: directTopic, acks: -1, messages: messages.slice(i, i + 500) });
    }
  });
  await producer.disconnect();

  const relay = startRelay({ store, bus, context: 'tender', topic: relayTopic, batchSize: 500 });
  const relayed = await timed(() => untilLagZero(store, relayTopic));
  await relay.stop();
  const relayRate = RELAY_EVENTS / relayed;
  const directRate = RELAY_EVENTS / direct;
  console.log(
    `Relay (store → Kafka, batches of 500, idempotent producer, acks=all): ${fmt(relayRate)} events/s | ` +
      `kafkajs producing the same messages directly ${fmt(directRate)} msgs/s | ratio ${Math.round((relayRate / directRate) * 100)}%`,
  );
  return { relayEventsPerSecond: relayRate, directMessagesPerSecond: directRate };
}

/** Records when each event's consumer transaction committed: the moment it is visible in the projection. */
function timingExecutor(
  inner: SqlExecutor,
  visibleAt: Map<string, number>,
): { sql: SqlExecutor; track(id: string): void } {
  let current: string[] = [];
  return {
    track: (id) => void current.push(id),
    sql: {
      query: (text, params) => inner.query(text, params),
      exec: (text) => inner.exec(text),
      transaction: async (work) => {
        current = [];
        const result = await inner.transaction(work);
        const now = performance.now();
        for (const id of current) visibleAt.set(id, now);
        return result;
      },
    },
  };
}

async function benchLatency(store: PostgresEventStore, bus: KafkaEventBus, pool: Pool) {
  const run = randomBytes(3).toString('hex');
  const topic = `bench.latency.${run}`;
  await bus.ensureTopics([topic]);
  await createBidTable(pgExecutor(pool), 'bench_projection');
  const visibleAt = new Map<string, number>();
  const timing = timingExecutor(pgExecutor(pool), visibleAt);
  const projection = bidProjection('bench_projection', `bench-latency-${run}`, topic);
  const consumer = await runConsumer(
    { ...projection, handle: async (event, tx) => (timing.track(event.id), projection.handle(event, tx)) },
    { bus, sql: timing.sql, schema: 'bench_projection' },
  );
  const relay = startRelay({ store, bus, context: 'tender', topic });
  await pause(3_000); // let the consumer join its group before measuring

  const appendedAt = new Map<string, number>();
  const total = STEADY_RATE * STEADY_SECONDS;
  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let n = 0; n < total; n++) {
    const due = started + (n * 1000) / STEADY_RATE;
    const wait = due - performance.now();
    if (wait > 1) await pause(wait);
    const t0 = performance.now();
    inFlight.push(
      store
        .append(`tender-latency-${run}-${n % 50}`, [bid(n)])
        .then((result) => void appendedAt.set(result.events[0]!.id, t0)),
    );
  }
  await Promise.all(inFlight);
  const deadline = performance.now() + 60_000;
  const delivered = () => [...appendedAt.keys()].filter((id) => visibleAt.has(id)).length;
  while (delivered() < total && performance.now() < deadline) await pause(50);
  await relay.stop();
  await consumer.stop();

  const latencies = [...appendedAt]
    .map(([id, t0]) => (visibleAt.get(id) ?? Number.POSITIVE_INFINITY) - t0)
    .sort((a, b) => a - b);
  const figures = {
    events: total,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
  };
  console.log(
    `End-to-end latency at ${STEADY_RATE} events/s for ${STEADY_SECONDS} s (append → committed in a consumer's projection): ` +
      `p50 ${figures.p50.toFixed(1)} ms, p95 ${figures.p95.toFixed(1)} ms, p99 ${figures.p99.toFixed(1)} ms over ${fmt(total)} events` +
      `${delivered() < total ? ` — ${total - delivered()} NOT DELIVERED within 60 s` : ''}`,
  );
  return figures;
}

async function main(): Promise<void> {
  const database = await createBenchDatabase(benchServerUrl());
  let kafka: LocalKafka | undefined;
  const brokers = process.env['KAFKA_BROKERS']?.split(',') ?? (kafka = await startLocalKafka()).brokers;
  if (!brokers.every((broker) => broker.startsWith('127.0.0.1:') || broker.startsWith('localhost:'))) {
    throw new Error('benchmarks only run against a broker on this machine (127.0.0.1)');
  }
  const store = await PostgresEventStore.open({ connectionString: database.url, schema: 'bench' });
  const bus = new KafkaEventBus({ brokers, clientId: 'bench' });
  const pool = new Pool({ connectionString: database.url });
  try {
    console.log(
      `Messaging benchmark — node ${process.version}, broker ${brokers.join(',')}, ${new Date().toISOString()}\n`,
    );
    const relay = await benchRelay(store, bus, brokers);
    // A store of its own, so the latency relay starts with no backlog from the throughput run.
    const latencyStore = await PostgresEventStore.open({
      connectionString: database.url,
      schema: 'bench_latency',
    });
    const latency = await benchLatency(latencyStore, bus, pool).finally(() => latencyStore.close());
    mkdirSync('tmp/bench', { recursive: true });
    writeFileSync(
      'tmp/bench/messaging.json',
      JSON.stringify({ at: new Date().toISOString(), relay, latency }, null, 2),
    );
    console.log('\nFigures written to tmp/bench/messaging.json');
  } finally {
    await bus.close();
    await pool.end();
    await store.close();
    await database.drop();
    kafka?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

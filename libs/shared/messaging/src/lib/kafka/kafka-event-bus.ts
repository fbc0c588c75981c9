import { randomUUID } from 'node:crypto';
import { Admin, Consumer, IHeaders, Kafka, logLevel, Producer } from 'kafkajs';
import { BusMessage, ReceivedMessage } from '../bus-message';
import {
  ConsumeOptions,
  DEFAULT_TOPIC_SETTINGS,
  EventBus,
  RunningConsumer,
  TopicSettings,
} from '../event-bus.port';

/** How far a consumer group is behind on one partition. */
export interface PartitionLag {
  topic: string;
  partition: number;
  lag: number;
}

const READ_TOPIC_TIMEOUT_MS = 60_000;
/** Tries at creating topics while other clients race to create them (about 10 s in all). */
const ENSURE_TOPICS_ATTEMPTS = 8;

export interface KafkaEventBusOptions {
  brokers: string[];
  clientId: string;
  /** Most messages handed to a consumer's handler at once; offsets are committed after each such chunk. */
  chunkSize?: number;
}

function headersOf(headers: IHeaders | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value !== undefined) result[name] = Array.isArray(value) ? String(value[0]) : String(value);
  }
  return result;
}

/**
 * The bus on Apache Kafka (kafkajs). The producer is idempotent with `acks=all` and one request in flight, so a
 * retried send neither duplicates nor reorders within a partition; the key (stream id) keeps a stream in one partition.
 */
export class KafkaEventBus implements EventBus {
  readonly durable = true;
  private readonly kafka: Kafka;
  private readonly producer: Producer;
  private readonly admin: Admin;
  private readonly consumers = new Set<Consumer>();
  private readonly chunkSize: number;
  private connected: Promise<void> | undefined;

  constructor(options: KafkaEventBusOptions) {
    this.kafka = new Kafka({
      clientId: options.clientId,
      brokers: options.brokers,
      logLevel: logLevel.NOTHING,
      retry: { initialRetryTime: 200, retries: 8 },
    });
    this.producer = this.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
    });
    this.admin = this.kafka.admin();
    this.chunkSize = options.chunkSize ?? 200;
  }

  private connect(): Promise<void> {
    this.connected ??= Promise.all([this.producer.connect(), this.admin.connect()]).then(
      () => undefined,
      (error: unknown) => {
        this.connected = undefined;
        throw error;
      },
    );
    return this.connected;
  }

  /**
   * Creates the topics that do not exist yet. Services starting together race to create the same topics: the loser's
   * creation fails (the topic exists, or its partitions have no leader yet), so each attempt starts again from the
   * topics still missing, until every one has a leader on each partition.
   */
  async ensureTopics(topics: string[], settings: TopicSettings = DEFAULT_TOPIC_SETTINGS): Promise<void> {
    await this.connect();
    for (let attempt = 1; ; attempt++) {
      const existing = new Set(await this.admin.listTopics());
      const missing = topics.filter((topic) => !existing.has(topic));
      try {
        if (missing.length > 0) {
          await this.admin.createTopics({
            waitForLeaders: true,
            topics: missing.map((topic) => ({
              topic,
              numPartitions: settings.partitions,
              configEntries: [{ name: 'retention.ms', value: String(settings.retentionMs) }],
            })),
          });
        }
        await this.waitForLeaders(topics);
        return;
      } catch (error) {
        if (attempt >= ENSURE_TOPICS_ATTEMPTS) throw error;
        await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
      }
    }
  }

  /** Fails while a partition of these topics has no leader (a topic another client is still creating). */
  private async waitForLeaders(topics: string[]): Promise<void> {
    const { topics: metadata } = await this.admin.fetchTopicMetadata({ topics });
    const leaderless = metadata.filter(
      (topic) => topic.partitions.length === 0 || topic.partitions.some((partition) => partition.leader < 0),
    );
    if (leaderless.length > 0) {
      throw new Error(`topics without a leader yet: ${leaderless.map((topic) => topic.name).join(', ')}`);
    }
  }

  async publish(topic: string, messages: BusMessage[]): Promise<void> {
    if (messages.length === 0) return;
    await this.connect();
    await this.producer.send({ topic, acks: -1, messages });
  }

  async consume(options: ConsumeOptions): Promise<RunningConsumer> {
    const consumer = this.kafka.consumer({ groupId: options.groupId, allowAutoTopicCreation: false });
    this.consumers.add(consumer);
    await consumer.connect();
    await consumer.subscribe({ topics: options.topics, fromBeginning: options.fromBeginning ?? true });
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      eachBatch: async ({ batch, resolveOffset, heartbeat, isRunning, isStale }) => {
        for (let start = 0; start < batch.messages.length; start += this.chunkSize) {
          if (!isRunning() || isStale()) return;
          const chunk = batch.messages.slice(start, start + this.chunkSize);
          await options.handle(
            chunk.map((message) => ({
              topic: batch.topic,
              partition: batch.partition,
              offset: message.offset,
              key: message.key?.toString('utf8') ?? '',
              value: message.value ?? Buffer.alloc(0),
              headers: headersOf(message.headers),
            })),
            heartbeat,
          );
          const last = chunk[chunk.length - 1]!.offset;
          resolveOffset(last);
          await consumer.commitOffsets([
            { topic: batch.topic, partition: batch.partition, offset: (BigInt(last) + 1n).toString() },
          ]);
          await heartbeat();
        }
      },
    });
    return {
      stop: async () => {
        this.consumers.delete(consumer);
        await consumer.disconnect();
      },
    };
  }

  async readTopic(topic: string): Promise<ReceivedMessage[]> {
    await this.connect();
    const ends = await this.admin.fetchTopicOffsets(topic);
    const remaining = new Map(
      ends.filter((p) => BigInt(p.high) > BigInt(p.low)).map((p) => [p.partition, BigInt(p.high)]),
    );
    const messages: ReceivedMessage[] = [];
    if (remaining.size === 0) return messages;
    const groupId = `mutualis-read-${randomUUID()}`;
    let done!: () => void;
    const finished = new Promise<void>((resolve) => (done = resolve));
    const reader = await this.consume({
      groupId,
      topics: [topic],
      handle: async (batch) => {
        for (const message of batch) {
          messages.push(message);
          if (BigInt(message.offset) + 1n >= (remaining.get(message.partition) ?? 0n)) {
            remaining.delete(message.partition);
          }
        }
        if (remaining.size === 0) done();
      },
    });
    let timedOut = false;
    const timeout = setTimeout(() => ((timedOut = true), done()), READ_TOPIC_TIMEOUT_MS); // never hang a command
    await finished;
    clearTimeout(timeout);
    await reader.stop();
    await this.admin.deleteGroups([groupId]).catch(() => undefined);
    if (timedOut)
      throw new Error(`could not read ${topic} to its end within ${READ_TOPIC_TIMEOUT_MS / 1000} s`);
    return messages.sort((a, b) => a.partition - b.partition || Number(BigInt(a.offset) - BigInt(b.offset)));
  }

  /** Messages of each partition of the topics that the group has not committed yet. */
  async consumerLag(groupId: string, topics: string[]): Promise<PartitionLag[]> {
    await this.connect();
    const lags: PartitionLag[] = [];
    for (const { topic, partitions } of await this.admin.fetchOffsets({ groupId, topics })) {
      const ends = new Map((await this.admin.fetchTopicOffsets(topic)).map((p) => [p.partition, p]));
      for (const { partition, offset } of partitions) {
        const end = ends.get(partition);
        if (!end) continue;
        const from = BigInt(offset) < 0n ? BigInt(end.low) : BigInt(offset);
        lags.push({ topic, partition, lag: Number(BigInt(end.high) - from) });
      }
    }
    return lags;
  }

  /** Whether the cluster answers (for readiness): resolves with the broker count, rejects when unreachable. */
  async ping(): Promise<number> {
    await this.connect();
    return (await this.admin.describeCluster()).brokers.length;
  }

  async close(): Promise<void> {
    await Promise.all([...this.consumers].map((consumer) => consumer.disconnect()));
    this.consumers.clear();
    await Promise.all([this.producer.disconnect(), this.admin.disconnect()]);
  }
}

import { BusMessage, ReceivedMessage } from './bus-message';

/** How a topic is created: events are kept by default, so a consumer can always start from the beginning. */
export interface TopicSettings {
  partitions: number;
  /** -1 keeps messages forever. */
  retentionMs: number;
}

export const DEFAULT_TOPIC_SETTINGS: TopicSettings = { partitions: 3, retentionMs: -1 };

export interface ConsumeOptions {
  groupId: string;
  topics: string[];
  /** Where a group without committed offsets starts (default: the beginning). */
  fromBeginning?: boolean;
  /**
   * Handles a batch of messages of one partition, in order (a few hundred at most). Offsets are committed only after
   * it resolved; if it throws, the batch is delivered again after a pause, so nothing is skipped. A handler that
   * takes long calls `heartbeat` now and then, so the broker does not hand its partition to another consumer.
   */
  handle(batch: ReceivedMessage[], heartbeat: () => Promise<void>): Promise<void>;
}

export interface RunningConsumer {
  stop(): Promise<void>;
}

/** The message bus between services. Adapters: Kafka, and an in-process bus for the embedded suite. */
export interface EventBus {
  /** Whether published messages outlive the process (a broker), or live only as long as it (the in-process bus). */
  readonly durable: boolean;
  ensureTopics(topics: string[], settings?: TopicSettings): Promise<void>;
  /** Resolves once the broker has acknowledged every message (all in-sync replicas). */
  publish(topic: string, messages: BusMessage[]): Promise<void>;
  consume(options: ConsumeOptions): Promise<RunningConsumer>;
  /** Every message of a topic from its beginning to its current end (e.g. to list a dead-letter topic). */
  readTopic(topic: string): Promise<ReceivedMessage[]>;
  close(): Promise<void>;
}

import { BusMessage, ReceivedMessage } from '../bus-message';
import { ConsumeOptions, EventBus, RunningConsumer } from '../event-bus.port';

const RETRY_PAUSE_MS = 200;
const BATCH_SIZE = 200;

/**
 * The bus inside one process, for the embedded suite: one ordered log per topic (a single partition), committed
 * offsets per consumer group, delivery in batches, redelivery of a batch after a pause when its handler throws.
 * Messages live as long as the process; the event stores remain the record.
 */
export class InProcessEventBus implements EventBus {
  readonly durable = false;
  private readonly logs = new Map<string, ReceivedMessage[]>();
  private readonly offsets = new Map<string, number>();
  private readonly waiting = new Set<() => void>();
  private readonly running = new Set<{ stop(): Promise<void> }>();

  private log(topic: string): ReceivedMessage[] {
    let log = this.logs.get(topic);
    if (!log) {
      log = [];
      this.logs.set(topic, log);
    }
    return log;
  }

  async ensureTopics(topics: string[]): Promise<void> {
    for (const topic of topics) this.log(topic);
  }

  async publish(topic: string, messages: BusMessage[]): Promise<void> {
    const log = this.log(topic);
    for (const message of messages) {
      log.push({
        ...message,
        headers: { ...message.headers },
        topic,
        partition: 0,
        offset: String(log.length),
      });
    }
    for (const wake of [...this.waiting]) wake();
  }

  async consume(options: ConsumeOptions): Promise<RunningConsumer> {
    let stopped = false;
    const offsetKey = (topic: string) => `${options.groupId}\u0000${topic}`;
    for (const topic of options.topics) {
      if (!this.offsets.has(offsetKey(topic))) {
        this.offsets.set(offsetKey(topic), options.fromBeginning === false ? this.log(topic).length : 0);
      }
    }
    const pause = (ms: number) =>
      new Promise<void>((resolve) => {
        const wake = () => (this.waiting.delete(wake), clearTimeout(timer), resolve());
        const timer = setTimeout(wake, ms);
        this.waiting.add(wake);
      });
    const loop = (async () => {
      while (!stopped) {
        let pending = false;
        for (const topic of options.topics) {
          const offset = this.offsets.get(offsetKey(topic))!;
          const batch = this.log(topic).slice(offset, offset + BATCH_SIZE);
          if (batch.length === 0 || stopped) continue;
          pending = true;
          try {
            await options.handle(batch, async () => undefined);
            this.offsets.set(offsetKey(topic), offset + batch.length);
          } catch {
            await pause(RETRY_PAUSE_MS); // the same batch again, as Kafka redelivers from the committed offset
          }
        }
        if (!pending && !stopped) await pause(60_000); // until the next publish wakes it
      }
    })();
    const handle = {
      stop: async () => {
        stopped = true;
        for (const wake of [...this.waiting]) wake();
        await loop;
        this.running.delete(handle);
      },
    };
    this.running.add(handle);
    return handle;
  }

  async readTopic(topic: string): Promise<ReceivedMessage[]> {
    return [...this.log(topic)];
  }

  async close(): Promise<void> {
    await Promise.all([...this.running].map((consumer) => consumer.stop()));
  }
}

import { SqlEventStore } from '@mutualis/shared/event-store';
import { KafkaEventBus } from './kafka/kafka-event-bus';
import { relayProcessor } from './relay';

/** The gauges messaging feeds (the API platform's PlatformMetrics has this shape). */
export interface LagGauges {
  setRelayLag(relay: string, events: number): void;
  setConsumerLag(consumer: string, topic: string, partition: number, messages: number): void;
}

/** A readiness check (the API platform's ReadinessCheck has this shape). */
export interface Readiness {
  name: string;
  check(): Promise<void>;
}

/** Ready when the Kafka cluster answers. */
export function brokerReadiness(bus: KafkaEventBus): Readiness {
  return { name: 'broker', check: async () => void (await bus.ping()) };
}

/** Ready while the relay is within `maxLag` events of the head of the store. */
export function relayReadiness(store: SqlEventStore, topic: string, maxLag = 10_000): Readiness {
  return {
    name: 'relay',
    async check() {
      const lag = await store.lag(relayProcessor(topic));
      if (lag > maxLag)
        throw new Error(`the relay to ${topic} is ${lag} events behind the store (limit ${maxLag})`);
    },
  };
}

export interface LagWatch {
  /** Measures once now (also what the timer does). */
  refresh(): Promise<void>;
  stop(): void;
}

/**
 * Measures the relays' distance to the head of the store and the consumers' lag on their topics every
 * `intervalMs`, into the gauges. A failed measurement leaves the last value and is retried at the next tick.
 */
export function watchLag(options: {
  gauges: LagGauges;
  store?: SqlEventStore;
  relayTopics?: string[];
  bus?: KafkaEventBus;
  consumers?: { name: string; topics: string[] }[];
  intervalMs?: number;
}): LagWatch {
  const refresh = async () => {
    if (options.store) {
      for (const topic of options.relayTopics ?? []) {
        options.gauges.setRelayLag(topic, await options.store.lag(relayProcessor(topic)));
      }
    }
    if (options.bus) {
      for (const consumer of options.consumers ?? []) {
        for (const { topic, partition, lag } of await options.bus.consumerLag(
          consumer.name,
          consumer.topics,
        )) {
          options.gauges.setConsumerLag(consumer.name, topic, partition, lag);
        }
      }
    }
  };
  const timer = setInterval(() => void refresh().catch(() => undefined), options.intervalMs ?? 5_000);
  timer.unref();
  return { refresh, stop: () => clearInterval(timer) };
}

import { EventStore, Subscription } from '@mutualis/shared/event-sourcing';
import { sourceOf, toMessage } from './cloud-events';
import { EventBus } from './event-bus.port';

export interface RelayOptions {
  store: EventStore;
  bus: EventBus;
  /** The context whose store this is, e.g. `tender`: the CloudEvents source. */
  context: string;
  /** The topic to publish to, `mutualis.<context>.events`. */
  topic: string;
  batchSize?: number;
  pollIntervalMs?: number;
  onError?: (error: unknown) => void;
}

/** The relay's processor name in the store, e.g. to measure its lag with `SqlEventStore.lag`. */
export function relayProcessor(topic: string): string {
  return `relay:${topic}`;
}

/**
 * Publishes a service's stored events to its topic in commit order: a store subscription (fenced, leased, one
 * instance at a time) whose checkpoint moves only after the broker acknowledged the batch. A crash between the
 * acknowledgement and the checkpoint publishes the batch again; consumers drop the repeats by event id. On a bus
 * that forgets its messages with the process, the relay publishes the whole store again at each start, so that
 * nothing published before a restart but not yet consumed is lost; the consumers' inboxes drop what they had.
 */
export function startRelay(options: RelayOptions): Subscription {
  const source = sourceOf(options.context);
  return options.store.subscribe(
    relayProcessor(options.topic),
    (events) =>
      options.bus.publish(
        options.topic,
        events.map((event) => toMessage(event, source)),
      ),
    {
      batchSize: options.batchSize ?? 500,
      from: options.bus.durable ? 'checkpoint' : 'start',
      // The stored form, as hashed: consumers upcast on receipt, and the audit recomputes the content hash.
      upcast: false,
      ...(options.pollIntervalMs !== undefined ? { pollIntervalMs: options.pollIntervalMs } : {}),
      ...(options.onError ? { onError: options.onError } : {}),
    },
  );
}

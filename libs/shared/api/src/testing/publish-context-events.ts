import { Actor, Context, eventsTopic, NewEvent, PLATFORM_TENANT } from '@mutualis/shared/contracts';
import { PostgresEventStore } from '@mutualis/shared/event-store';
import { KafkaEventBus, sourceOf, startRelay, toMessage } from '@mutualis/shared/messaging';

/**
 * Publishes events of other contexts the way their services do — stored in an event store, relayed to their Kafka
 * topics — so that the service under test learns them through its consumers, as in production. The events are
 * written in the published language and validated by the consumers' contracts. With `deliverTwice`, every event
 * is then published once more, as a relay that crashed before its checkpoint would. Returns how to stop the relays.
 */
export async function publishContextEvents(
  databaseUrl: string,
  brokers: string[],
  streams: Partial<Record<Context, Record<string, NewEventData[]>>>,
  options: { deliverTwice?: boolean } = {},
): Promise<() => Promise<void>> {
  const bus = new KafkaEventBus({ brokers, clientId: 'other-contexts-fixture' });
  const stops: (() => Promise<void>)[] = [];
  for (const [context, byStream] of Object.entries(streams) as [Context, Record<string, NewEventData[]>][]) {
    const store = await PostgresEventStore.open({
      connectionString: databaseUrl,
      schema: `${context}_fixture`,
    });
    for (const [streamId, events] of Object.entries(byStream)) {
      await store.append(streamId, events.map(envelope));
    }
    await bus.ensureTopics([eventsTopic(context)]);
    const relay = startRelay({ store, bus, context, topic: eventsTopic(context) });
    await relay.caughtUp();
    if (options.deliverTwice) {
      for (const streamId of Object.keys(byStream)) {
        const stored = await store.readStream(streamId);
        await bus.publish(
          eventsTopic(context),
          stored.map((event) => toMessage(event, sourceOf(context))),
        );
      }
    }
    stops.push(async () => {
      await relay.stop();
      await store.close();
    });
  }
  return async () => {
    for (const stop of stops) await stop();
    await bus.close();
  };
}

export interface NewEventData {
  type: string;
  data: unknown;
  consortiumId?: string;
  occurredAt?: string;
  /** The schema version it is written at; 1 when absent. */
  schemaVersion?: number;
}

const ACTOR: Actor = { userId: 'fixture', role: 'platform-admin' };

function envelope(event: NewEventData): NewEvent {
  return {
    type: event.type,
    consortiumId: event.consortiumId ?? PLATFORM_TENANT,
    occurredAt: event.occurredAt ?? '2026-09-01T06:00:00.000Z',
    actor: ACTOR,
    correlationId: 'fixture',
    data: event.data,
    ...(event.schemaVersion === undefined ? {} : { schemaVersion: event.schemaVersion }),
  };
}

import { EventContracts, EventEnvelope, UpcasterRegistry, deadLetterTopic } from '@mutualis/shared/contracts';
import { migrate, SqlExecutor, SqlQueryable } from '@mutualis/shared/event-store';
import { Applier, applyEvents, StreamGapError } from './apply-events';
import { fromMessage, MalformedMessageError } from '../cloud-events';
import { ReceivedMessage } from '../bus-message';
import { EventBus, RunningConsumer } from '../event-bus.port';
import { DeadLetter, sendToDeadLetters } from './dead-letter';
import { MESSAGING_MIGRATIONS } from './messaging-migrations';

/** A consumer of other services' events: what it listens to and what it does, in the consumer's transaction. */
export interface ConsumerDefinition {
  /** Its name: the Kafka group id and its key in the inbox. */
  name: string;
  topics: string[];
  /** The published language it accepts; anything else goes to the dead-letter topic. */
  contracts: EventContracts;
  /** The event types it acts on; other valid events are acknowledged with no effect. All when absent. */
  handles?: string[];
  /** Applies one event, in the same transaction as the inbox row (and the stream position, for projections). */
  handle(event: EventEnvelope, tx: SqlQueryable): Promise<void>;
  /**
   * Hand the handler the event as published (stored form, its content hash recomputable) rather than upcast: for the
   * audit's ledger. The contract is checked on the upcast event all the same.
   */
  storedForm?: boolean;
  /** For projections: refuse an event that does not follow the last one applied for its stream. */
  streamOrder?: boolean;
  /** Attempts after the first for a failing handler (default 3), with backoff from `backoffMs` (default 200). */
  retries?: number;
  backoffMs?: number;
}

export interface ConsumerRuntime {
  bus: EventBus;
  /** The consuming service's database, where inbox and positions live. */
  sql: SqlExecutor;
  schema: string;
  /** Put before each consumer's name to make its Kafka consumer group: environments sharing a cluster stay apart. */
  groupPrefix?: string;
  /** Bring events published in an older schema version to their contract's current shape, before the check. */
  upcasters?: UpcasterRegistry;
}

/**
 * Runs a consumer: messages are decoded, checked against the contracts, and applied with their inbox rows in one
 * PostgreSQL transaction per batch; offsets are committed after it. If a batch fails, its messages are applied one
 * by one, so a message that keeps failing (or fails validation) goes alone to `<topic>.dlt` with why, and the
 * partition moves on.
 */
export async function runConsumer(
  definition: ConsumerDefinition,
  runtime: ConsumerRuntime,
): Promise<RunningConsumer> {
  await migrate(runtime.sql, runtime.schema, MESSAGING_MIGRATIONS, 'messaging');
  await runtime.bus.ensureTopics([...definition.topics, ...definition.topics.map(deadLetterTopic)]);
  const retries = definition.retries ?? 3;
  const backoffMs = definition.backoffMs ?? 200;
  const applier: Applier = {
    consumer: definition.name,
    schema: runtime.schema,
    streamOrder: definition.streamOrder ?? false,
    acts: (event) => !definition.handles || definition.handles.includes(event.type),
    handle: definition.handle,
  };
  const deadLetter = (message: ReceivedMessage, letter: DeadLetter) =>
    sendToDeadLetters(runtime.bus, definition.name, message, letter);

  /** The event a message carries, or null once it has been dead-lettered as unacceptable. */
  const accept = async (message: ReceivedMessage): Promise<EventEnvelope | null> => {
    let event: EventEnvelope;
    try {
      event = fromMessage(message);
    } catch (error) {
      if (!(error instanceof MalformedMessageError)) throw error;
      await deadLetter(message, { reason: 'malformed-message', error: error.message, attempts: 0 });
      return null;
    }
    const current = runtime.upcasters ? runtime.upcasters.upcast(event) : event;
    const violation = definition.contracts.check(current);
    if (violation) {
      await deadLetter(message, { reason: violation.reason, error: violation.detail, attempts: 0 });
      return null;
    }
    if (!definition.storedForm) event = current;
    // A projection keeps its stream positions for every event, also those it does not act on.
    return applier.acts(event) || applier.streamOrder ? event : null;
  };

  const applyAlone = async (message: ReceivedMessage, event: EventEnvelope): Promise<void> => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await applyEvents(runtime.sql, applier, [event]);
      } catch (error) {
        // The database (not the message) is at fault: redeliver the batch later rather than dead-letter it.
        if (isTransient(error)) throw error;
        // A gap does not close by retrying: the missing event is in the dead-letter topic or never came.
        if (error instanceof StreamGapError) {
          return deadLetter(message, { reason: 'stream-gap', error: describe(error), attempts: attempt });
        }
        if (attempt > retries) {
          return deadLetter(message, { reason: 'handler-failed', error: describe(error), attempts: attempt });
        }
        await new Promise((resolve) => setTimeout(resolve, backoffMs * 2 ** (attempt - 1)));
      }
    }
  };

  return runtime.bus.consume({
    groupId: `${runtime.groupPrefix ?? ''}${definition.name}`,
    topics: definition.topics,
    handle: async (batch, heartbeat) => {
      const accepted: { message: ReceivedMessage; event: EventEnvelope }[] = [];
      for (const message of batch) {
        const event = await accept(message);
        if (event) accepted.push({ message, event });
      }
      if (accepted.length === 0) return;
      try {
        await applyEvents(
          runtime.sql,
          applier,
          accepted.map((item) => item.event),
        );
      } catch (error) {
        if (isTransient(error)) throw error;
        for (const { message, event } of accepted) {
          await applyAlone(message, event);
          await heartbeat();
        }
      }
    },
  });
}

// Connection failures (class 08), operator intervention (57), insufficient resources (53), serialization failures
// and deadlocks (40001, 40P01), and sockets that failed before PostgreSQL said anything.
const TRANSIENT_SQLSTATE = /^(08|57|53)|^40001$|^40P01$/;
const TRANSIENT_NETWORK = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND']);

/** Whether an error comes from the database being unavailable rather than from the message being handled. */
function isTransient(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && (TRANSIENT_SQLSTATE.test(code) || TRANSIENT_NETWORK.has(code))) return true;
  return error instanceof Error && /Connection terminated|connection timeout/i.test(error.message);
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

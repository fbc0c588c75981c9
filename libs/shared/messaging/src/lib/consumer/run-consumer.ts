import { EventContracts, EventEnvelope, deadLetterTopic } from '@mutualis/shared/contracts';
import { migrate, SqlExecutor, SqlQueryable } from '@mutualis/shared/event-store';
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
}

class StreamGapError extends Error {
  constructor(event: EventEnvelope, last: number) {
    super(`${event.streamId} version ${event.streamVersion} arrived after version ${last}`);
    this.name = 'StreamGapError';
  }
}

type Outcome = 'applied' | 'duplicate';

/**
 * Runs a consumer: each message is decoded, checked against the contracts, and applied with an inbox row in one
 * PostgreSQL transaction; the offset is committed after that transaction. A message that fails validation, or keeps
 * failing, goes to `<topic>.dlt` with why, and the partition moves on.
 */
export async function runConsumer(
  definition: ConsumerDefinition,
  runtime: ConsumerRuntime,
): Promise<RunningConsumer> {
  await migrate(runtime.sql, runtime.schema, MESSAGING_MIGRATIONS, 'messaging');
  await runtime.bus.ensureTopics([...definition.topics, ...definition.topics.map(deadLetterTopic)]);
  const retries = definition.retries ?? 3;
  const backoffMs = definition.backoffMs ?? 200;
  const s = runtime.schema;

  const apply = (event: EventEnvelope, acts: boolean): Promise<Outcome> =>
    runtime.sql.transaction(async (tx) => {
      const fresh = await tx.query(
        `INSERT INTO ${s}.inbox (consumer, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1`,
        [definition.name, event.id],
      );
      if (fresh.rows.length === 0) return 'duplicate';
      if (definition.streamOrder) {
        const { rows } = await tx.query<{ version: string }>(
          `SELECT version FROM ${s}.stream_positions WHERE consumer = $1 AND stream_id = $2 FOR UPDATE`,
          [definition.name, event.streamId],
        );
        const last = rows[0] ? Number(rows[0].version) : 0;
        if (event.streamVersion <= last) return 'duplicate';
        if (event.streamVersion !== last + 1) throw new StreamGapError(event, last);
        await tx.query(
          `INSERT INTO ${s}.stream_positions (consumer, stream_id, version) VALUES ($1, $2, $3)
           ON CONFLICT (consumer, stream_id) DO UPDATE SET version = EXCLUDED.version`,
          [definition.name, event.streamId, event.streamVersion],
        );
      }
      if (acts) await definition.handle(event, tx);
      return 'applied';
    });

  const deadLetter = (message: ReceivedMessage, letter: DeadLetter) =>
    sendToDeadLetters(runtime.bus, definition.name, message, letter);

  return runtime.bus.consume({
    groupId: definition.name,
    topics: definition.topics,
    handle: async (message) => {
      let event: EventEnvelope;
      try {
        event = fromMessage(message);
      } catch (error) {
        if (!(error instanceof MalformedMessageError)) throw error;
        return deadLetter(message, { reason: 'malformed-message', error: error.message, attempts: 0 });
      }
      const violation = definition.contracts.check(event);
      if (violation)
        return deadLetter(message, { reason: violation.reason, error: violation.detail, attempts: 0 });
      const acts = !definition.handles || definition.handles.includes(event.type);
      // A projection keeps its stream positions for every event, also those it does not act on.
      if (!acts && !definition.streamOrder) return;

      for (let attempt = 1; ; attempt++) {
        try {
          await apply(event, acts);
          return;
        } catch (error) {
          // A gap does not close by retrying: the missing event is in the dead-letter topic or never came.
          if (error instanceof StreamGapError) {
            return deadLetter(message, { reason: 'stream-gap', error: describe(error), attempts: attempt });
          }
          if (attempt > retries) {
            return deadLetter(message, {
              reason: 'handler-failed',
              error: describe(error),
              attempts: attempt,
            });
          }
          await new Promise((resolve) => setTimeout(resolve, backoffMs * 2 ** (attempt - 1)));
        }
      }
    },
  });
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

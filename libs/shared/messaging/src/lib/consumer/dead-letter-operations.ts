import { deadLetterTopic } from '@mutualis/shared/contracts';
import { SqlQueryable } from '@mutualis/shared/event-store';
import { BusMessage, ReceivedMessage } from '../bus-message';
import { EventBus } from '../event-bus.port';
import { DeadLetterReason, DLT_HEADERS } from './dead-letter';

/** One message of a dead-letter topic, as an operator reads it. */
export interface DeadLetterEntry {
  consumer: string;
  reason: string;
  error: string;
  attempts: number;
  at: string;
  eventId: string | null;
  type: string | null;
  streamId: string | null;
  streamVersion: number | null;
  source: { topic: string; partition: number; offset: string };
}

function entryOf(message: ReceivedMessage): DeadLetterEntry {
  const h = message.headers;
  return {
    consumer: h[DLT_HEADERS.consumer] ?? '',
    reason: h[DLT_HEADERS.reason] ?? '',
    error: h[DLT_HEADERS.error] ?? '',
    attempts: Number(h[DLT_HEADERS.attempts] ?? 0),
    at: h[DLT_HEADERS.at] ?? '',
    eventId: h['ce_id'] ?? null,
    type: h['ce_type'] ?? null,
    streamId: h['ce_streamid'] ?? null,
    streamVersion: h['ce_streamversion'] !== undefined ? Number(h['ce_streamversion']) : null,
    source: {
      topic: h[DLT_HEADERS.sourceTopic] ?? '',
      partition: Number(h[DLT_HEADERS.sourcePartition] ?? 0),
      offset: h[DLT_HEADERS.sourceOffset] ?? '',
    },
  };
}

/** The dead letters of a topic (optionally of one consumer), oldest first. */
export async function listDeadLetters(
  bus: EventBus,
  topic: string,
  consumer?: string,
): Promise<DeadLetterEntry[]> {
  const messages = await bus.readTopic(deadLetterTopic(topic));
  return messages
    .map(entryOf)
    .filter((entry) => consumer === undefined || entry.consumer === consumer)
    .sort((a, b) => a.at.localeCompare(b.at)); // stable: letters of one stream keep their partition order
}

export interface ReplayReport {
  replayed: DeadLetterEntry[];
  /** Already applied by the consumer since (found in its inbox): not sent again. */
  alreadyApplied: DeadLetterEntry[];
  /** Messages that are no event at all (malformed): a fix of the consumer cannot help them. */
  notReplayable: DeadLetterEntry[];
}

/**
 * Sends a consumer's dead letters back to their source topic, in the order they failed, once the consumer is fixed.
 * Letters whose event the consumer has applied since are skipped; other consumers of the topic drop the repeats by
 * their inbox.
 */
export async function replayDeadLetters(options: {
  bus: EventBus;
  sql: SqlQueryable;
  schema: string;
  topic: string;
  consumer: string;
  /** Only letters that failed for these reasons (all when absent), e.g. after fixing a handler. */
  reasons?: DeadLetterReason[];
}): Promise<ReplayReport> {
  const messages = await options.bus.readTopic(deadLetterTopic(options.topic));
  const report: ReplayReport = { replayed: [], alreadyApplied: [], notReplayable: [] };
  const resend: BusMessage[] = [];
  const seen = new Set<string>();
  for (const message of messages) {
    const entry = entryOf(message);
    if (entry.consumer !== options.consumer) continue;
    if (options.reasons && !options.reasons.includes(entry.reason as DeadLetterReason)) continue;
    if (entry.eventId === null || entry.reason === 'malformed-message') {
      report.notReplayable.push(entry);
      continue;
    }
    const { rows } = await options.sql.query(
      `SELECT 1 FROM ${options.schema}.inbox WHERE consumer = $1 AND event_id = $2`,
      [options.consumer, entry.eventId],
    );
    if (rows.length > 0 || seen.has(entry.eventId)) {
      report.alreadyApplied.push(entry);
      continue;
    }
    seen.add(entry.eventId);
    const headers = Object.fromEntries(
      Object.entries(message.headers).filter(([name]) => !name.startsWith('dlt_')),
    );
    resend.push({ key: message.key, value: message.value, headers });
    report.replayed.push(entry);
  }
  await options.bus.publish(options.topic, resend);
  return report;
}

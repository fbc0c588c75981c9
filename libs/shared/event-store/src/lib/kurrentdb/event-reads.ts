import {
  BACKWARDS,
  END,
  FORWARDS,
  KurrentDBClient,
  START,
  streamNameFilter,
} from '@kurrent/kurrentdb-client';
import { EventEnvelope } from '@mutualis/shared/contracts';
import { Checkpoint, ReadStreamOptions } from '@mutualis/shared/event-sourcing';
import { normaliseInstant } from '../prepare-events';
import { toEnvelope } from './event-codec';
import { streamEvents } from './kurrent-client';
import { StreamNames } from './stream-names';

/** The stored events of one stream between versions, in the read direction (not upcast). */
export async function readStreamEvents(
  client: KurrentDBClient,
  names: StreamNames,
  streamId: string,
  options: ReadStreamOptions,
): Promise<EventEnvelope[]> {
  const backwards = options.direction === 'backwards';
  const from = Math.max(options.fromVersion ?? 1, 1);
  const to = options.toVersion ?? Number.MAX_SAFE_INTEGER;
  const limit = options.limit ?? Number.MAX_SAFE_INTEGER;
  const until = options.recordedUntil ? normaliseInstant(options.recordedUntil, 'recordedUntil') : null;
  if (from > to || limit <= 0) return [];
  const reads = streamEvents(client, names.events(streamId), {
    direction: backwards ? BACKWARDS : FORWARDS,
    // Versions count from 1, revisions from 0. A backward read from past the end starts at the last event.
    fromRevision: backwards ? (options.toVersion === undefined ? END : BigInt(to - 1)) : BigInt(from - 1),
    // Events recorded too late are skipped, so they cannot count towards the limit.
    maxCount: until === null ? Math.min(limit, to - from + 1) : to - from + 1,
  });
  const events: EventEnvelope[] = [];
  for await (const recorded of reads) {
    const event = toEnvelope(recorded, names);
    if (event.streamVersion < from || event.streamVersion > to) break;
    // Both are ISO 8601 in UTC with milliseconds, so text order is time order.
    if (until !== null && event.recordedAt > until) continue;
    events.push(event);
    if (events.length >= limit) break;
  }
  return events;
}

/**
 * The stored events of the namespace after a checkpoint, in `$all` order (not upcast). The server filters `$all` on
 * the namespace's event-stream prefix, which leaves out other namespaces, the bookkeeping streams and system events.
 */
export async function readEventsAfter(
  client: KurrentDBClient,
  names: StreamNames,
  after: Checkpoint,
  limit: number,
): Promise<EventEnvelope[]> {
  const fromStart = after.transactionId === 0 && after.globalPosition === 0;
  const events: EventEnvelope[] = [];
  if (limit <= 0) return events;
  const reads = client.readAll({
    fromPosition: fromStart
      ? START
      : { commit: BigInt(after.transactionId), prepare: BigInt(after.globalPosition) },
    // A read from a position includes the event at that position, which the checkpoint says was read already.
    maxCount: limit + 1,
    filter: streamNameFilter({ prefixes: [names.eventPrefix] }),
  });
  for await (const resolved of reads) {
    if (!resolved.event) continue;
    const event = toEnvelope(resolved.event, names);
    if (!fromStart && !isAfter(event, after)) continue;
    events.push(event);
    if (events.length >= limit) break;
  }
  return events;
}

function isAfter(event: EventEnvelope, checkpoint: Checkpoint): boolean {
  return (
    event.transactionId > checkpoint.transactionId ||
    (event.transactionId === checkpoint.transactionId && event.globalPosition > checkpoint.globalPosition)
  );
}

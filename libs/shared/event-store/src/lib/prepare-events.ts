import {
  contentHash,
  EventEnvelope,
  NewEvent,
  NotCanonicalisableError,
  UUID_PATTERN,
  uuidv7,
} from '@mutualis/shared/contracts';
import { InvalidEventError } from '@mutualis/shared/event-sourcing';

/** A stream's last version and the content hash of its last event: what the next append chains onto. */
export interface StreamHead {
  version: number;
  lastHash: string | null;
}

/** An event ready to store: the full envelope but for the positions the store assigns. */
export type PreparedEvent = Omit<EventEnvelope, 'globalPosition' | 'transactionId'>;

const MAX_STREAM_ID_LENGTH = 200;
// ISO 8601 date-time with an explicit offset or Z: French law counts days in Europe/Paris, so the zone matters.
const ZONED_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Normalises an ISO 8601 date-time with a time zone to UTC with milliseconds, the form that is hashed and stored. */
export function normaliseInstant(value: string, field: string): string {
  const time = ZONED_DATE_TIME.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time))
    throw new InvalidEventError(`${field} must be an ISO 8601 date-time with a time zone, got "${value}"`);
  return new Date(time).toISOString();
}

export function checkStreamId(streamId: string): void {
  if (typeof streamId !== 'string' || streamId.length === 0 || streamId.length > MAX_STREAM_ID_LENGTH) {
    throw new InvalidEventError(
      `a stream id is 1 to ${MAX_STREAM_ID_LENGTH} characters, got "${String(streamId)}"`,
    );
  }
}

/**
 * Checks the new events of one append and builds their envelopes on top of `head`: versions follow on, each event's
 * prevHash is the previous event's contentHash, ids are generated where absent.
 */
export function prepareEvents(
  streamId: string,
  head: StreamHead,
  events: NewEvent[],
  recordedAt: string,
): PreparedEvent[] {
  checkStreamId(streamId);
  if (events.length === 0) throw new InvalidEventError('an append needs at least one event');
  const ids = new Set<string>();
  let prevHash = head.lastHash;
  return events.map((event, index) => {
    const id = event.id ?? uuidv7();
    if (!UUID_PATTERN.test(id))
      throw new InvalidEventError(`event id must be a lower-case UUID, got "${id}"`);
    if (ids.has(id)) throw new InvalidEventError(`event id ${id} appears twice in one append`);
    ids.add(id);
    for (const field of ['type', 'consortiumId', 'correlationId'] as const) {
      if (typeof event[field] !== 'string' || event[field].length === 0) {
        throw new InvalidEventError(`event ${index} (${event.type}) has no ${field}`);
      }
    }
    const schemaVersion = event.schemaVersion ?? 1;
    if (!Number.isInteger(schemaVersion) || schemaVersion < 1) {
      throw new InvalidEventError(`schemaVersion must be a positive integer, got ${schemaVersion}`);
    }
    if (!event.actor || typeof event.actor.userId !== 'string' || typeof event.actor.role !== 'string') {
      throw new InvalidEventError(`event ${index} (${event.type}) needs an actor with userId and role`);
    }
    const prepared: PreparedEvent = {
      id,
      type: event.type,
      schemaVersion,
      streamId,
      streamVersion: head.version + index + 1,
      consortiumId: event.consortiumId,
      occurredAt: normaliseInstant(event.occurredAt, 'occurredAt'),
      recordedAt,
      actor: event.actor,
      correlationId: event.correlationId,
      causationId: event.causationId ?? null,
      data: event.data,
      contentHash: '',
      prevHash,
    };
    try {
      prepared.contentHash = contentHash(prepared);
    } catch (error) {
      if (error instanceof NotCanonicalisableError)
        throw new InvalidEventError(`event ${index} (${event.type}): ${error.message}`);
      throw error;
    }
    prevHash = prepared.contentHash;
    return prepared;
  });
}

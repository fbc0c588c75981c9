import { EventData, jsonEvent, JSONType, RecordedEvent } from '@kurrent/kurrentdb-client';
import { EventEnvelope } from '@mutualis/shared/contracts';
import { PreparedEvent } from '../prepare-events';
import { safeNumber } from './kurrent-client';
import { StreamNames } from './stream-names';

/**
 * The envelope fields kept in a KurrentDB event's metadata: all those KurrentDB has no place of its own for. The id,
 * type and data are the event's own; the stream id and version are read back from the stream name and revision, so
 * that recomputing the content hash also proves the event sits where it was hashed.
 */
type StoredMetadata = Omit<PreparedEvent, 'id' | 'type' | 'data' | 'streamId' | 'streamVersion'>;

/**
 * The KurrentDB event of a prepared envelope: our id as the event id, our type, the data as JSON. `appendId` names
 * the append attempt, so the store can tell its own write from an identical one KurrentDB kept instead.
 */
export function toEventData(event: PreparedEvent, appendId: string): EventData {
  const { id, type, data, streamId: _streamId, streamVersion: _streamVersion, ...stored } = event;
  const metadata: StoredMetadata & Record<string, unknown> = {
    ...stored,
    appendId,
    // KurrentDB's own names for these, which its UI and $by_correlation_id projection understand.
    $correlationId: event.correlationId,
    ...(event.causationId !== null ? { $causationId: event.causationId } : {}),
  };
  // The client serialises `data` with JSON.stringify whatever its type; prepareEvents has already refused any value
  // that JSON cannot hold, so a number, boolean or null payload round-trips too.
  return jsonEvent({ id, type, data: data as JSONType, metadata });
}

/** The append attempt that wrote an event (see toEventData). */
export function appendIdOf(recorded: RecordedEvent): unknown {
  const metadata = recorded.metadata;
  return typeof metadata === 'object' && metadata !== null && 'appendId' in metadata
    ? metadata.appendId
    : undefined;
}

/** The envelope of an event of one of our event streams, with its KurrentDB positions. */
export function toEnvelope(recorded: RecordedEvent, names: StreamNames): EventEnvelope {
  const metadata = recorded.metadata;
  if (
    !recorded.isJson ||
    typeof metadata !== 'object' ||
    metadata === null ||
    metadata instanceof Uint8Array
  ) {
    throw new Error(
      `event ${recorded.id} of ${recorded.streamId} was not written by the Mutualis event store`,
    );
  }
  const stored = metadata as unknown as StoredMetadata;
  if (!recorded.position) {
    throw new Error('KurrentDB returned an event without its log position: the server must be 22.6 or later');
  }
  return {
    id: recorded.id,
    type: recorded.type,
    schemaVersion: stored.schemaVersion,
    streamId: names.streamIdOf(recorded.streamId),
    streamVersion: safeNumber(recorded.revision, 'revision') + 1,
    // Every event appended through gRPC commits itself, at its own log position: KurrentDB reports that position as
    // both commit and prepare position, and orders $all by (commit, prepare) like our checkpoints.
    transactionId: safeNumber(recorded.position.commit, 'commit position'),
    globalPosition: safeNumber(recorded.position.prepare, 'prepare position'),
    consortiumId: stored.consortiumId,
    occurredAt: stored.occurredAt,
    recordedAt: stored.recordedAt,
    actor: stored.actor,
    correlationId: stored.correlationId,
    causationId: stored.causationId,
    data: recorded.data,
    contentHash: stored.contentHash,
    prevHash: stored.prevHash,
  };
}

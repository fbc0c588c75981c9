import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';
import { EventEnvelope, HashedFields } from './envelope';

/** The fields of an envelope that its content hash covers, in the form the hash is computed on. */
export function hashedFields(event: HashedFields | EventEnvelope): HashedFields {
  return {
    id: event.id,
    type: event.type,
    schemaVersion: event.schemaVersion,
    streamId: event.streamId,
    streamVersion: event.streamVersion,
    consortiumId: event.consortiumId,
    occurredAt: event.occurredAt,
    recordedAt: event.recordedAt,
    actor: event.actor,
    correlationId: event.correlationId,
    causationId: event.causationId,
    data: event.data,
    prevHash: event.prevHash,
  };
}

/** SHA-256 (hex) of the canonical JSON of the hashed fields; `prevHash` inside it chains the stream. */
export function contentHash(event: HashedFields | EventEnvelope): string {
  return createHash('sha256')
    .update(canonicalJson(hashedFields(event)), 'utf8')
    .digest('hex');
}

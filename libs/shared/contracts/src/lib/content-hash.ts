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

// The hashed fields in canonical (sorted) key order. Writing them in this fixed order gives the same text as
// canonicalJson(hashedFields(event)) without sorting or copying: this runs for every append and every verification.
const HASHED_KEYS = [
  'actor',
  'causationId',
  'consortiumId',
  'correlationId',
  'data',
  'id',
  'occurredAt',
  'prevHash',
  'recordedAt',
  'schemaVersion',
  'streamId',
  'streamVersion',
  'type',
] as const satisfies readonly (keyof HashedFields)[];

/** The canonical JSON of the hashed fields: what `contentHash` digests. */
export function canonicalHashedFields(event: HashedFields | EventEnvelope): string {
  let out = '{';
  for (const key of HASHED_KEYS) {
    const value = event[key];
    if (value === undefined) continue;
    if (out.length > 1) out += ',';
    out += `"${key}":${canonicalJson(value)}`;
  }
  return `${out}}`;
}

/** SHA-256 (hex) of the canonical JSON of the hashed fields; `prevHash` inside it chains the stream. */
export function contentHash(event: HashedFields | EventEnvelope): string {
  return createHash('sha256').update(canonicalHashedFields(event), 'utf8').digest('hex');
}

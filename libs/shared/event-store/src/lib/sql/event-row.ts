import { Actor, EventEnvelope } from '@mutualis/shared/contracts';

/** The columns every event read selects, with xid8 turned into a plain integer. */
export const EVENT_COLUMNS = `global_position, transaction_id::text::bigint AS transaction_id, event_id, stream_id,
  stream_version, type, schema_version, consortium_id, occurred_at, recorded_at, actor, correlation_id, causation_id,
  data, content_hash, prev_hash`;

export interface EventRow {
  global_position: string | number | bigint;
  transaction_id: string | number | bigint;
  event_id: string;
  stream_id: string;
  stream_version: string | number | bigint;
  type: string;
  schema_version: number;
  consortium_id: string;
  occurred_at: Date;
  recorded_at: Date;
  actor: Actor;
  correlation_id: string;
  causation_id: string | null;
  data: unknown;
  content_hash: string;
  prev_hash: string | null;
}

export function toEnvelope(row: EventRow): EventEnvelope {
  return {
    id: row.event_id,
    type: row.type,
    schemaVersion: Number(row.schema_version),
    streamId: row.stream_id,
    streamVersion: Number(row.stream_version),
    globalPosition: Number(row.global_position),
    transactionId: Number(row.transaction_id),
    consortiumId: row.consortium_id,
    occurredAt: row.occurred_at.toISOString(),
    recordedAt: row.recorded_at.toISOString(),
    actor: row.actor,
    correlationId: row.correlation_id,
    causationId: row.causation_id,
    data: row.data,
    contentHash: row.content_hash,
    prevHash: row.prev_hash,
  };
}

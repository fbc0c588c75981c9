/** The two append statements of a schema: each is a conditional stream write feeding the insert of the events. */
export interface AppendStatements {
  /** $1 stream, $2 new version, $3 new last hash, $4 expected current version, $5 events (JSON array). */
  appendToExisting: string;
  /** $1 stream, $2 new version, $3 new last hash, $4 consortium, $5 events (JSON array). */
  appendToNew: string;
}

export function appendStatements(s: string): AppendStatements {
  const insertEvents = `
    INSERT INTO ${s}.events (event_id, stream_id, stream_version, type, schema_version, consortium_id, occurred_at,
      recorded_at, actor, correlation_id, causation_id, data, content_hash, prev_hash)
    SELECT e.id, head.stream_id, e."streamVersion", e.type, e."schemaVersion", e."consortiumId", e."occurredAt",
      e."recordedAt", e.actor, e."correlationId", e."causationId", e.data, e."contentHash", e."prevHash"
    FROM head, jsonb_to_recordset($5::jsonb) AS e(id uuid, "streamVersion" bigint, type text, "schemaVersion" integer,
      "consortiumId" text, "occurredAt" timestamptz, "recordedAt" timestamptz, actor jsonb, "correlationId" text,
      "causationId" text, data jsonb, "contentHash" text, "prevHash" text)
    RETURNING global_position, transaction_id::text::bigint AS transaction_id, stream_version`;
  return {
    appendToExisting: `
      WITH head AS (
        UPDATE ${s}.streams SET version = $2, last_hash = $3, updated_at = now()
        WHERE stream_id = $1 AND version = $4 AND archived_at IS NULL
        RETURNING stream_id
      ) ${insertEvents}`,
    appendToNew: `
      WITH head AS (
        INSERT INTO ${s}.streams (stream_id, version, last_hash, consortium_id) VALUES ($1, $2, $3, $4)
        ON CONFLICT (stream_id) DO NOTHING
        RETURNING stream_id
      ) ${insertEvents}`,
  };
}

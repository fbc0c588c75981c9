import { Pool } from 'pg';
import { PreparedEvent } from '../src/lib/prepare-events';

/**
 * The physical ceiling the store is compared with: the same rows, as plain multi-row INSERTs into a table with no
 * index and no constraint, one statement per batch, autocommit, through the same driver.
 */
export async function createBaselineTable(pool: Pool): Promise<void> {
  await pool.query(`CREATE TABLE baseline_events (
    event_id uuid, stream_id text, stream_version bigint, type text, schema_version integer, consortium_id text,
    occurred_at timestamptz, recorded_at timestamptz, actor jsonb, correlation_id text, causation_id text, data jsonb,
    content_hash text, prev_hash text)`);
}

const COLUMNS = 14;

function insertStatement(rows: number): string {
  const values = Array.from(
    { length: rows },
    (_, r) => `(${Array.from({ length: COLUMNS }, (_, c) => `$${r * COLUMNS + c + 1}`).join(',')})`,
  );
  return `INSERT INTO baseline_events VALUES ${values.join(',')}`;
}

/** One plain INSERT of a batch of rows. */
export async function insertBaseline(pool: Pool, batch: PreparedEvent[]): Promise<void> {
  const params = batch.flatMap((e) => [
    e.id,
    e.streamId,
    e.streamVersion,
    e.type,
    e.schemaVersion,
    e.consortiumId,
    e.occurredAt,
    e.recordedAt,
    JSON.stringify(e.actor),
    e.correlationId,
    e.causationId,
    JSON.stringify(e.data),
    e.contentHash,
    e.prevHash,
  ]);
  await pool.query({ name: `baseline-${batch.length}`, text: insertStatement(batch.length), values: params });
}

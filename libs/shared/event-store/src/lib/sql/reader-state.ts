import { Checkpoint, Snapshot } from '@mutualis/shared/event-sourcing';
import { SqlQueryable } from './sql-executor';

/**
 * What the store keeps for its readers rather than its writers: snapshots, processor checkpoints, and where the
 * read fence stands. Same SQL on PostgreSQL and PGlite.
 */
export class SqlReaderState {
  constructor(
    private readonly sql: SqlQueryable,
    private readonly schema: string,
  ) {}

  async readSnapshot<State>(streamId: string, stateVersion: number): Promise<Snapshot<State> | null> {
    const { rows } = await this.sql.query<{ stream_version: string; state: State }>(
      `SELECT stream_version, state FROM ${this.schema}.snapshots WHERE stream_id = $1 AND state_version = $2`,
      [streamId, stateVersion],
    );
    const row = rows[0];
    return row
      ? { streamId, stateVersion, streamVersion: Number(row.stream_version), state: row.state }
      : null;
  }

  async writeSnapshot<State>(snapshot: Snapshot<State>): Promise<void> {
    await this.sql.query(
      `INSERT INTO ${this.schema}.snapshots (stream_id, state_version, stream_version, state)
       VALUES ($1, $2, $3, $4::jsonb)
       ON CONFLICT (stream_id, state_version) DO UPDATE
         SET stream_version = EXCLUDED.stream_version, state = EXCLUDED.state, taken_at = now()
         WHERE snapshots.stream_version < EXCLUDED.stream_version`,
      [snapshot.streamId, snapshot.stateVersion, snapshot.streamVersion, JSON.stringify(snapshot.state)],
    );
  }

  async readCheckpoint(processor: string): Promise<Checkpoint | null> {
    const { rows } = await this.sql.query<{ transaction_id: string; global_position: string }>(
      `SELECT transaction_id::text AS transaction_id, global_position FROM ${this.schema}.checkpoints WHERE processor = $1`,
      [processor],
    );
    const row = rows[0];
    return row
      ? { transactionId: Number(row.transaction_id), globalPosition: Number(row.global_position) }
      : null;
  }

  async storeCheckpoint(processor: string, checkpoint: Checkpoint): Promise<void> {
    await this.sql.query(
      `INSERT INTO ${this.schema}.checkpoints (processor, transaction_id, global_position) VALUES ($1, $2::text::xid8, $3)
       ON CONFLICT (processor) DO UPDATE
         SET transaction_id = EXCLUDED.transaction_id, global_position = EXCLUDED.global_position, updated_at = now()
         -- Never backwards: an instance that lost its lease without knowing must not undo a newer checkpoint.
         WHERE (checkpoints.transaction_id, checkpoints.global_position) < (EXCLUDED.transaction_id, EXCLUDED.global_position)`,
      [processor, String(checkpoint.transactionId), checkpoint.globalPosition],
    );
  }

  /** Every transaction committed before this call has a lower id than this. */
  async horizon(): Promise<number> {
    const { rows } = await this.sql.query<{ id: string }>(
      'SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint AS id',
    );
    return Number(rows[0]!.id);
  }

  /** Every transaction with a lower id has finished: a read from now on sees all their events. */
  async fence(): Promise<number> {
    const { rows } = await this.sql.query<{ id: string }>(
      'SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS id',
    );
    return Number(rows[0]!.id);
  }

  /** How many readable events a processor has not handled yet: its distance to the head of the store. */
  async lag(processor: string): Promise<number> {
    const after = (await this.readCheckpoint(processor)) ?? { transactionId: 0, globalPosition: 0 };
    const { rows } = await this.sql.query<{ behind: string }>(
      `SELECT count(*) AS behind FROM ${this.schema}.events e
       WHERE (e.transaction_id, e.global_position) > ($1::text::xid8, $2::bigint)
         AND e.transaction_id < pg_snapshot_xmin(pg_current_snapshot())`,
      [String(after.transactionId), after.globalPosition],
    );
    return Number(rows[0]?.behind ?? 0);
  }
}

import { migrate, Migration, SqlExecutor } from '@mutualis/shared/event-store';

/** A response kept to answer a repeated request exactly as the first time. */
export interface StoredResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: unknown;
}

/** The outcome of claiming a key: run the request, replay its response, or refuse. */
export type Claim =
  | { outcome: 'claimed' }
  | { outcome: 'replay'; response: StoredResponse }
  | { outcome: 'in-progress' }
  | { outcome: 'reused' };

export interface IdempotencyStoreOptions {
  /** The service's schema; the table `<schema>.idempotency_keys` is created there. */
  schema: string;
  /** A claim whose request has not finished after this long is taken to be dead and may be taken over. */
  abandonAfterSeconds?: number;
  /** Completed keys are kept this long; the same key may be reused afterwards. */
  retentionHours?: number;
}

interface KeyRow {
  fingerprint: string;
  completed: boolean;
  status_code: number | null;
  headers: Record<string, string> | null;
  body: unknown;
}

const CLAIM_ATTEMPTS = 3;

/** The idempotency records' table, migrated like the event store's and the messaging tables, as its own component. */
export const IDEMPOTENCY_MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'idempotency keys with the stored response',
    sql: (s) => `
      CREATE TABLE ${s}.idempotency_keys (
        scope text NOT NULL,
        key text NOT NULL,
        fingerprint text NOT NULL,
        status_code integer,
        headers jsonb,
        body json,
        created_at timestamptz NOT NULL DEFAULT now(),
        completed_at timestamptz,
        PRIMARY KEY (scope, key)
      );`,
  },
];

const PURGE_EVERY_MS = 3_600_000;

/**
 * Idempotency records in PostgreSQL, one row per (caller, key): claimed before the request runs, completed with
 * its response, released when it fails so the caller may retry. Plain SQL through `pg`, in the service's schema.
 */
export class IdempotencyStore {
  private readonly table: string;
  private readonly abandonAfterSeconds: number;
  private readonly retentionHours: number;
  private lastPurge = 0;

  constructor(
    private readonly sql: SqlExecutor,
    private readonly options: IdempotencyStoreOptions,
  ) {
    this.table = `${options.schema}.idempotency_keys`;
    this.abandonAfterSeconds = options.abandonAfterSeconds ?? 60;
    this.retentionHours = options.retentionHours ?? 24;
  }

  /** Creates or migrates the table (checking the schema name), then drops the keys past their retention. */
  async prepare(): Promise<void> {
    await migrate(this.sql, this.options.schema, IDEMPOTENCY_MIGRATIONS, 'idempotency');
    await this.purgeExpired();
  }

  /** Drops the keys past their retention; also run from `claim` about once an hour, so the table stays bounded. */
  async purgeExpired(): Promise<void> {
    this.lastPurge = Date.now();
    await this.sql.query(`DELETE FROM ${this.table} WHERE created_at < now() - make_interval(hours => $1)`, [
      this.retentionHours,
    ]);
  }

  /** Claims `key` for the request with `fingerprint`, or says why it may not run. */
  async claim(scope: string, key: string, fingerprint: string): Promise<Claim> {
    if (Date.now() - this.lastPurge > PURGE_EVERY_MS) void this.purgeExpired().catch(() => undefined);
    for (let attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
      const { rows: claimed } = await this.sql.query<{ claimed: number }>(
        `INSERT INTO ${this.table} AS k (scope, key, fingerprint) VALUES ($1, $2, $3)
         ON CONFLICT (scope, key) DO UPDATE
           SET fingerprint = EXCLUDED.fingerprint, created_at = now(), completed_at = NULL,
               status_code = NULL, headers = NULL, body = NULL
           WHERE (k.completed_at IS NULL AND k.created_at < now() - make_interval(secs => $4))
              OR k.created_at < now() - make_interval(hours => $5)
         RETURNING 1 AS claimed`,
        [scope, key, fingerprint, this.abandonAfterSeconds, this.retentionHours],
      );
      if (claimed.length > 0) return { outcome: 'claimed' };
      const { rows } = await this.sql.query<KeyRow>(
        `SELECT fingerprint, completed_at IS NOT NULL AS completed, status_code, headers, body
         FROM ${this.table} WHERE scope = $1 AND key = $2`,
        [scope, key],
      );
      const row = rows[0];
      if (!row) continue; // released between the two statements: claim again
      if (row.fingerprint !== fingerprint) return { outcome: 'reused' };
      if (!row.completed || row.status_code === null) return { outcome: 'in-progress' };
      return {
        outcome: 'replay',
        response: { statusCode: row.status_code, headers: row.headers ?? {}, body: row.body },
      };
    }
    return { outcome: 'in-progress' };
  }

  /** Records the response of the request that claimed `key`. */
  async complete(scope: string, key: string, response: StoredResponse): Promise<void> {
    await this.sql.query(
      `UPDATE ${this.table}
       SET status_code = $3, headers = $4::jsonb, body = $5::json, completed_at = now()
       WHERE scope = $1 AND key = $2 AND completed_at IS NULL`,
      [
        scope,
        key,
        response.statusCode,
        JSON.stringify(response.headers),
        JSON.stringify(response.body ?? null),
      ],
    );
  }

  /** Forgets a claim whose request failed, so that the caller may retry with the same key. */
  async release(scope: string, key: string): Promise<void> {
    await this.sql.query(`DELETE FROM ${this.table} WHERE scope = $1 AND key = $2 AND completed_at IS NULL`, [
      scope,
      key,
    ]);
  }
}

import { hostname } from 'node:os';
import { uuidv7 } from '@mutualis/shared/contracts';
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
  | { outcome: 'in-progress'; retryAfterSeconds: number }
  | { outcome: 'reused' };

export interface IdempotencyStoreOptions {
  /** The service's schema; the table `<schema>.idempotency_keys` is created there. */
  schema: string;
  /**
   * A claim is held under a lease this long, renewed while its request runs (`renew`): once it lapses, its instance
   * is taken to be dead and the key may be claimed again. Also the longest a resent request is told to wait.
   */
  leaseSeconds?: number;
  /** The id of this instance, written with its claims; by default its host, process id and a random part. */
  owner?: string;
  /** Completed keys are kept this long; the same key may be reused afterwards. */
  retentionHours?: number;
}

interface KeyRow {
  fingerprint: string;
  completed: boolean;
  status_code: number | null;
  headers: Record<string, string> | null;
  body: unknown;
  lease_left_seconds: number;
}

const CLAIM_ATTEMPTS = 3;
/** How long a claim written before leases (migration 2) is held: what the store allowed then. */
const CLAIM_BEFORE_LEASES_SECONDS = 60;

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
  {
    version: 2,
    name: 'claims held by an instance under a lease',
    sql: (s) => `
      ALTER TABLE ${s}.idempotency_keys ADD COLUMN owner text, ADD COLUMN lease_until timestamptz;`,
  },
];

const PURGE_EVERY_MS = 3_600_000;

/**
 * Idempotency records in PostgreSQL, one row per (caller, key): claimed before the request runs, completed with
 * its response, released when it fails so the caller may retry. A claim names the instance that runs the request
 * and holds a short lease that instance renews: a claim left by an instance that died (kill -9, a lost node) stops
 * blocking the key once its lease lapses, within `leaseSeconds`, and a request resent meanwhile is told how many
 * seconds are left. Plain SQL through `pg`, in the service's schema.
 */
export class IdempotencyStore {
  private readonly table: string;
  /** The instance whose claims this store writes. */
  readonly owner: string;
  readonly leaseSeconds: number;
  private readonly retentionHours: number;
  private lastPurge = 0;

  constructor(
    private readonly sql: SqlExecutor,
    private readonly options: IdempotencyStoreOptions,
  ) {
    this.table = `${options.schema}.idempotency_keys`;
    this.leaseSeconds = options.leaseSeconds ?? 10;
    this.owner = options.owner ?? `${hostname()}:${process.pid}:${uuidv7()}`;
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
        `INSERT INTO ${this.table} AS k (scope, key, fingerprint, owner, lease_until)
         VALUES ($1, $2, $3, $6, now() + make_interval(secs => $4))
         ON CONFLICT (scope, key) DO UPDATE
           SET fingerprint = EXCLUDED.fingerprint, created_at = now(), completed_at = NULL,
               status_code = NULL, headers = NULL, body = NULL,
               owner = EXCLUDED.owner, lease_until = EXCLUDED.lease_until
           WHERE (k.completed_at IS NULL
                  AND coalesce(k.lease_until, k.created_at + make_interval(secs => $7)) <= now())
              OR k.created_at < now() - make_interval(hours => $5)
         RETURNING 1 AS claimed`,
        [
          scope,
          key,
          fingerprint,
          this.leaseSeconds,
          this.retentionHours,
          this.owner,
          CLAIM_BEFORE_LEASES_SECONDS,
        ],
      );
      if (claimed.length > 0) return { outcome: 'claimed' };
      const { rows } = await this.sql.query<KeyRow>(
        `SELECT fingerprint, completed_at IS NOT NULL AS completed, status_code, headers, body,
           ceil(extract(epoch FROM coalesce(lease_until, created_at + make_interval(secs => $3)) - now()))::int
             AS lease_left_seconds
         FROM ${this.table} WHERE scope = $1 AND key = $2`,
        [scope, key, CLAIM_BEFORE_LEASES_SECONDS],
      );
      const row = rows[0];
      if (!row) continue; // released between the two statements: claim again
      if (row.fingerprint !== fingerprint) return { outcome: 'reused' };
      if (!row.completed || row.status_code === null) {
        if (row.lease_left_seconds <= 0) continue; // lapsed between the two statements: claim again
        return { outcome: 'in-progress', retryAfterSeconds: row.lease_left_seconds };
      }
      return {
        outcome: 'replay',
        response: { statusCode: row.status_code, headers: row.headers ?? {}, body: row.body },
      };
    }
    return { outcome: 'in-progress', retryAfterSeconds: 1 };
  }

  /** Renews the lease of this instance's claim on `key` while its request runs; false when it is no longer held. */
  async renew(scope: string, key: string): Promise<boolean> {
    const { rows } = await this.sql.query(
      `UPDATE ${this.table} SET lease_until = now() + make_interval(secs => $4)
       WHERE scope = $1 AND key = $2 AND owner = $3 AND completed_at IS NULL RETURNING 1`,
      [scope, key, this.owner, this.leaseSeconds],
    );
    return rows.length > 0;
  }

  /** Records the response of the request that claimed `key`. */
  async complete(scope: string, key: string, response: StoredResponse): Promise<void> {
    await this.sql.query(
      `UPDATE ${this.table}
       SET status_code = $3, headers = $4::jsonb, body = $5::json, completed_at = now(), lease_until = NULL
       WHERE scope = $1 AND key = $2 AND completed_at IS NULL AND owner = $6`,
      [
        scope,
        key,
        response.statusCode,
        JSON.stringify(response.headers),
        JSON.stringify(response.body ?? null),
        this.owner,
      ],
    );
  }

  /** Forgets a claim whose request failed, so that the caller may retry with the same key. */
  async release(scope: string, key: string): Promise<void> {
    await this.sql.query(
      `DELETE FROM ${this.table} WHERE scope = $1 AND key = $2 AND completed_at IS NULL AND owner = $3`,
      [scope, key, this.owner],
    );
  }
}

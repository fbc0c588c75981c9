import { Client, Pool } from 'pg';
import { migrate } from '../sql/migrate';
import { SqlEventStore, SqlEventStoreOptions } from '../sql/sql-event-store';
import { Lease } from '../subscription';
import { AppendSignal } from '../append-signal';
import { pgExecutor } from './pg-executor';

const NOTIFY_WINDOW_MS = 5;
const LEASE_PROBE_MS = 5_000;

export interface PostgresEventStoreOptions extends SqlEventStoreOptions {
  connectionString: string;
  /** Connections in the pool (default 10); subscriptions use one more each for their lease. */
  poolSize?: number;
}

/**
 * The event store on a PostgreSQL server: the default for services. Wake-ups by LISTEN/NOTIFY on one extra
 * connection, leases by session advisory locks held on a connection per running processor.
 */
export class PostgresEventStore extends SqlEventStore {
  private readonly appended = new AppendSignal();
  private listener: Client | undefined;
  private closed = false;
  private notifyScheduled = false;

  private constructor(
    private readonly pool: Pool,
    private readonly options: PostgresEventStoreOptions,
  ) {
    super(pgExecutor(pool), options);
  }

  /** Connects and applies the schema's pending migrations. */
  static async open(options: PostgresEventStoreOptions): Promise<PostgresEventStore> {
    const pool = new Pool({ connectionString: options.connectionString, max: options.poolSize ?? 10 });
    pool.on('error', () => undefined); // an idle client's failure surfaces on its next use
    const store = new PostgresEventStore(pool, options);
    try {
      await migrate(store.executor, store.schema);
    } catch (error) {
      await pool.end();
      throw error;
    }
    return store;
  }

  async acquireLease(processor: string): Promise<Lease | null> {
    // Keep-alive and a periodic probe notice a silently dropped connection, after which another instance may lock.
    const client = new Client({ connectionString: this.options.connectionString, keepAlive: true });
    const state = { lost: false };
    client.on('error', () => (state.lost = true));
    client.on('end', () => (state.lost = true));
    let acquired = false;
    try {
      await client.connect();
      const { rows } = await client.query<{ acquired: boolean }>(
        'SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS acquired',
        [`mutualis:lease:${this.schema}:${processor}`],
      );
      acquired = rows[0]?.acquired === true;
    } finally {
      if (!acquired) await client.end().catch(() => undefined);
    }
    if (!acquired) return null;
    const probe = setInterval(
      () => void client.query('SELECT 1').catch(() => (state.lost = true)),
      LEASE_PROBE_MS,
    );
    probe.unref();
    return {
      get lost() {
        return state.lost;
      },
      // Closing the session releases its advisory locks.
      release: () => {
        clearInterval(probe);
        return client.end().catch(() => undefined);
      },
    };
  }

  /**
   * Wakes local subscriptions at once, and other processes' through NOTIFY, sent outside the writers' transactions
   * and at most once per NOTIFY_WINDOW_MS: a NOTIFY inside each append would serialise all commits on
   * PostgreSQL's notification queue lock.
   */
  protected announceAppend(): void {
    this.appended.notify();
    if (this.notifyScheduled || this.closed) return;
    this.notifyScheduled = true;
    setTimeout(() => {
      this.notifyScheduled = false;
      if (this.closed) return;
      this.pool.query('SELECT pg_notify($1, NULL)', [`${this.schema}_events`]).catch(() => undefined);
    }, NOTIFY_WINDOW_MS).unref();
  }

  async appendMark(): Promise<number> {
    await this.ensureListening().catch(() => undefined); // without LISTEN, polling still finds the events
    return this.appended.mark();
  }

  waitForAppend(timeoutMs: number, signal: AbortSignal, mark: number): Promise<void> {
    return this.appended.wait(timeoutMs, signal, mark);
  }

  private async ensureListening(): Promise<void> {
    if (this.listener || this.closed) return;
    const listener = new Client({ connectionString: this.options.connectionString });
    this.listener = listener;
    const drop = () => {
      if (this.listener === listener) this.listener = undefined;
    };
    listener.on('error', drop);
    listener.on('end', drop);
    listener.on('notification', () => this.appended.notify());
    try {
      await listener.connect();
      await listener.query(`LISTEN ${this.schema}_events`);
    } catch (error) {
      drop();
      await listener.end().catch(() => undefined);
      throw error;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.listener?.end().catch(() => undefined);
    this.listener = undefined;
    await this.pool.end();
  }
}

import { PGlite, Transaction } from '@electric-sql/pglite';
import { migrate } from '../sql/migrate';
import { SqlExecutor, SqlQueryable } from '../sql/sql-executor';
import { SqlEventStore, SqlEventStoreOptions } from '../sql/sql-event-store';
import { Lease } from '../subscription';
import { AppendSignal } from '../append-signal';

export interface PgliteEventStoreOptions extends SqlEventStoreOptions {
  /** Where PGlite keeps its files (e.g. `./data/pglite`); in memory when absent. */
  dataDir?: string;
  /** An already open PGlite database, shared by several services' schemas in one process. */
  db?: PGlite;
}

function queryable(db: PGlite | Transaction): SqlQueryable {
  return {
    query: (text, params) => db.query(text, params),
    exec: async (sql) => void (await db.exec(sql)),
  };
}

/** A PGlite database as the SQL store's executor (also for the tables of other components in the same database). */
export function pgliteExecutor(db: PGlite): SqlExecutor {
  return { ...queryable(db), transaction: (work) => db.transaction((tx) => work(queryable(tx))) };
}

/**
 * The event store on PGlite, PostgreSQL compiled to WebAssembly and run in-process: the embedded default that needs
 * no server. Same SQL as PostgreSQL; one process owns the database, so leases are kept in memory.
 */
export class PgliteEventStore extends SqlEventStore {
  private readonly appended = new AppendSignal();
  private readonly leases = new Set<string>();

  private constructor(
    private readonly db: PGlite,
    private readonly ownsDb: boolean,
    options: PgliteEventStoreOptions,
  ) {
    super(pgliteExecutor(db), options);
  }

  static async open(options: PgliteEventStoreOptions): Promise<PgliteEventStore> {
    const db = options.db ?? (await PGlite.create(options.dataDir));
    const store = new PgliteEventStore(db, !options.db, options);
    await migrate(store.executor, store.schema);
    return store;
  }

  /** One process owns a PGlite database, so waking the local subscriptions is enough. */
  protected announceAppend(): void {
    this.appended.notify();
  }

  async acquireLease(processor: string): Promise<Lease | null> {
    if (this.leases.has(processor)) return null;
    this.leases.add(processor);
    return { lost: false, release: async () => void this.leases.delete(processor) };
  }

  async appendMark(): Promise<number> {
    return this.appended.mark();
  }

  waitForAppend(timeoutMs: number, signal: AbortSignal, mark: number): Promise<void> {
    return this.appended.wait(timeoutMs, signal, mark);
  }

  async close(): Promise<void> {
    if (this.ownsDb) await this.db.close();
  }
}

import { migrate } from '../sql/migrate';
import { SqlEventStore, SqlEventStoreOptions } from '../sql/sql-event-store';
import { Lease } from '../subscription';
import { AppendSignal } from '../append-signal';
import { EmbeddedDatabase } from './embedded-database';

export interface PgliteEventStoreOptions extends SqlEventStoreOptions {
  /** Where PGlite keeps its files (e.g. `./data/pglite`); in memory when absent. */
  dataDir?: string;
  /** An already open embedded database, shared by several services' schemas in one process. */
  database?: EmbeddedDatabase;
}

/**
 * The event store on PGlite, PostgreSQL compiled to WebAssembly and run in-process: the embedded default that needs
 * no server. Same SQL as PostgreSQL; one process owns the database, so leases are kept in memory.
 */
export class PgliteEventStore extends SqlEventStore {
  private readonly appended = new AppendSignal();
  private readonly leases = new Set<string>();

  private constructor(
    private readonly database: EmbeddedDatabase,
    private readonly ownsDatabase: boolean,
    options: PgliteEventStoreOptions,
  ) {
    super(database.executor(), options);
  }

  static async open(options: PgliteEventStoreOptions): Promise<PgliteEventStore> {
    const database = options.database ?? (await EmbeddedDatabase.open(options.dataDir));
    const store = new PgliteEventStore(database, !options.database, options);
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
    if (this.ownsDatabase) await this.database.close();
  }
}

import { AsyncLocalStorage } from 'node:async_hooks';
import { PGlite, types } from '@electric-sql/pglite';
import { SqlExecutor, SqlQueryable, SqlResult } from '../sql/sql-executor';
import { claimDataFolder } from './data-folder-lock';
import { versionMismatchOf } from './data-folder-version';
import { EmbeddedSession, sessionOn } from './embedded-session';

/** A transaction (or a savepoint in one) that an asynchronous flow runs in, while it is open. */
interface OpenTransaction {
  open: boolean;
  /** Savepoints made directly in it run one after another: two at once would release or undo each other. */
  savepoints: Promise<unknown>;
  /** Shared by a transaction and its savepoints, for unique names. */
  names: { next: number };
}

/**
 * Values come back as the `pg` driver returns them, so that code written for a PostgreSQL server reads the same rows:
 * 64-bit integers as text (they may exceed a JavaScript number), byte arrays as Buffers, dates as local midnight.
 */
const PG_COMPATIBLE_PARSERS = {
  [types.INT8]: (text: string) => text,
  [types.BYTEA]: (text: string) => Buffer.from(text.slice(2), 'hex'),
  [types.DATE]: (text: string) => {
    const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    return day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : text;
  },
};

/**
 * One PGlite database (PostgreSQL compiled to WebAssembly, in this process) shared by every service of the embedded
 * suite, each in its own schemas. PGlite has a single session, so the database takes one statement or one whole
 * transaction at a time, in turns. Work done inside an executor's transaction — also through another executor, such
 * as a process manager's command run in its consumer's transaction — joins that transaction instead of waiting for
 * its own turn, which would never come; a nested transaction becomes a savepoint. A driver's session (TypeORM) holds
 * the turn from its BEGIN to its COMMIT, and whatever it awaits meanwhile must go through it alone.
 */
export class EmbeddedDatabase {
  private turn: Promise<unknown> = Promise.resolve();
  private readonly current = new AsyncLocalStorage<OpenTransaction>();

  private constructor(
    private readonly db: PGlite,
    private readonly folder: { release(): void } | null,
  ) {}

  /**
   * Opens the database kept in `dataDir` (created if absent, claimed for this process), or an in-memory one. A folder
   * made by a PGlite of another PostgreSQL major version is refused with a DataFolderVersionError.
   */
  static async open(dataDir?: string): Promise<EmbeddedDatabase> {
    const folder = dataDir ? claimDataFolder(dataDir) : null;
    try {
      return new EmbeddedDatabase(await PGlite.create({ dataDir, parsers: PG_COMPATIBLE_PARSERS }), folder);
    } catch (error) {
      folder?.release();
      throw (dataDir && (await versionMismatchOf(dataDir).catch(() => undefined))) || error;
    }
  }

  /** Runs `work` alone on the database, after every piece of work that asked before it. */
  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const result = this.turn.then(work);
    this.turn = result.catch(() => undefined);
    return result;
  }

  /** Keeps the database's turn until the returned release is called. */
  private holdTurn(): Promise<() => void> {
    return new Promise((held) => {
      void this.inTurn(() => new Promise<void>((release) => held(release)));
    });
  }

  /** The transaction the calling flow is in, while it is open: the flow already has the database. */
  private get openTransaction(): OpenTransaction | undefined {
    const scope = this.current.getStore();
    return scope?.open ? scope : undefined;
  }

  /** Statements for a transaction's work: refused once it has ended, so a kept handle cannot slip into another. */
  private within(scope: OpenTransaction): SqlQueryable {
    const live = () => {
      if (!scope.open) throw new Error('this transaction has ended');
    };
    return {
      query: async <Row>(text: string, params?: unknown[]) => {
        live();
        return (await this.db.query(text, params)) as SqlResult<Row>;
      },
      exec: async (sql) => {
        live();
        await this.db.exec(sql);
      },
    };
  }

  /** The database as the SQL store's executor, and for any table beside it. */
  executor(): SqlExecutor {
    const run = <T>(work: () => Promise<T>) => (this.openTransaction ? work() : this.inTurn(work));
    return {
      query: (text, params) => run(async () => (await this.db.query(text, params)) as SqlResult<never>),
      exec: (sql) => run(async () => void (await this.db.exec(sql))),
      transaction: (work) => {
        const scope = this.openTransaction;
        return scope ? this.savepoint(scope, work) : this.inTurn(() => this.transaction(work));
      },
    };
  }

  private async transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T> {
    const scope: OpenTransaction = { open: true, savepoints: Promise.resolve(), names: { next: 0 } };
    await this.db.exec('BEGIN');
    try {
      const result = await this.current.run(scope, () => work(this.within(scope)));
      scope.open = false;
      await this.db.exec('COMMIT');
      return result;
    } catch (error) {
      scope.open = false;
      await this.db.exec('ROLLBACK');
      throw error;
    }
  }

  private savepoint<T>(parent: OpenTransaction, work: (tx: SqlQueryable) => Promise<T>): Promise<T> {
    const run = async () => {
      const scope: OpenTransaction = { open: true, savepoints: Promise.resolve(), names: parent.names };
      const name = `embedded_${++parent.names.next}`;
      await this.db.exec(`SAVEPOINT ${name}`);
      try {
        const result = await this.current.run(scope, () => work(this.within(scope)));
        scope.open = false;
        await this.db.exec(`RELEASE SAVEPOINT ${name}`);
        return result;
      } catch (error) {
        scope.open = false;
        await this.db.exec(`ROLLBACK TO SAVEPOINT ${name}`);
        throw error;
      }
    };
    const result = parent.savepoints.then(run);
    parent.savepoints = result.catch(() => undefined);
    return result;
  }

  /**
   * A session for a driver that sends its own BEGIN and COMMIT (TypeORM through `pg`): between them it holds the
   * database's turn; outside them each statement takes one. Inside an executor's transaction it may run statements,
   * but not begin or end a transaction of its own: its COMMIT or ROLLBACK would end the enclosing one.
   */
  session(): EmbeddedSession {
    return sessionOn({
      statement: async (text, params) =>
        // Without parameters, a text may hold several statements, as the simple query protocol allows.
        params && params.length > 0 ? [await this.db.query(text, params)] : await this.db.exec(text),
      inTurn: (work) => this.inTurn(work),
      holdTurn: () => this.holdTurn(),
      insideTransaction: () => this.openTransaction !== undefined,
    });
  }

  async close(): Promise<void> {
    try {
      await this.inTurn(() => this.db.close());
    } finally {
      this.folder?.release();
    }
  }
}

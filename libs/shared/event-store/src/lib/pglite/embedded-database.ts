import { AsyncLocalStorage } from 'node:async_hooks';
import { PGlite, types } from '@electric-sql/pglite';
import { SqlExecutor, SqlQueryable, SqlResult } from '../sql/sql-executor';

/** The transaction that the current asynchronous flow runs in, while it is open. */
interface OpenTransaction {
  open: boolean;
  savepoints: number;
}

/**
 * Values come back as the `pg` driver returns them, so that code written for a PostgreSQL server reads the same rows
 * here: 64-bit integers as text (they may exceed a JavaScript number), byte arrays as Buffers.
 */
const PG_COMPATIBLE_PARSERS = {
  [types.INT8]: (text: string) => text,
  [types.BYTEA]: (text: string) => Buffer.from(text.slice(2), 'hex'),
};

/**
 * One PGlite database (PostgreSQL compiled to WebAssembly, in this process) shared by every service of the embedded
 * suite, each in its own schemas. PGlite has a single session, so the database takes one statement or one whole
 * transaction at a time, in turns. Work done inside a transaction — also through another executor, such as a process
 * manager's command run in its consumer's transaction — joins that transaction instead of waiting for its own turn,
 * which would never come; a nested transaction becomes a savepoint.
 */
export class EmbeddedDatabase {
  private turn: Promise<unknown> = Promise.resolve();
  private readonly current = new AsyncLocalStorage<OpenTransaction>();

  private constructor(private readonly db: PGlite) {}

  /** Opens the database kept in `dataDir` (created if absent), or an in-memory one. */
  static async open(dataDir?: string): Promise<EmbeddedDatabase> {
    return new EmbeddedDatabase(await PGlite.create({ dataDir, parsers: PG_COMPATIBLE_PARSERS }));
  }

  /** Runs `work` alone on the database, after every piece of work that asked before it. */
  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const result = this.turn.then(work);
    this.turn = result.catch(() => undefined);
    return result;
  }

  /** True when the calling flow is inside a transaction it opened, so it already has the database. */
  private get insideTransaction(): boolean {
    return this.current.getStore()?.open === true;
  }

  private direct(): SqlQueryable {
    return {
      query: async <Row>(text: string, params?: unknown[]) =>
        (await this.db.query(text, params)) as SqlResult<Row>,
      exec: async (sql) => void (await this.db.exec(sql)),
    };
  }

  /** The database as the SQL store's executor, and for any table beside it. */
  executor(): SqlExecutor {
    const direct = this.direct();
    const run = <T>(work: () => Promise<T>) => (this.insideTransaction ? work() : this.inTurn(work));
    return {
      query: (text, params) => run(() => direct.query(text, params)),
      exec: (sql) => run(() => direct.exec(sql)),
      transaction: (work) =>
        this.insideTransaction
          ? this.savepoint(() => work(direct))
          : this.inTurn(() => this.transaction(work)),
    };
  }

  private async transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T> {
    const scope: OpenTransaction = { open: true, savepoints: 0 };
    await this.db.exec('BEGIN');
    try {
      const result = await this.current.run(scope, () => work(this.direct()));
      await this.db.exec('COMMIT');
      return result;
    } catch (error) {
      await this.db.exec('ROLLBACK');
      throw error;
    } finally {
      scope.open = false; // timers and promises started inside must not think they still hold the database
    }
  }

  private async savepoint<T>(work: () => Promise<T>): Promise<T> {
    const scope = this.current.getStore()!;
    const name = `embedded_${++scope.savepoints}`;
    await this.db.exec(`SAVEPOINT ${name}`);
    try {
      const result = await work();
      await this.db.exec(`RELEASE SAVEPOINT ${name}`);
      return result;
    } catch (error) {
      await this.db.exec(`ROLLBACK TO SAVEPOINT ${name}`);
      throw error;
    }
  }

  /**
   * A session for a driver that sends its own BEGIN and COMMIT (TypeORM through `pg`): between them it keeps the
   * database's turn; outside them each statement takes one.
   */
  session(): EmbeddedSession {
    let release: (() => void) | undefined;
    const holdTurn = () =>
      new Promise<void>((started) => {
        void this.inTurn(
          () =>
            new Promise<void>((done) => {
              release = done;
              started();
            }),
        );
      });
    const statement = async (text: string, params?: unknown[]): Promise<EmbeddedResult[]> => {
      // Without parameters, a text may hold several statements, as the simple query protocol allows.
      const results =
        params && params.length > 0 ? [await this.db.query(text, params)] : await this.db.exec(text);
      return results as EmbeddedResult[];
    };
    return {
      run: async (text, params) => {
        if (release) {
          const results = await statement(text, params);
          if (ENDS_TRANSACTION.test(text)) {
            release();
            release = undefined;
          }
          return results;
        }
        if (this.insideTransaction) {
          // Its COMMIT would end the enclosing transaction: refused rather than silently merged.
          if (STARTS_TRANSACTION.test(text))
            throw new Error('a session cannot begin a transaction inside another');
          return statement(text, params);
        }
        if (!STARTS_TRANSACTION.test(text)) return this.inTurn(() => statement(text, params));
        await holdTurn();
        try {
          return await statement(text, params);
        } catch (error) {
          release!();
          release = undefined;
          throw error;
        }
      },
      end: async () => {
        if (!release) return;
        await this.db.exec('ROLLBACK'); // a session given back in a transaction: nothing of it is kept
        release();
        release = undefined;
      },
    };
  }

  async close(): Promise<void> {
    await this.inTurn(() => this.db.close());
  }
}

const STARTS_TRANSACTION = /^\s*(BEGIN|START\s+TRANSACTION)\b/i;
const ENDS_TRANSACTION = /^\s*(COMMIT|END|ROLLBACK)\s*;?\s*$/i;

/** A connection-like view of the embedded database, for drivers that manage their transactions in SQL. */
export interface EmbeddedSession {
  /** Runs a text of statements; one result per statement. */
  run(text: string, params?: unknown[]): Promise<EmbeddedResult[]>;
  /** Ends the session, rolling back a transaction it left open. */
  end(): Promise<void>;
}

export interface EmbeddedResult {
  rows: Record<string, unknown>[];
  command?: string;
  rowCount?: number;
  affectedRows?: number;
  fields: { name: string; dataTypeID: number }[];
}

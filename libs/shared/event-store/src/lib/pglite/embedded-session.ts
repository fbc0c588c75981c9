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

/** What a session needs of the embedded database. */
export interface SessionHost {
  statement(text: string, params?: unknown[]): Promise<unknown[]>;
  inTurn<T>(work: () => Promise<T>): Promise<T>;
  holdTurn(): Promise<() => void>;
  insideTransaction(): boolean;
}

const STARTS_TRANSACTION = /^\s*(BEGIN|START\s+TRANSACTION)\b/i;
const ENDS_TRANSACTION = /^\s*(COMMIT|END|ROLLBACK|ABORT)\s*;?\s*$/i;
const CONTROLS_TRANSACTION = /^\s*(BEGIN|START\s+TRANSACTION|COMMIT|END|ROLLBACK|ABORT|SAVEPOINT|RELEASE)\b/i;

/**
 * A session that holds the database's turn from its BEGIN until its COMMIT or ROLLBACK ends the transaction (also
 * when that statement fails, as PostgreSQL ends the transaction then), and takes one turn per statement otherwise.
 */
export function sessionOn(host: SessionHost): EmbeddedSession {
  let release: (() => void) | undefined;
  const giveBack = () => {
    release?.();
    release = undefined;
  };
  const statement = async (text: string, params?: unknown[]) =>
    (await host.statement(text, params)) as EmbeddedResult[];
  return {
    run: async (text, params) => {
      if (release) {
        try {
          return await statement(text, params);
        } finally {
          if (ENDS_TRANSACTION.test(text)) giveBack();
        }
      }
      if (host.insideTransaction()) {
        if (CONTROLS_TRANSACTION.test(text)) {
          throw new Error('a session cannot begin or end a transaction inside an executor’s transaction');
        }
        return statement(text, params);
      }
      if (!STARTS_TRANSACTION.test(text)) return host.inTurn(() => statement(text, params));
      release = await host.holdTurn();
      try {
        return await statement(text, params);
      } catch (error) {
        giveBack();
        throw error;
      }
    },
    end: async () => {
      if (!release) return;
      try {
        await statement('ROLLBACK'); // a session given back in a transaction: nothing of it is kept
      } finally {
        giveBack();
      }
    },
  };
}

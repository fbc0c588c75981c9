import { EventEmitter } from 'node:events';
import { EmbeddedDatabase, EmbeddedResult, EmbeddedSession } from './embedded-database';

/** What a `pg` query resolves to, as far as TypeORM reads it. */
interface PgResult {
  rows: Record<string, unknown>[];
  rowCount: number;
  command: string;
  fields: { name: string; dataTypeID: number }[];
}

function asPgResult(result: EmbeddedResult): PgResult {
  return {
    rows: result.rows,
    rowCount: result.rowCount ?? result.affectedRows ?? result.rows.length,
    command: result.command ?? '',
    fields: result.fields,
  };
}

/** A `pg` client on a session of the embedded database. */
class EmbeddedClient extends EventEmitter {
  constructor(private readonly session: EmbeddedSession) {
    super();
  }

  async query(text: string, params?: unknown[]): Promise<PgResult | PgResult[]> {
    const results = (await this.session.run(text, params)).map(asPgResult);
    // As `pg` does: one result for one statement, an array for several.
    return results.length === 1 ? results[0]! : results;
  }

  release(): void {
    void this.session.end();
  }
}

type ConnectCallback = (error: Error | null, client?: EmbeddedClient, release?: () => void) => void;

/**
 * The part of the `pg` module that TypeORM's `postgres` driver uses (its `driver` option), over the embedded
 * database: each connection taken from the pool is a session of it. So TypeORM runs on PGlite unchanged.
 */
export function pgCompatibleDriver(database: EmbeddedDatabase): { Pool: new () => EventEmitter } {
  class Pool extends EventEmitter {
    connect(callback?: ConnectCallback): Promise<EmbeddedClient> | void {
      const client = new EmbeddedClient(database.session());
      if (!callback) return Promise.resolve(client);
      callback(null, client, () => client.release());
    }

    async query(text: string, params?: unknown[]): Promise<PgResult | PgResult[]> {
      const client = new EmbeddedClient(database.session());
      try {
        return await client.query(text, params);
      } finally {
        client.release();
      }
    }

    end(callback?: (error?: Error) => void): Promise<void> | void {
      // The database outlives the pool: the suite closes it once every service has stopped.
      if (!callback) return Promise.resolve();
      callback();
    }
  }
  return { Pool };
}

import { EventEmitter } from 'node:events';
import { EmbeddedDatabase } from './embedded-database';
import { EmbeddedResult, EmbeddedSession } from './embedded-session';

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
  constructor(
    private readonly session: EmbeddedSession,
    private readonly onRelease: (client: EmbeddedClient) => void,
  ) {
    super();
  }

  async query(text: string, params?: unknown[]): Promise<PgResult | PgResult[]> {
    const results = (await this.session.run(text, params)).map(asPgResult);
    // As `pg` does: one result for one statement, an array for several.
    return results.length === 1 ? results[0]! : results;
  }

  /** Gives the session back; a transaction left open is rolled back (if that fails, the session ends all the same). */
  release(): Promise<void> {
    this.onRelease(this);
    return this.session.end().catch(() => undefined);
  }
}

type ConnectCallback = (error: Error | null, client?: EmbeddedClient, release?: () => void) => void;

/**
 * The part of the `pg` module that TypeORM's `postgres` driver uses (its `driver` option), over the embedded
 * database: each connection taken from the pool is a session of it. So TypeORM runs on PGlite unchanged.
 */
export function pgCompatibleDriver(database: EmbeddedDatabase): { Pool: new () => EventEmitter } {
  class Pool extends EventEmitter {
    private readonly clients = new Set<EmbeddedClient>();

    private client(): EmbeddedClient {
      const client = new EmbeddedClient(database.session(), (released) => this.clients.delete(released));
      this.clients.add(client);
      return client;
    }

    connect(callback?: ConnectCallback): Promise<EmbeddedClient> | void {
      const client = this.client();
      if (!callback) return Promise.resolve(client);
      callback(null, client, () => void client.release());
    }

    async query(text: string, params?: unknown[]): Promise<PgResult | PgResult[]> {
      const client = this.client();
      try {
        return await client.query(text, params);
      } finally {
        await client.release();
      }
    }

    /** Ends the sessions still out (rolling back what they left open); the database itself outlives the pool. */
    end(callback?: (error?: Error) => void): Promise<void> | void {
      const ended = Promise.all([...this.clients].map((client) => client.release())).then(() => undefined);
      if (!callback) return ended;
      void ended.then(() => callback());
    }
  }
  return { Pool };
}

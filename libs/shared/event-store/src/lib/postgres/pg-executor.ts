import { createHash } from 'node:crypto';
import { Pool, PoolClient } from 'pg';
import { SqlExecutor, SqlQueryable, SqlResult } from '../sql/sql-executor';

/**
 * Statements are prepared once per connection under a name derived from their text: the store's statements are a
 * small fixed set, and skipping the re-parse matters on the append path.
 */
function statementName(text: string): string {
  return `m${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
}

function queryable(client: Pool | PoolClient): SqlQueryable {
  return {
    query: async <Row>(text: string, params: unknown[] = []) =>
      (await client.query({ name: statementName(text), text, values: params })) as unknown as SqlResult<Row>,
    exec: async (sql) => void (await client.query(sql)),
  };
}

/** A `pg` pool as the SQL store's executor. */
export function pgExecutor(pool: Pool): SqlExecutor {
  return {
    ...queryable(pool),
    async transaction(work) {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const result = await work(queryable(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        // A connection that cannot even roll back is not given back to the pool.
        await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
        throw error;
      } finally {
        client.release(broken);
      }
    },
  };
}

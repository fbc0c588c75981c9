import { checkedSchema, SqlExecutor } from './sql-executor';
import { EVENT_STORE_MIGRATIONS, Migration } from './migrations';

/**
 * Applies the migrations a schema lacks for one component (the event store, the messaging tables…), in order, in
 * one transaction. An advisory lock per schema lets several instances start at once: one migrates, the others wait
 * and then find nothing to do. Returns the versions applied.
 */
export async function migrate(
  executor: SqlExecutor,
  schema: string,
  migrations: Migration[] = EVENT_STORE_MIGRATIONS,
  component = 'event-store',
): Promise<number[]> {
  const s = checkedSchema(schema);
  return executor.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`mutualis:migrate:${s}`]);
    await tx.exec(`
      CREATE SCHEMA IF NOT EXISTS ${s};
      CREATE TABLE IF NOT EXISTS ${s}.schema_migrations (
        component text NOT NULL,
        version integer NOT NULL,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (component, version)
      );`);
    const { rows } = await tx.query<{ version: number }>(
      `SELECT version FROM ${s}.schema_migrations WHERE component = $1`,
      [component],
    );
    const applied = new Set(rows.map((row) => Number(row.version)));
    const pending = [...migrations]
      .sort((a, b) => a.version - b.version)
      .filter((m) => !applied.has(m.version));
    for (const migration of pending) {
      await tx.exec(migration.sql(s));
      await tx.query(`INSERT INTO ${s}.schema_migrations (component, version, name) VALUES ($1, $2, $3)`, [
        component,
        migration.version,
        migration.name,
      ]);
    }
    return pending.map((m) => m.version);
  });
}

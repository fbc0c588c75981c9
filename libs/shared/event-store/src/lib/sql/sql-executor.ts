/** The rows a statement returned. */
export interface SqlResult<Row> {
  rows: Row[];
}

/** Runs SQL on one PostgreSQL engine (a `pg` pool or connection, or PGlite); the SQL store needs nothing more. */
export interface SqlQueryable {
  /** One statement with `$n` parameters. */
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<SqlResult<Row>>;
  /** Several statements, no parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface SqlExecutor extends SqlQueryable {
  /** Runs `work` in one transaction on one connection: committed if it resolves, rolled back if it throws. */
  transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T>;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** A service's schema name, checked because it is written into SQL text. */
export function checkedSchema(schema: string): string {
  if (!SCHEMA_NAME.test(schema))
    throw new Error(`invalid schema name "${schema}": use lower-case letters, digits and _`);
  return schema;
}

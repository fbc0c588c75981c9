import { Pool } from 'pg';
import { DataSourceOptions } from 'typeorm';
import {
  EmbeddedDatabase,
  pgCompatibleDriver,
  pgExecutor,
  PgliteEventStore,
  PostgresEventStore,
  SqlEventStore,
  SqlExecutor,
} from '@mutualis/shared/event-store';
import { UpcasterRegistry } from '@mutualis/shared/contracts';

/** Plain SQL on a few connections, given back with `close`. */
export interface SqlPool {
  sql: SqlExecutor;
  close(): Promise<void>;
}

/**
 * Where a service keeps its data: the PostgreSQL server of DATABASE_URL, or the embedded database that the suite's
 * services share (each in its own schemas). Everything a service stores goes through one of these.
 */
export interface ServiceDatabase {
  /** Plain SQL (idempotency records, inbox, keys) on at most `size` connections. */
  pool(size: number, onError?: (error: Error) => void): SqlPool;
  /** The event store in `schema`, its migrations applied, reading older events through `upcasters`. */
  openEventStore(schema: string, upcasters?: UpcasterRegistry): Promise<SqlEventStore>;
  /** How TypeORM reaches the database, for the read models. */
  dataSourceOptions(): DataSourceOptions;
}

/** A PostgreSQL server. */
export function serverDatabase(url: string): ServiceDatabase {
  return {
    pool: (size, onError = () => undefined) => {
      const pool = new Pool({ connectionString: url, max: size });
      pool.on('error', onError); // an idle client's failure surfaces on its next use; it must not end the process
      return { sql: pgExecutor(pool), close: () => pool.end() };
    },
    openEventStore: (schema, upcasters) =>
      PostgresEventStore.open({ connectionString: url, schema, ...(upcasters ? { upcasters } : {}) }),
    dataSourceOptions: () => ({ type: 'postgres', url }),
  };
}

/** The suite's embedded database (PGlite), which outlives each service: the suite closes it last. */
export function embeddedServiceDatabase(database: EmbeddedDatabase): ServiceDatabase {
  return {
    pool: () => ({ sql: database.executor(), close: async () => undefined }),
    openEventStore: (schema, upcasters) =>
      PgliteEventStore.open({ database, schema, ...(upcasters ? { upcasters } : {}) }),
    dataSourceOptions: () => ({ type: 'postgres', driver: pgCompatibleDriver(database) }),
  };
}

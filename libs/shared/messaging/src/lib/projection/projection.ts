import { EventEnvelope } from '@mutualis/shared/contracts';
import { EntityManager } from 'typeorm';

/**
 * A read model fed from a service's own event store: its tables (in a schema of their own, named after the
 * projection) and, per event type, what an event changes in them through TypeORM. Handlers and `createTables` use
 * unqualified table names: the runner points `search_path` at the live schema, or at the rebuild's.
 */
export interface Projection {
  /** Also the name of its PostgreSQL schema: lower-case letters, digits, `_`. */
  name: string;
  createTables(manager: EntityManager): Promise<void>;
  handlers: Record<string, (event: EventEnvelope, manager: EntityManager) => Promise<void>>;
}

import { Injectable } from '@nestjs/common';

/** One dependency the service needs to take traffic: the database, the broker, a relay that keeps up… */
export interface ReadinessCheck {
  /** Key of the check in /health/ready (`database`, `broker`, `relay`). */
  name: string;
  /** Resolves when the dependency is usable; rejects (with a reason for the logs) when it is not. */
  check(): Promise<void>;
}

/**
 * The readiness checks of the service. The platform adds its PostgreSQL check; other libraries and the service add
 * theirs (broker, relay lag) at start-up, e.g. in `onModuleInit`.
 */
@Injectable()
export class ReadinessChecks {
  private readonly checks = new Map<string, ReadinessCheck>();

  /** Adds a check; a second check of the same name replaces the first. */
  add(check: ReadinessCheck): void {
    this.checks.set(check.name, check);
  }

  list(): ReadinessCheck[] {
    return [...this.checks.values()];
  }
}

/** A readiness check that the PostgreSQL server behind `sql` (a pg Pool or Client) answers a query. */
export function postgresReadiness(
  name: string,
  sql: { query(text: string): Promise<unknown> },
): ReadinessCheck {
  return {
    name,
    async check() {
      await sql.query('SELECT 1');
    },
  };
}

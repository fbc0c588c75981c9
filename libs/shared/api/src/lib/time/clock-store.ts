import { migrate, SqlExecutor } from '@mutualis/shared/event-store';

/**
 * Where a controlled clock is kept, in the service's schema, so that a restart does not take it back to the system
 * clock, earlier than the acts it dated: time still only moves forward. Used only where clock control is on.
 */
export class ClockStore {
  constructor(
    private readonly sql: SqlExecutor,
    private readonly schema: string,
  ) {}

  async prepare(): Promise<void> {
    await migrate(
      this.sql,
      this.schema,
      [
        {
          version: 1,
          name: 'the instant the platform administrator set the clock to',
          sql: (s) =>
            `CREATE TABLE ${s}.controlled_clock (id boolean PRIMARY KEY CHECK (id), now timestamptz NOT NULL);`,
        },
      ],
      'clock',
    );
  }

  async load(): Promise<Date | null> {
    const { rows } = await this.sql.query<{ now: Date }>(`SELECT now FROM ${this.schema}.controlled_clock`);
    return rows[0] ? new Date(rows[0].now) : null;
  }

  async save(instant: Date): Promise<void> {
    await this.sql.query(
      `INSERT INTO ${this.schema}.controlled_clock (id, now) VALUES (true, $1)
       ON CONFLICT (id) DO UPDATE SET now = EXCLUDED.now`,
      [instant.toISOString()],
    );
  }
}

import { EventEnvelope } from '@mutualis/shared/contracts';
import { Checkpoint, START, Subscription } from '@mutualis/shared/event-sourcing';
import { Lease, runSubscription, SubscriptionSource } from '@mutualis/shared/event-store';
import { DataSource, EntityManager } from 'typeorm';
import { Projection } from './projection';

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,40}$/;
const REBUILD_PAGE = 1_000;

/**
 * Runs a projection live from the store (commit order, leased, one instance) and rebuilds it on demand. Each batch
 * is applied in one transaction together with the projection's position, so an event changes the tables exactly
 * once, whatever crashes. A rebuild fills a fresh schema from the whole store while the live projection keeps
 * serving, then pauses it for the last events and swaps the schemas in one transaction.
 */
export class ProjectionRunner {
  private live: Subscription | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly store: SubscriptionSource,
    private readonly projection: Projection,
    /** Called when a batch fails; the batch is retried after a pause. */
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {
    if (!IDENTIFIER.test(projection.name)) throw new Error(`invalid projection name "${projection.name}"`);
  }

  private get schema(): string {
    return this.projection.name;
  }

  /** Creates the projection's schema and tables if they do not exist, then follows the store. */
  async start(): Promise<void> {
    const exists = await this.dataSource.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [
      this.schema,
    ]);
    if (exists.length === 0) await this.createSchema(this.schema);
    this.startLive();
  }

  /** Resolves once every event committed before the call is in the tables. */
  caughtUp(): Promise<void> {
    return this.live ? this.live.caughtUp() : Promise.resolve();
  }

  async stop(): Promise<void> {
    await this.live?.stop();
    this.live = undefined;
  }

  /**
   * Rebuilds the tables from the whole store into a fresh schema and swaps it in; returns the events applied.
   * `onPage` hears the count after each page; if it throws, the rebuild stops and the live tables stay as they were.
   */
  async rebuild(onPage: (applied: number) => Promise<void> = async () => undefined): Promise<number> {
    const next = `${this.schema}__rebuild`;
    await this.dataSource.query(`DROP SCHEMA IF EXISTS ${next} CASCADE`);
    await this.createSchema(next);
    let applied = 0;
    let position = START;
    // Stops at the first page that is not full, the head of the log at that moment: under a steady write load
    // "until nothing is left" might never come. The live projection carries on from wherever the rebuild stopped.
    const catchUp = async () => {
      for (;;) {
        const page = await this.store.readAll({ after: position, limit: REBUILD_PAGE });
        if (page.events.length > 0) {
          await this.apply(next, page.events, page.checkpoint);
          applied += page.events.length;
          position = page.checkpoint;
          await onPage(applied);
        }
        if (page.events.length < REBUILD_PAGE) return;
      }
    };
    await catchUp(); // while the live projection keeps serving
    const wasLive = this.live !== undefined;
    await this.stop();
    // Holding the projection's lease keeps any other instance from writing to the live schema during the swap.
    const lease = await this.acquireLease();
    try {
      await catchUp(); // most of what came meanwhile; the live projection takes the rest from the rebuilt position
      await this.dataSource.transaction(async (manager) => {
        await manager.query(`ALTER SCHEMA ${this.schema} RENAME TO ${this.schema}__old`);
        await manager.query(`ALTER SCHEMA ${next} RENAME TO ${this.schema}`);
        await manager.query(`DROP SCHEMA ${this.schema}__old CASCADE`);
      });
    } finally {
      await lease.release();
      if (wasLive) this.startLive();
    }
    return applied;
  }

  private get processor(): string {
    return `projection:${this.projection.name}`;
  }

  /** The projection's lease, waited for while another instance holds it (up to a minute). */
  private async acquireLease(): Promise<Lease> {
    for (let attempt = 0; attempt < 600; attempt++) {
      const lease = await this.store.acquireLease(this.processor);
      if (lease) return lease;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`could not take the lease of ${this.processor}: another instance keeps it`);
  }

  private startLive(): void {
    const source: SubscriptionSource = {
      readAll: (options) => this.store.readAll(options),
      acquireLease: (processor) => this.store.acquireLease(processor),
      appendMark: () => this.store.appendMark(),
      horizon: () => this.store.horizon(),
      fence: () => this.store.fence(),
      waitForAppend: (timeoutMs, signal, mark) => this.store.waitForAppend(timeoutMs, signal, mark),
      readCheckpoint: () => this.readPosition(this.schema),
      // The position is written with the tables, in the batch's transaction (see apply).
      storeCheckpoint: async () => undefined,
    };
    this.live = runSubscription(
      source,
      this.processor,
      async (events) => {
        const last = events[events.length - 1]!;
        await this.apply(this.schema, events, {
          transactionId: last.transactionId,
          globalPosition: last.globalPosition,
        });
      },
      { batchSize: 500, onError: this.onError },
    );
  }

  private async apply(schema: string, events: EventEnvelope[], position: Checkpoint): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.useSchema(manager, schema);
      // Events at or before the stored position are already in the tables (a retried batch whose commit did
      // succeed, or a second instance): skipped, so each event changes the tables once.
      const stored: { transaction_id: string; global_position: string }[] = await manager.query(
        'SELECT transaction_id, global_position FROM projection_position FOR UPDATE',
      );
      const done = stored[0]
        ? {
            transactionId: Number(stored[0].transaction_id),
            globalPosition: Number(stored[0].global_position),
          }
        : START;
      const fresh = events.filter((event) => isAfter(event, done));
      if (fresh.length === 0) return;
      for (const event of fresh) await this.projection.handlers[event.type]?.(event, manager);
      await manager.query(
        `INSERT INTO projection_position (id, transaction_id, global_position) VALUES (true, $1, $2)
         ON CONFLICT (id) DO UPDATE SET transaction_id = EXCLUDED.transaction_id, global_position = EXCLUDED.global_position`,
        [position.transactionId, position.globalPosition],
      );
    });
  }

  private async readPosition(schema: string): Promise<Checkpoint | null> {
    const rows: { transaction_id: string; global_position: string }[] = await this.dataSource.query(
      `SELECT transaction_id, global_position FROM ${schema}.projection_position`,
    );
    const row = rows[0];
    return row
      ? { transactionId: Number(row.transaction_id), globalPosition: Number(row.global_position) }
      : null;
  }

  private async createSchema(schema: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`CREATE SCHEMA ${schema}`);
      await this.useSchema(manager, schema);
      await manager.query(
        'CREATE TABLE projection_position (id boolean PRIMARY KEY CHECK (id), transaction_id bigint NOT NULL, global_position bigint NOT NULL)',
      );
      await this.projection.createTables(manager);
    });
  }

  private async useSchema(manager: EntityManager, schema: string): Promise<void> {
    await manager.query(`SET LOCAL search_path TO ${schema}`);
  }
}

function isAfter(event: EventEnvelope, position: Checkpoint): boolean {
  return (
    event.transactionId > position.transactionId ||
    (event.transactionId === position.transactionId && event.globalPosition > position.globalPosition)
  );
}

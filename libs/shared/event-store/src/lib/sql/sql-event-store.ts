import { EventEnvelope, NewEvent, UpcasterRegistry } from '@mutualis/shared/contracts';
import {
  AppendOptions,
  AppendResult,
  Checkpoint,
  EventStore,
  ExpectedVersion,
  InvalidEventError,
  ReadAllOptions,
  ReadAllResult,
  ReadStreamOptions,
  Snapshot,
  StreamArchivedError,
  StreamInfo,
  Subscription,
  SubscriptionHandler,
  SubscriptionOptions,
  WrongExpectedVersionError,
} from '@mutualis/shared/event-sourcing';
import { HeadCache } from '../head-cache';
import { duplicateAppend, satisfies } from '../append-rules';
import { checkStreamId, normaliseInstant, prepareEvents, PreparedEvent, StreamHead } from '../prepare-events';
import { Lease, runSubscription, SubscriptionSource } from '../subscription';
import { EVENT_COLUMNS, EventRow, toEnvelope } from './event-row';
import { checkedSchema, SqlExecutor, SqlQueryable } from './sql-executor';
import { SqlReaderState } from './reader-state';
import { appendParameters, AppendStatements, MAX_EVENTS_PER_APPEND } from './append-statements';

export interface SqlEventStoreOptions {
  /** The service's schema, e.g. `tender`. */
  schema: string;
  upcasters?: UpcasterRegistry;
  /** Server time at append; injectable for tests. */
  clock?: () => Date;
}

/** A transaction in which events are appended together with other writes (an inbox row, a read model). */
export interface EventStoreTransaction {
  /** Raw SQL in the same transaction. */
  readonly sql: SqlQueryable;
  /**
   * Appends in this transaction. It must be the transaction's first write, and all its appends go to one stream:
   * otherwise readers could see that stream's events out of version order.
   */
  append(streamId: string, events: NewEvent[], options?: AppendOptions): Promise<AppendResult>;
}

const UNIQUE_VIOLATION = '23505';
const NO_STREAM: StreamHead = { version: 0, lastHash: null };

type StoredHead = StreamHead & { archived: boolean };
const MAX_ANY_RETRIES = 50;

/**
 * The event store on PostgreSQL SQL, shared by the PostgreSQL (`pg`) and PGlite adapters, which add the connection,
 * the wake-up and the lease. Appends are one statement: a conditional update of the stream row (or its insert)
 * feeding a multi-row insert of the events.
 */
export abstract class SqlEventStore implements EventStore, SubscriptionSource {
  protected readonly schema: string;
  private readonly heads = new HeadCache<StoredHead>();
  private readonly statements: AppendStatements;
  private readonly readers: SqlReaderState;
  private readonly upcasters: UpcasterRegistry | undefined;
  private readonly clock: () => Date;

  protected constructor(
    protected readonly executor: SqlExecutor,
    options: SqlEventStoreOptions,
  ) {
    this.schema = checkedSchema(options.schema);
    this.statements = new AppendStatements(this.schema);
    this.readers = new SqlReaderState(executor, this.schema);
    this.upcasters = options.upcasters;
    this.clock = options.clock ?? (() => new Date());
  }

  abstract acquireLease(processor: string): Promise<Lease | null>;
  /** Called after events were committed, to wake subscriptions here and in other processes. */
  protected abstract announceAppend(): void;
  abstract appendMark(): Promise<number>;
  abstract waitForAppend(timeoutMs: number, signal: AbortSignal, mark: number): Promise<void>;
  abstract close(): Promise<void>;

  async append(streamId: string, events: NewEvent[], options: AppendOptions = {}): Promise<AppendResult> {
    const result = await this.appendOn(
      this.executor,
      streamId,
      events,
      options.expectedVersion ?? 'any',
      false,
    );
    if (!result.duplicate) this.announceAppend();
    return result;
  }

  /** Runs `work` in one transaction; see EventStoreTransaction for the rules of appending inside it. */
  async transaction<T>(work: (tx: EventStoreTransaction) => Promise<T>): Promise<T> {
    let stream: string | undefined;
    try {
      const result = await this.executor.transaction((sql) =>
        work({
          sql,
          append: async (streamId, events, options = {}) => {
            if (stream !== undefined && stream !== streamId) {
              throw new InvalidEventError(
                `one transaction appends to one stream: ${stream} already, not also ${streamId}`,
              );
            }
            if (stream === undefined) {
              const { rows } = await sql.query<{ assigned: boolean }>(
                'SELECT pg_current_xact_id_if_assigned() IS NOT NULL AS assigned',
              );
              if (rows[0]?.assigned)
                throw new InvalidEventError('an append must be the first write of its transaction');
            }
            stream = streamId;
            return this.appendOn(sql, streamId, events, options.expectedVersion ?? 'any', true);
          },
        }),
      );
      if (stream !== undefined) this.announceAppend();
      return result;
    } finally {
      // The transaction may have rolled back: the cached head of its stream cannot be trusted.
      if (stream !== undefined) this.heads.forget(stream);
    }
  }

  private async appendOn(
    sql: SqlQueryable,
    streamId: string,
    events: NewEvent[],
    expected: ExpectedVersion,
    inTransaction: boolean,
  ): Promise<AppendResult> {
    checkStreamId(streamId);
    if (events.length > MAX_EVENTS_PER_APPEND) {
      throw new InvalidEventError(
        `an append carries at most ${MAX_EVENTS_PER_APPEND} events, got ${events.length}`,
      );
    }
    let head: StoredHead | null = (inTransaction ? undefined : this.heads.get(streamId)) ?? null;
    let fromCache = head !== null;
    for (let attempt = 0; attempt < MAX_ANY_RETRIES; attempt++) {
      if (!fromCache) head = await this.readHead(sql, streamId);
      if (head?.archived) throw new StreamArchivedError(streamId);
      if (!satisfies(head, expected)) {
        if (fromCache) {
          fromCache = false; // the cached head may be stale: decide on the stored one
          continue;
        }
        return this.settleRefusal(sql, streamId, events, expected, head);
      }
      fromCache = false;
      const prepared = prepareEvents(streamId, head ?? NO_STREAM, events, this.clock().toISOString());
      const stored = await this.tryAppend(sql, streamId, head, prepared, inTransaction);
      if (stored) {
        const last = stored[stored.length - 1]!;
        if (!inTransaction)
          this.heads.set(streamId, {
            version: last.streamVersion,
            lastHash: last.contentHash,
            archived: false,
          });
        return {
          streamId,
          version: last.streamVersion,
          position: last.globalPosition,
          events: stored,
          duplicate: false,
        };
      }
      this.heads.forget(streamId);
      // Someone else appended first (or the ids were stored before). With 'any' that is no conflict: chain onto
      // the new head and try again, except inside a caller's transaction: its id is already assigned, so a later
      // version appended now could be read before an earlier one. The caller reruns the whole transaction instead.
      if (expected !== 'any' || inTransaction)
        return this.settleRefusal(sql, streamId, events, expected, await this.readHead(sql, streamId));
      const duplicate = await this.duplicateResult(sql, streamId, events);
      if (duplicate) return duplicate;
    }
    throw new WrongExpectedVersionError(
      streamId,
      expected,
      (await this.readHead(sql, streamId))?.version ?? 0,
    );
  }

  /** Inserts the prepared events if the stream is still at `head`; null when it is not (or an id repeats). */
  private async tryAppend(
    sql: SqlQueryable,
    streamId: string,
    head: StoredHead | null,
    prepared: PreparedEvent[],
    inTransaction: boolean,
  ): Promise<EventEnvelope[] | null> {
    const last = prepared[prepared.length - 1]!;
    const params = appendParameters(
      [streamId, last.streamVersion, last.contentHash, head ? head.version : prepared[0]!.consortiumId],
      prepared,
    );
    // In a caller's transaction a failed statement would abort it: a savepoint keeps it usable for the checks after.
    if (inTransaction) await sql.query('SAVEPOINT mutualis_append');
    try {
      const { rows } = await sql.query<{
        global_position: string;
        transaction_id: string;
        stream_version: string;
      }>(head ? this.statements.toExisting(prepared.length) : this.statements.toNew(prepared.length), params);
      if (inTransaction) await sql.query('RELEASE SAVEPOINT mutualis_append');
      if (rows.length === 0) return null;
      const positions = new Map(rows.map((row) => [Number(row.stream_version), row]));
      return prepared.map((event) => {
        const row = positions.get(event.streamVersion)!;
        return {
          ...event,
          globalPosition: Number(row.global_position),
          transactionId: Number(row.transaction_id),
        };
      });
    } catch (error) {
      if (inTransaction) await sql.query('ROLLBACK TO SAVEPOINT mutualis_append');
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) return null;
      throw error;
    }
  }

  /** The append was refused: a repeat of a stored append returns its first result, anything else is a conflict. */
  private async settleRefusal(
    sql: SqlQueryable,
    streamId: string,
    events: NewEvent[],
    expected: ExpectedVersion,
    head: StoredHead | null,
  ): Promise<AppendResult> {
    const duplicate = await this.duplicateResult(sql, streamId, events);
    if (duplicate) return duplicate;
    if (head?.archived) throw new StreamArchivedError(streamId);
    throw new WrongExpectedVersionError(streamId, expected, head?.version ?? 0);
  }

  private duplicateResult(
    sql: SqlQueryable,
    streamId: string,
    events: NewEvent[],
  ): Promise<AppendResult | null> {
    return duplicateAppend(streamId, events, (ids) => this.eventsByIdOn(sql, ids));
  }

  private async readHead(sql: SqlQueryable, streamId: string): Promise<StoredHead | null> {
    const { rows } = await sql.query<{ version: string; last_hash: string | null; archived: boolean }>(
      `SELECT version, last_hash, archived_at IS NOT NULL AS archived FROM ${this.schema}.streams WHERE stream_id = $1`,
      [streamId],
    );
    const row = rows[0];
    return row ? { version: Number(row.version), lastHash: row.last_hash, archived: row.archived } : null;
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<EventEnvelope[]> {
    const backwards = options.direction === 'backwards';
    const params: unknown[] = [
      streamId,
      options.fromVersion ?? 0,
      options.toVersion ?? Number.MAX_SAFE_INTEGER,
    ];
    let until = '';
    if (options.recordedUntil) {
      params.push(normaliseInstant(options.recordedUntil, 'recordedUntil'));
      until = `AND recorded_at <= $${params.length}`;
    }
    params.push(options.limit ?? null);
    const { rows } = await this.executor.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM ${this.schema}.events
       WHERE stream_id = $1 AND stream_version BETWEEN $2 AND $3 ${until}
       ORDER BY stream_version ${backwards ? 'DESC' : 'ASC'} LIMIT $${params.length}`,
      params,
    );
    return this.envelopes(rows, options.upcast);
  }

  async readAll(options: ReadAllOptions = {}): Promise<ReadAllResult> {
    const after = options.after ?? { transactionId: 0, globalPosition: 0 };
    const { rows } = await this.executor.query<EventRow>(
      // ORDER BY names the table's xid8 column (e.), not the selected bigint alias, so the index gives the order.
      `SELECT ${EVENT_COLUMNS} FROM ${this.schema}.events e
       WHERE (e.transaction_id, e.global_position) > ($1::text::xid8, $2::bigint)
         AND e.transaction_id < pg_snapshot_xmin(pg_current_snapshot())
       ORDER BY e.transaction_id, e.global_position
       LIMIT $3`,
      [String(after.transactionId), after.globalPosition, options.limit ?? 1000],
    );
    const events = this.envelopes(rows, options.upcast);
    const last = events[events.length - 1];
    return {
      events,
      checkpoint: last ? { transactionId: last.transactionId, globalPosition: last.globalPosition } : after,
    };
  }

  eventsById(ids: string[]): Promise<EventEnvelope[]> {
    return this.eventsByIdOn(this.executor, ids).then((events) => this.envelopes(events));
  }

  private async eventsByIdOn(sql: SqlQueryable, ids: string[]): Promise<EventEnvelope[]> {
    const { rows } = await sql.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM ${this.schema}.events
       WHERE event_id IN (SELECT value::uuid FROM jsonb_array_elements_text($1::jsonb))`,
      [JSON.stringify(ids)],
    );
    return rows.map(toEnvelope);
  }

  async streamInfo(streamId: string): Promise<StreamInfo | null> {
    const { rows } = await this.executor.query<{
      version: string;
      last_hash: string | null;
      consortium_id: string;
      metadata: Record<string, unknown>;
      archived_at: Date | null;
    }>(
      `SELECT version, last_hash, consortium_id, metadata, archived_at FROM ${this.schema}.streams WHERE stream_id = $1`,
      [streamId],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      streamId,
      version: Number(row.version),
      lastHash: row.last_hash,
      consortiumId: row.consortium_id,
      metadata: row.metadata,
      archivedAt: row.archived_at ? row.archived_at.toISOString() : null,
    };
  }

  async setStreamMetadata(streamId: string, metadata: Record<string, unknown>): Promise<void> {
    const { rows } = await this.executor.query(
      `UPDATE ${this.schema}.streams SET metadata = $2::jsonb, updated_at = now() WHERE stream_id = $1 RETURNING 1`,
      [streamId, JSON.stringify(metadata)],
    );
    if (rows.length === 0) throw new WrongExpectedVersionError(streamId, 'stream-exists', 0);
  }

  async archiveStream(streamId: string): Promise<void> {
    const { rows } = await this.executor.query(
      `UPDATE ${this.schema}.streams SET archived_at = coalesce(archived_at, $2), updated_at = now()
       WHERE stream_id = $1 RETURNING 1`,
      [streamId, this.clock().toISOString()],
    );
    this.heads.forget(streamId);
    if (rows.length === 0) throw new WrongExpectedVersionError(streamId, 'stream-exists', 0);
  }

  readSnapshot<State>(streamId: string, stateVersion: number): Promise<Snapshot<State> | null> {
    return this.readers.readSnapshot<State>(streamId, stateVersion);
  }

  writeSnapshot<State>(snapshot: Snapshot<State>): Promise<void> {
    return this.readers.writeSnapshot(snapshot);
  }

  readCheckpoint(processor: string): Promise<Checkpoint | null> {
    return this.readers.readCheckpoint(processor);
  }

  storeCheckpoint(processor: string, checkpoint: Checkpoint): Promise<void> {
    return this.readers.storeCheckpoint(processor, checkpoint);
  }

  /** Every transaction committed before this call has a lower id than this. */
  horizon(): Promise<number> {
    return this.readers.horizon();
  }

  /** Every transaction with a lower id has finished: a read from now on sees all their events. */
  fence(): Promise<number> {
    return this.readers.fence();
  }

  /** How many readable events a processor has not handled yet: its distance to the head of the store. */
  lag(processor: string): Promise<number> {
    return this.readers.lag(processor);
  }

  subscribe(processor: string, handler: SubscriptionHandler, options?: SubscriptionOptions): Subscription {
    return runSubscription(this, processor, handler, options);
  }

  private envelopes(rows: (EventRow | EventEnvelope)[], upcast = true): EventEnvelope[] {
    const events = rows.map((row) => ('event_id' in row ? toEnvelope(row) : row));
    return upcast && this.upcasters ? events.map((event) => this.upcasters!.upcast(event)) : events;
  }
}

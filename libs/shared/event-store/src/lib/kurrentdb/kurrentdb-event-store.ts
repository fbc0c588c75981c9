import { randomUUID } from 'node:crypto';
import { ErrorType, FORWARDS, KurrentDBClient, NO_STREAM } from '@kurrent/kurrentdb-client';
import { EventEnvelope, NewEvent, UpcasterRegistry } from '@mutualis/shared/contracts';
import {
  AppendOptions,
  AppendResult,
  Checkpoint,
  EventStore,
  ExpectedVersion,
  ReadAllOptions,
  ReadAllResult,
  ReadStreamOptions,
  Snapshot,
  START as FIRST_CHECKPOINT,
  StreamArchivedError,
  StreamInfo,
  Subscription,
  SubscriptionHandler,
  SubscriptionOptions,
  WrongExpectedVersionError,
} from '@mutualis/shared/event-sourcing';
import { duplicateAppend, satisfies } from '../append-rules';
import { checkStreamId, prepareEvents, PreparedEvent, StreamHead } from '../prepare-events';
import { Lease, runSubscription, SubscriptionSource } from '../subscription';
import { AppendWakeups } from './append-wakeups';
import { Bookkeeping } from './bookkeeping';
import { appendIdOf, toEnvelope, toEventData } from './event-codec';
import { readEventsAfter, readStreamEvents } from './event-reads';
import { EventLocations } from './event-locations';
import { isKurrentError, ON_LEADER, readEvents, readFirstEvent, readLastEvent } from './kurrent-client';
import { changeStreamState, readStreamState, StreamState } from './stream-state';
import { StreamNames, streamNames } from './stream-names';

export interface KurrentDbEventStoreOptions {
  /** E.g. `kurrentdb://127.0.0.1:2113?tls=false`. */
  connectionString: string;
  /** The service's namespace, e.g. `tender`: the prefix of its stream names, like a SQL schema. */
  namespace: string;
  upcasters?: UpcasterRegistry;
  /** Time at append (recordedAt); injectable for tests. */
  clock?: () => Date;
}

type StoredHead = StreamHead & { archived: boolean };

const DEFAULT_READ_ALL_LIMIT = 1000;
const MAX_MOVED_HEAD_RETRIES = 50;

/**
 * The event store on KurrentDB (EventStoreDB). One KurrentDB stream per stream of ours, named under the service's
 * namespace; the envelope is stored whole (see event-codec) so the hash chain can be checked on what is read back.
 * Each append is written at the exact revision its hash chain was built on: KurrentDB refuses it if the stream moved.
 */
export class KurrentDbEventStore implements EventStore, SubscriptionSource {
  private readonly locations: EventLocations;
  private readonly bookkeeping: Bookkeeping;
  private readonly wakeups: AppendWakeups;
  private readonly leases = new Set<string>();
  private readonly upcasters: UpcasterRegistry | undefined;
  private readonly clock: () => Date;

  private constructor(
    private readonly client: KurrentDBClient,
    private readonly names: StreamNames,
    options: KurrentDbEventStoreOptions,
  ) {
    this.locations = new EventLocations(client, this.names);
    this.bookkeeping = new Bookkeeping(client, this.names);
    this.wakeups = new AppendWakeups(client, this.names.eventPrefix);
    this.upcasters = options.upcasters;
    this.clock = options.clock ?? (() => new Date());
  }

  /** Connects to KurrentDB; the connection is lazy, so a server down shows at the first call. */
  static async open(options: KurrentDbEventStoreOptions): Promise<KurrentDbEventStore> {
    const names = streamNames(options.namespace); // refuses a bad namespace before connecting
    return new KurrentDbEventStore(
      KurrentDBClient.connectionString(options.connectionString),
      names,
      options,
    );
  }

  async append(streamId: string, events: NewEvent[], options: AppendOptions = {}): Promise<AppendResult> {
    const expected = options.expectedVersion ?? 'any';
    checkStreamId(streamId);
    for (let attempt = 0; attempt < MAX_MOVED_HEAD_RETRIES; attempt++) {
      const head = await this.readHead(streamId);
      if (head.archived) throw new StreamArchivedError(streamId);
      if (!satisfies(head, expected)) return this.settleRefusal(streamId, events, expected, head);
      const prepared = prepareEvents(streamId, head, events, this.clock().toISOString());
      // KurrentDB only deduplicates a retry written at the same revision: look the ids up first. After the head was
      // read, so that an append of the same ids that wins a race with this one is either seen here or moves the head.
      const duplicate = await this.duplicateResult(streamId, events);
      if (duplicate) return duplicate;
      const stored = await this.tryAppend(streamId, head, prepared);
      if (stored) return stored;
      // The stream moved since its head was read. 'any' and 'stream-exists' still hold: chain onto the new head.
      if (expected !== 'any' && expected !== 'stream-exists') {
        return this.settleRefusal(streamId, events, expected, await this.readHead(streamId));
      }
    }
    throw new WrongExpectedVersionError(streamId, expected, (await this.readHead(streamId)).version);
  }

  /** Appends at the revision the hash chain was built on; null when the stream moved since its head was read. */
  private async tryAppend(
    streamId: string,
    head: StoredHead,
    prepared: PreparedEvent[],
  ): Promise<AppendResult | null> {
    const first = prepared[0]!;
    await this.locations.recordAhead(
      prepared.map((event) => event.id),
      streamId,
      first.streamVersion,
    );
    const appendId = randomUUID();
    try {
      await this.client.appendToStream(
        this.names.events(streamId),
        prepared.map((event) => toEventData(event, appendId)),
        { streamState: head.version === 0 ? NO_STREAM : BigInt(head.version - 1) },
      );
    } catch (error) {
      if (isKurrentError(error, ErrorType.WRONG_EXPECTED_VERSION)) return null;
      throw error;
    }
    // Read back for each event's log position (the append answers with one position for all).
    const recorded = await readEvents(this.client, this.names.events(streamId), {
      ...ON_LEADER,
      direction: FORWARDS,
      fromRevision: BigInt(first.streamVersion - 1),
      maxCount: prepared.length,
    });
    if (recorded.length !== prepared.length || recorded.some((event, i) => event.id !== prepared[i]!.id)) {
      throw new Error(`the events appended to ${streamId} are not where KurrentDB said it wrote them`);
    }
    // Written by another attempt: a racing append of the same ids won, and KurrentDB took this one for its retry
    // (its own idempotence at the same revision) and kept the first. Report it as the duplicate it is.
    const duplicate = recorded.some((event) => appendIdOf(event) !== appendId);
    const stored = recorded.map((event) => toEnvelope(event, this.names));
    const last = stored[stored.length - 1]!;
    return {
      streamId,
      version: last.streamVersion,
      position: last.globalPosition,
      events: stored,
      duplicate,
    };
  }

  /** The append was refused: a repeat of a stored append returns its first result, anything else is a conflict. */
  private async settleRefusal(
    streamId: string,
    events: NewEvent[],
    expected: ExpectedVersion,
    head: StoredHead,
  ): Promise<AppendResult> {
    const duplicate = await this.duplicateResult(streamId, events);
    if (duplicate) return duplicate;
    if (head.archived) throw new StreamArchivedError(streamId);
    throw new WrongExpectedVersionError(streamId, expected, head.version);
  }

  private duplicateResult(streamId: string, events: NewEvent[]): Promise<AppendResult | null> {
    return duplicateAppend(streamId, events, (ids) => this.locations.find(ids));
  }

  private async readHead(streamId: string): Promise<StoredHead> {
    const streamName = this.names.events(streamId);
    const [last, state] = await Promise.all([
      readLastEvent(this.client, streamName),
      readStreamState(this.client, streamName),
    ]);
    const archived = state.archivedAt !== null;
    if (!last) return { version: 0, lastHash: null, archived };
    const event = toEnvelope(last, this.names);
    return { version: event.streamVersion, lastHash: event.contentHash, archived };
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<EventEnvelope[]> {
    return this.upcast(await readStreamEvents(this.client, this.names, streamId, options), options.upcast);
  }

  async readAll(options: ReadAllOptions = {}): Promise<ReadAllResult> {
    const after = options.after ?? FIRST_CHECKPOINT;
    const events = await readEventsAfter(
      this.client,
      this.names,
      after,
      options.limit ?? DEFAULT_READ_ALL_LIMIT,
    );
    const last = events[events.length - 1];
    return {
      events: this.upcast(events, options.upcast),
      checkpoint: last ? { transactionId: last.transactionId, globalPosition: last.globalPosition } : after,
    };
  }

  async eventsById(ids: string[]): Promise<EventEnvelope[]> {
    return this.upcast(await this.locations.find(ids));
  }

  async streamInfo(streamId: string): Promise<StreamInfo | null> {
    const streamName = this.names.events(streamId);
    const [first, last, state] = await Promise.all([
      readFirstEvent(this.client, streamName),
      readLastEvent(this.client, streamName),
      readStreamState(this.client, streamName),
    ]);
    if (!first || !last) return null;
    const lastEvent = toEnvelope(last, this.names);
    return {
      streamId,
      version: lastEvent.streamVersion,
      lastHash: lastEvent.contentHash,
      // The stream's consortium is that of its first event, as the SQL stores record it at the stream's creation.
      consortiumId: toEnvelope(first, this.names).consortiumId,
      metadata: state.metadata,
      archivedAt: state.archivedAt,
    };
  }

  async setStreamMetadata(streamId: string, metadata: Record<string, unknown>): Promise<void> {
    await this.changeState(streamId, (state) => ({ ...state, metadata }));
  }

  async archiveStream(streamId: string): Promise<void> {
    const now = this.clock().toISOString();
    await this.changeState(streamId, (state) => ({ ...state, archivedAt: state.archivedAt ?? now }));
  }

  private async changeState(streamId: string, change: (state: StreamState) => StreamState): Promise<void> {
    const streamName = this.names.events(streamId);
    if (!(await readLastEvent(this.client, streamName))) {
      throw new WrongExpectedVersionError(streamId, 'stream-exists', 0);
    }
    await changeStreamState(this.client, streamName, change);
  }

  readSnapshot<State>(streamId: string, stateVersion: number): Promise<Snapshot<State> | null> {
    return this.bookkeeping.readSnapshot(streamId, stateVersion);
  }

  writeSnapshot<State>(snapshot: Snapshot<State>): Promise<void> {
    return this.bookkeeping.writeSnapshot(snapshot);
  }

  readCheckpoint(processor: string): Promise<Checkpoint | null> {
    return this.bookkeeping.readCheckpoint(processor);
  }

  storeCheckpoint(processor: string, checkpoint: Checkpoint): Promise<void> {
    return this.bookkeeping.storeCheckpoint(processor, checkpoint);
  }

  subscribe(processor: string, handler: SubscriptionHandler, options?: SubscriptionOptions): Subscription {
    return runSubscription(this, processor, handler, options);
  }

  /** KurrentDB has no locks: the lease is held in this process, so run one instance of each processor. */
  /** KurrentDB commits appends in log order: nothing is held back, so caughtUp() needs no horizon. */
  async horizon(): Promise<number> {
    return 0;
  }

  async fence(): Promise<number> {
    return 0;
  }

  async acquireLease(processor: string): Promise<Lease | null> {
    if (this.leases.has(processor)) return null;
    this.leases.add(processor);
    return { lost: false, release: async () => void this.leases.delete(processor) };
  }

  appendMark(): Promise<number> {
    return this.wakeups.mark();
  }

  waitForAppend(timeoutMs: number, signal: AbortSignal, mark: number): Promise<void> {
    return this.wakeups.wait(timeoutMs, signal, mark);
  }

  async close(): Promise<void> {
    await this.wakeups.close();
    await this.client.dispose();
  }

  private upcast(events: EventEnvelope[], upcast = true): EventEnvelope[] {
    return upcast && this.upcasters ? events.map((event) => this.upcasters!.upcast(event)) : events;
  }
}

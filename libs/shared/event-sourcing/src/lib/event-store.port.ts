import { EventEnvelope, NewEvent } from '@mutualis/shared/contracts';

/**
 * What an append expects of the stream: anything, that it does not exist yet, that it exists, or that its last
 * event has exactly this version (versions count from 1; a stream with no event is at version 0).
 */
export type ExpectedVersion = 'any' | 'no-stream' | 'stream-exists' | number;

export interface AppendOptions {
  expectedVersion?: ExpectedVersion;
}

export interface AppendResult {
  streamId: string;
  /** The stream's version after the append. */
  version: number;
  /** Global position of the last appended event. */
  position: number;
  events: EventEnvelope[];
  /** True when every event id was already stored: nothing was appended, the first result is returned. */
  duplicate: boolean;
}

export interface ReadStreamOptions {
  direction?: 'forwards' | 'backwards';
  /** First version to return (inclusive), counted in the read direction's terms: lowest when forwards. */
  fromVersion?: number;
  /** Last version to return (inclusive). */
  toVersion?: number;
  /** Only events recorded at or before this instant (ISO 8601): the stream as the system knew it then. */
  recordedUntil?: string;
  limit?: number;
  /** Apply the upcasters (default). Verification reads the stored form with `false`. */
  upcast?: boolean;
}

/** A place in the store's commit order: events are read in (transactionId, globalPosition) order. */
export interface Checkpoint {
  transactionId: number;
  globalPosition: number;
}

export const START: Checkpoint = Object.freeze({ transactionId: 0, globalPosition: 0 });

export interface ReadAllOptions {
  /** Read events after this checkpoint (exclusive); from the start when absent. */
  after?: Checkpoint;
  limit?: number;
  upcast?: boolean;
}

export interface ReadAllResult {
  events: EventEnvelope[];
  /** Where the next read continues: the last event's place, or `after` when nothing was read. */
  checkpoint: Checkpoint;
}

export interface StreamInfo {
  streamId: string;
  version: number;
  lastHash: string | null;
  consortiumId: string;
  metadata: Record<string, unknown>;
  archivedAt: string | null;
}

/** A cached state of a stream at a version, for one schema version of that state. Disposable at any time. */
export interface Snapshot<State = unknown> {
  streamId: string;
  streamVersion: number;
  stateVersion: number;
  state: State;
}

/** Called with each batch of new events, in commit order; the checkpoint moves after it resolves. */
export type SubscriptionHandler = (events: EventEnvelope[]) => Promise<void>;

export interface SubscriptionOptions {
  batchSize?: number;
  /** Polling interval when no wake-up arrives (LISTEN/NOTIFY is the fast path). */
  pollIntervalMs?: number;
  /** Called when the handler or a read fails; the subscription then retries the same batch after a pause. */
  onError?: (error: unknown) => void;
  /**
   * Where the processor starts: after its stored checkpoint (the default), or at the beginning of the log, for a
   * processor whose output does not outlive the process (a relay to the in-process bus). Its checkpoint still moves,
   * for the lag it reports.
   */
  from?: 'checkpoint' | 'start';
  /**
   * Hand the events upcast (the default), or in their stored form: the relay publishes the stored form, whose
   * content hash the audit recomputes; its consumers upcast on receipt.
   */
  upcast?: boolean;
}

export interface Subscription {
  readonly processor: string;
  /** Resolves once the subscription has handled every event committed before this call. */
  caughtUp(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The event store port. One stream per aggregate; one store (schema) per service. Adapters: PostgreSQL, PGlite,
 * KurrentDB. Every adapter passes the same contract test suite.
 */
export interface EventStore {
  append(streamId: string, events: NewEvent[], options?: AppendOptions): Promise<AppendResult>;
  readStream(streamId: string, options?: ReadStreamOptions): Promise<EventEnvelope[]>;
  readAll(options?: ReadAllOptions): Promise<ReadAllResult>;
  /** Stored events with these ids, in no particular order (used to answer repeated idempotent commands). */
  eventsById(ids: string[]): Promise<EventEnvelope[]>;
  streamInfo(streamId: string): Promise<StreamInfo | null>;
  setStreamMetadata(streamId: string, metadata: Record<string, unknown>): Promise<void>;
  /** Soft delete: the stream keeps its events and stays readable, but accepts no more appends. */
  archiveStream(streamId: string): Promise<void>;
  readSnapshot<State>(streamId: string, stateVersion: number): Promise<Snapshot<State> | null>;
  writeSnapshot<State>(snapshot: Snapshot<State>): Promise<void>;
  readCheckpoint(processor: string): Promise<Checkpoint | null>;
  storeCheckpoint(processor: string, checkpoint: Checkpoint): Promise<void>;
  /** Runs `handler` over every event after the processor's checkpoint, then over new ones as they commit. */
  subscribe(processor: string, handler: SubscriptionHandler, options?: SubscriptionOptions): Subscription;
  close(): Promise<void>;
}

import { Actor, EventContracts, EventEnvelope, NewEvent, uuidv5 } from '@mutualis/shared/contracts';
import { Decider, DomainEvent, fold } from './decider';
import { InvalidEventError, WrongExpectedVersionError } from './errors';
import { EventStore } from './event-store.port';

/** Who, when and under which request a command is handled: becomes the envelope of the events it decides. */
export interface CommandMetadata {
  consortiumId: string;
  actor: Actor;
  correlationId: string;
  causationId?: string | null;
  /** Business time of the command, ISO 8601 with a time zone. */
  occurredAt: string;
  /** `If-Match`: the version the caller saw. A mismatch is reported, never retried. */
  expectedVersion?: number;
  /** `Idempotency-Key`: a key already applied to this stream returns the first result and appends nothing. */
  idempotencyKey?: string;
}

/** Keep a snapshot of the state every `every` events, under the state's schema version. */
export interface SnapshotPolicy {
  stateVersion: number;
  every: number;
}

export interface CommandHandlerOptions<Event extends DomainEvent> {
  snapshot?: SnapshotPolicy;
  /** Attempts after a concurrent append, when the caller gave no expected version (default 10). */
  retries?: number;
  /** The schema version each event type is written with (default 1). */
  schemaVersionOf?: (event: Event) => number;
  /** The published language: a decided event that breaks its contract is refused before it is stored. */
  contracts?: EventContracts;
}

export interface CommandResult {
  streamId: string;
  version: number;
  /** Global position of the last event; null when the command decided nothing. */
  position: number | null;
  events: EventEnvelope[];
}

export interface LoadedState<State> {
  state: State;
  version: number;
}

/** load (snapshot + tail) → decide → append, retrying on a concurrent append where that is safe. */
export class CommandHandler<Command, Event extends DomainEvent, State> {
  constructor(
    private readonly store: EventStore,
    private readonly decider: Decider<Command, Event, State>,
    private readonly options: CommandHandlerOptions<Event> = {},
  ) {}

  /** The state of a stream now, or as recorded at `recordedUntil` (time travel; snapshots are not used then). */
  async load(streamId: string, recordedUntil?: string): Promise<LoadedState<State>> {
    const policy = this.options.snapshot;
    const snapshot =
      policy && !recordedUntil ? await this.store.readSnapshot<State>(streamId, policy.stateVersion) : null;
    const from = snapshot
      ? { state: snapshot.state, version: snapshot.streamVersion }
      : { state: this.decider.initialState, version: 0 };
    const tail = await this.store.readStream(streamId, {
      fromVersion: from.version + 1,
      ...(recordedUntil ? { recordedUntil } : {}),
    });
    const state = fold(this.decider, from.state, tail.map(toDomainEvent<Event>));
    return { state, version: tail.at(-1)?.streamVersion ?? from.version };
  }

  async handle(streamId: string, command: Command, metadata: CommandMetadata): Promise<CommandResult> {
    const repeated = metadata.idempotencyKey
      ? await this.firstResult(streamId, metadata.idempotencyKey)
      : null;
    if (repeated) return repeated;

    const retries = metadata.expectedVersion === undefined ? (this.options.retries ?? DEFAULT_RETRIES) : 0;
    for (let attempt = 0; ; attempt++) {
      const loaded = await this.load(streamId);
      if (metadata.expectedVersion !== undefined && metadata.expectedVersion !== loaded.version) {
        throw new WrongExpectedVersionError(streamId, metadata.expectedVersion, loaded.version);
      }
      const decided = this.decider.decide(command, loaded.state);
      this.checkContracts(decided);
      if (decided.length === 0) return { streamId, version: loaded.version, position: null, events: [] };
      try {
        const result = await this.store.append(streamId, this.envelopes(streamId, decided, metadata), {
          expectedVersion: loaded.version === 0 ? 'no-stream' : loaded.version,
        });
        if (!result.duplicate) await this.maybeSnapshot(streamId, loaded, decided, result.version);
        return { streamId, version: result.version, position: result.position, events: result.events };
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError) || attempt >= retries) throw error;
        await pauseBeforeRetry(attempt);
      }
    }
  }

  private checkContracts(events: Event[]): void {
    for (const event of events) {
      const schemaVersion = this.options.schemaVersionOf?.(event) ?? 1;
      const violation = this.options.contracts?.check({ ...event, schemaVersion });
      if (violation) throw new InvalidEventError(`${event.type} breaks its contract: ${violation.detail}`);
    }
  }

  private envelopes(streamId: string, events: Event[], metadata: CommandMetadata): NewEvent[] {
    return events.map((event, index) => ({
      ...(metadata.idempotencyKey ? { id: idempotentEventId(streamId, metadata.idempotencyKey, index) } : {}),
      type: event.type,
      schemaVersion: this.options.schemaVersionOf?.(event) ?? 1,
      consortiumId: metadata.consortiumId,
      occurredAt: metadata.occurredAt,
      actor: metadata.actor,
      correlationId: metadata.correlationId,
      causationId: metadata.causationId ?? null,
      data: event.data,
    }));
  }

  private async firstResult(streamId: string, key: string): Promise<CommandResult | null> {
    const [first] = await this.store.eventsById([idempotentEventId(streamId, key, 0)]);
    if (!first) return null;
    const following = await this.store.readStream(streamId, { fromVersion: first.streamVersion });
    const events = following.filter((event, index) => event.id === idempotentEventId(streamId, key, index));
    const last = events.at(-1) ?? first;
    return { streamId, version: last.streamVersion, position: last.globalPosition, events };
  }

  private async maybeSnapshot(
    streamId: string,
    loaded: LoadedState<State>,
    decided: Event[],
    version: number,
  ) {
    const policy = this.options.snapshot;
    if (!policy || Math.floor(version / policy.every) === Math.floor(loaded.version / policy.every)) return;
    const state = fold(this.decider, loaded.state, decided);
    await this.store.writeSnapshot({
      streamId,
      streamVersion: version,
      stateVersion: policy.stateVersion,
      state,
    });
  }
}

const DEFAULT_RETRIES = 10;

/** A short random pause that grows with each attempt, so writers racing on one stream spread out. */
function pauseBeforeRetry(attempt: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * (attempt + 1)));
}

/** The id of the n-th event decided under an idempotency key: the same key always yields the same ids. */
export function idempotentEventId(streamId: string, key: string, index: number): string {
  return uuidv5(`${streamId}\u0000${key}\u0000${index}`);
}

function toDomainEvent<Event extends DomainEvent>(envelope: EventEnvelope): Event {
  return { type: envelope.type, data: envelope.data } as Event;
}

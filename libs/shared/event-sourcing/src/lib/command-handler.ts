import { Actor, EventContracts, EventEnvelope, NewEvent, uuidv5 } from '@mutualis/shared/contracts';
import { Decider, DomainEvent, fold } from './decider';
import { DomainError } from './domain-error';
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

/** One command of a bulk run (`handleEach`), with the key that makes it idempotent on its own. */
export interface EachCommand<Command> {
  command: Command;
  idempotencyKey?: string;
}

/** What became of one command of a bulk run: the events it decided (none: nothing to do), or its refusal. */
export type EachOutcome = { events: EventEnvelope[] } | { refused: DomainError };

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

  /**
   * Decides commands on one stream one after the other, each against the state the previous ones left, and appends
   * the events of them all in one write: bulk work (an import's rows) without loading the stream for each. A
   * command the decider refuses is reported and the others go on; a command whose key was already applied gets its
   * first events back. Any other failure fails them all, and nothing is written.
   */
  async handleEach(
    streamId: string,
    commands: EachCommand<Command>[],
    metadata: Omit<CommandMetadata, 'idempotencyKey' | 'expectedVersion'>,
  ): Promise<EachOutcome[]> {
    const outcomes: (EachOutcome | undefined)[] = await this.firstResults(streamId, commands);
    const retries = this.options.retries ?? DEFAULT_RETRIES;
    for (let attempt = 0; ; attempt++) {
      const loaded = await this.load(streamId);
      let state = loaded.state;
      const decided: { index: number; events: Event[] }[] = [];
      const envelopes: NewEvent[] = [];
      commands.forEach(({ command, idempotencyKey }, index) => {
        if (outcomes[index]) return;
        try {
          const events = this.decider.decide(command, state);
          this.checkContracts(events);
          state = fold(this.decider, state, events);
          decided.push({ index, events });
          envelopes.push(
            ...this.envelopes(streamId, events, {
              ...metadata,
              ...(idempotencyKey ? { idempotencyKey } : {}),
            }),
          );
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          decided.push({ index, events: [] });
          outcomes[index] = { refused: error };
        }
      });
      const settle = (stored: EventEnvelope[]) => {
        let next = 0;
        for (const { index, events } of decided) {
          outcomes[index] ??= { events: stored.slice(next, next + events.length) };
          next += events.length;
        }
        return outcomes as EachOutcome[];
      };
      if (envelopes.length === 0) return settle([]);
      try {
        const result = await this.store.append(streamId, envelopes, {
          expectedVersion: loaded.version === 0 ? 'no-stream' : loaded.version,
        });
        if (!result.duplicate)
          await this.maybeSnapshot(
            streamId,
            loaded,
            decided.flatMap((d) => d.events),
            result.version,
          );
        return settle(result.events);
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError) || attempt >= retries) throw error;
        decided.forEach(({ index }) => {
          if (outcomes[index] && 'refused' in outcomes[index]) outcomes[index] = undefined;
        });
        await pauseBeforeRetry(attempt);
      }
    }
  }

  /** The first results of the commands whose key was already applied to the stream, in one read. */
  private async firstResults(
    streamId: string,
    commands: EachCommand<Command>[],
  ): Promise<(EachOutcome | undefined)[]> {
    const firstIds = commands.map(({ idempotencyKey }) =>
      idempotencyKey ? idempotentEventId(streamId, idempotencyKey, 0) : null,
    );
    const ids = firstIds.filter((id): id is string => id !== null);
    const found = new Set(ids.length > 0 ? (await this.store.eventsById(ids)).map((event) => event.id) : []);
    return Promise.all(
      commands.map(async ({ idempotencyKey }, index) =>
        idempotencyKey && found.has(firstIds[index]!)
          ? { events: (await this.firstResult(streamId, idempotencyKey))!.events }
          : undefined,
      ),
    );
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

import { NewEvent, UpcasterRegistry } from '@mutualis/shared/contracts';
import { EventStore } from '@mutualis/shared/event-sourcing';

/** An adapter under the contract suite, opened on a fresh schema (or namespace) for each test. */
export interface ContractSubject {
  store: EventStore;
  /** Changes a stored event's payload behind the store's back, as someone with direct database access could. */
  tamper?(eventId: string, data: unknown): Promise<void>;
  /** Appends in a transaction that stays open until `commit()`, so later appends can commit before it. */
  beginLateAppend?(streamId: string, events: NewEvent[]): Promise<{ commit(): Promise<void> }>;
  close(): Promise<void>;
}

export interface ContractOptions {
  upcasters?: UpcasterRegistry;
}

/** What an adapter can be asked to do; a test that needs what the adapter cannot do is reported as skipped, with why. */
export interface AdapterCapabilities {
  /** Why interleaved transactions cannot be tested, when they cannot. */
  noInterleavedTransactions?: string;
  /** Why stored events cannot be altered behind the store, when they cannot. */
  noTampering?: string;
  /** Appends per writer in the 8-writer race on one stream. */
  racingAppendsPerWriter: number;
}

export type OpenSubject = (namespace: string, options?: ContractOptions) => Promise<ContractSubject>;

let counter = 0;

/** A schema name unique within the test run. */
export function freshNamespace(): string {
  counter += 1;
  return `t${process.pid}_${counter}_${Math.random().toString(36).slice(2, 8)}`;
}

export function newEvent(overrides: Partial<NewEvent> = {}): NewEvent {
  return {
    type: 'test.SomethingHappened',
    consortiumId: '0190c6a4-0000-7000-8000-0000000000aa',
    occurredAt: '2026-11-29T10:00:00+01:00',
    actor: { userId: 'agent-1', role: 'coordinator', authoritySiret: '21640102400013' },
    correlationId: 'request-1',
    data: { n: 1 },
    ...overrides,
  };
}

export function events(count: number, overrides: Partial<NewEvent> = {}): NewEvent[] {
  return Array.from({ length: count }, (_, n) => newEvent({ data: { n }, ...overrides }));
}

/** Registers before/after hooks opening a fresh subject per test; returns an accessor. */
export function useSubject(open: OpenSubject, options?: ContractOptions): () => ContractSubject {
  let subject: ContractSubject | undefined;
  beforeEach(async () => {
    subject = await open(freshNamespace(), options);
  });
  afterEach(async () => {
    await subject?.close();
    subject = undefined;
  });
  return () => subject!;
}

/**
 * Waits until every event committed so far is readable in commit order. Other test files share the PostgreSQL
 * cluster, and a transaction open there holds the read fence back for a moment: readAll alone could miss an event.
 */
export async function settled(store: EventStore): Promise<void> {
  const probe = store.subscribe(`settle-${freshNamespace()}`, async () => undefined, { pollIntervalMs: 20 });
  await probe.caughtUp();
  await probe.stop();
}

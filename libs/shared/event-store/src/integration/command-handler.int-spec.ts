import { CommandHandler, CommandMetadata, WrongExpectedVersionError } from '@mutualis/shared/event-sourcing';
import { CensusClosedError, censusDecider } from '@mutualis/shared/event-sourcing/testing';
import { useIntegrationEnvironment } from '@mutualis/shared/testing';
import { PostgresEventStore } from '../lib/postgres/postgres-event-store';

const environment = useIntegrationEnvironment();
let store: PostgresEventStore;

beforeAll(async () => {
  store = await PostgresEventStore.open({
    connectionString: environment().databaseUrl,
    schema: 'membership',
  });
});
afterAll(() => store.close());

const metadata = (overrides: Partial<CommandMetadata> = {}): CommandMetadata => ({
  consortiumId: '0190c6a4-0000-7000-8000-0000000000aa',
  actor: { userId: 'agent-7', role: 'member-buyer', authoritySiret: '21640102400013' },
  correlationId: 'request-42',
  occurredAt: '2026-11-29T11:00:00+01:00',
  ...overrides,
});
const submit = (amountCents: number) =>
  ({ type: 'SubmitNeed', memberSiret: '21640102400013', lot: 1, amountCents }) as const;

let streamCounter = 0;
const newStream = () => `census-${++streamCounter}`;

describe('CommandHandler on PostgreSQL', () => {
  const handlerOn = () => new CommandHandler(store, censusDecider);

  it('loads the stream, decides, appends with the envelope, and answers with version and position', async () => {
    const census = newStream();
    await handlerOn().handle(census, submit(1_000), metadata());
    const result = await handlerOn().handle(
      census,
      { type: 'CloseCensus' },
      metadata({ causationId: 'cmd-9' }),
    );
    expect(result).toMatchObject({ streamId: census, version: 2, position: expect.any(Number) });
    expect(result.events[0]).toMatchObject({
      type: 'census.CensusClosed',
      data: { totalCents: 1_000 },
      actor: { userId: 'agent-7', role: 'member-buyer' },
      correlationId: 'request-42',
      causationId: 'cmd-9',
      occurredAt: '2026-11-29T10:00:00.000Z',
    });
    expect((await handlerOn().load(census)).state).toEqual({
      closed: true,
      totalCents: 1_000,
      submissions: 1,
    });
  });

  it('decides commands in bulk, each on the state the previous left, in one write; repeated keys get their first events', async () => {
    const census = newStream();
    const commands = [
      { command: submit(1), idempotencyKey: 'row-1' },
      { command: submit(2), idempotencyKey: 'row-2' },
      { command: { type: 'CloseCensus' } as const, idempotencyKey: 'row-3' },
    ];
    const first = await handlerOn().handleEach(census, commands, metadata());
    expect(first.map((outcome) => ('events' in outcome ? outcome.events.map((e) => e.type) : []))).toEqual([
      ['census.NeedSubmitted'],
      ['census.NeedSubmitted'],
      ['census.CensusClosed'],
    ]);
    const events = first.flatMap((outcome) => ('events' in outcome ? outcome.events : []));
    expect(new Set(events.map((event) => event.transactionId)).size).toBe(1);
    expect(events[2]!.data).toEqual({ totalCents: 3 });
    const again = await handlerOn().handleEach(census, commands, metadata());
    expect(again).toEqual(first);
    expect((await store.streamInfo(census))?.version).toBe(3);
  });

  it('writes nothing of a bulk run when one command fails other than by a refusal', async () => {
    const census = newStream();
    const run = handlerOn().handleEach(
      census,
      [{ command: submit(1) }, { command: { type: 'CloseCensus' } }, { command: submit(2) }],
      metadata(),
    );
    await expect(run).rejects.toThrow(CensusClosedError);
    expect(await store.streamInfo(census)).toBeNull();
  });

  it('refuses with the domain error and appends nothing', async () => {
    const census = newStream();
    await handlerOn().handle(census, { type: 'CloseCensus' }, metadata());
    await expect(handlerOn().handle(census, submit(5), metadata())).rejects.toThrow(CensusClosedError);
    expect((await store.streamInfo(census))?.version).toBe(1);
  });

  it('reports an If-Match version that is not the current one, without retrying', async () => {
    const census = newStream();
    await handlerOn().handle(census, submit(1), metadata());
    await handlerOn().handle(census, submit(2), metadata());
    await expect(
      handlerOn().handle(census, submit(3), metadata({ expectedVersion: 1 })),
    ).rejects.toMatchObject({
      constructor: WrongExpectedVersionError,
      actual: 2,
    });
  });

  it('retries on a concurrent append when no version was given, so concurrent submissions all count', async () => {
    const census = newStream();
    await Promise.all(
      Array.from({ length: 10 }, (_, i) => handlerOn().handle(census, submit(100 + i), metadata())),
    );
    const { state, version } = await handlerOn().load(census);
    expect(version).toBe(10);
    expect(state.totalCents).toBe(1_045);
  });

  it('answers a repeated Idempotency-Key with the first result and appends nothing', async () => {
    const census = newStream();
    const first = await handlerOn().handle(census, submit(700), metadata({ idempotencyKey: 'key-1' }));
    const again = await handlerOn().handle(census, submit(700), metadata({ idempotencyKey: 'key-1' }));
    expect(again).toEqual(first);
    expect((await store.streamInfo(census))?.version).toBe(1);
    const other = await handlerOn().handle(census, submit(700), metadata({ idempotencyKey: 'key-2' }));
    expect(other.version).toBe(2);
  });

  it('answers a repeated key with the first result even when the command would now be refused', async () => {
    const census = newStream();
    const first = await handlerOn().handle(
      census,
      { type: 'CloseCensus' },
      metadata({ idempotencyKey: 'close' }),
    );
    expect(
      await handlerOn().handle(census, { type: 'CloseCensus' }, metadata({ idempotencyKey: 'close' })),
    ).toEqual(first);
  });

  it('keeps snapshots every N events and loads the same state from snapshot + tail as from the whole stream', async () => {
    const census = newStream();
    const snapshotting = new CommandHandler(store, censusDecider, {
      snapshot: { stateVersion: 1, every: 10 },
    });
    for (let i = 1; i <= 25; i++) await snapshotting.handle(census, submit(i), metadata());
    expect(await store.readSnapshot(census, 1)).toMatchObject({
      streamVersion: 20,
      state: { submissions: 20 },
    });
    const fromSnapshot = await snapshotting.load(census);
    const fromEvents = await handlerOn().load(census);
    expect(fromSnapshot).toEqual(fromEvents);
    expect(fromSnapshot).toEqual({ version: 25, state: { closed: false, totalCents: 325, submissions: 25 } });
  });

  it('loads the state as recorded at a date (time travel)', async () => {
    const census = newStream();
    await handlerOn().handle(census, submit(10), metadata());
    await new Promise((resolve) => setTimeout(resolve, 20));
    const before = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await handlerOn().handle(census, { type: 'CloseCensus' }, metadata());
    expect(await handlerOn().load(census, before)).toEqual({
      version: 1,
      state: { closed: false, totalCents: 10, submissions: 1 },
    });
  });
});

import { contentHash } from './content-hash';
import { EventEnvelope } from './envelope';
import { CHAIN_START, chainBreak, ChainEnd } from './stream-chain';

const STREAM = 'consortium-0190c6a4-0000-7000-8000-0000000000aa';

/** A stream of `count` events with real hashes, each chained to the previous one. */
function stream(count: number): EventEnvelope[] {
  const events: EventEnvelope[] = [];
  for (let version = 1; version <= count; version++) {
    const event: EventEnvelope = {
      id: `0190c6a4-0000-7000-8000-${String(version).padStart(12, '0')}`,
      type: 'membership.MemberAdmitted',
      schemaVersion: 1,
      streamId: STREAM,
      streamVersion: version,
      globalPosition: 100 + version,
      transactionId: 1,
      consortiumId: '0190c6a4-0000-7000-8000-0000000000aa',
      occurredAt: '2026-11-29T09:00:00.000Z',
      recordedAt: '2026-11-29T09:00:00.123Z',
      actor: { userId: 'u-1', role: 'coordinator' },
      correlationId: 'req-1',
      causationId: null,
      data: { siret: `2164010240001${version}` },
      contentHash: '',
      prevHash: events.at(-1)?.contentHash ?? null,
    };
    events.push({ ...event, contentHash: contentHash(event) });
  }
  return events;
}

const endOf = (event: EventEnvelope): ChainEnd => ({ version: event.streamVersion, hash: event.contentHash });

describe('chainBreak', () => {
  const [first, second, third] = stream(3) as [EventEnvelope, EventEnvelope, EventEnvelope];

  it('accepts each event of an intact stream at the end of the previous one', () => {
    expect(chainBreak(first, CHAIN_START)).toBeNull();
    expect(chainBreak(second, endOf(first))).toBeNull();
    expect(chainBreak(third, endOf(second))).toBeNull();
  });

  it('names a missing or reordered event as a version gap, where it is found', () => {
    expect(chainBreak(third, endOf(first))).toEqual({
      reason: 'version-gap',
      streamId: STREAM,
      streamVersion: 3,
      eventId: third.id,
      globalPosition: third.globalPosition,
      expected: '2',
      actual: '3',
    });
    expect(chainBreak(second, CHAIN_START)).toMatchObject({ reason: 'version-gap', expected: '1' });
  });

  it('names an event chained to another predecessor as a prev-hash break', () => {
    const relinked = { ...second, prevHash: 'f'.repeat(64) };
    expect(chainBreak(relinked, endOf(first))).toMatchObject({
      reason: 'prev-hash',
      expected: first.contentHash,
      actual: 'f'.repeat(64),
    });
    expect(chainBreak({ ...first, prevHash: second.contentHash }, CHAIN_START)).toMatchObject({
      reason: 'prev-hash',
      expected: 'null',
    });
  });

  it('names a changed event as a content-hash break, with the hash its stored form really has', () => {
    const changed = { ...second, data: { siret: '44306184100047' } };
    expect(chainBreak(changed, endOf(first))).toEqual(
      expect.objectContaining({
        reason: 'content-hash',
        expected: contentHash(changed),
        actual: second.contentHash,
      }),
    );
  });

  it('ignores the store-assigned positions, which a copy to another store changes', () => {
    expect(chainBreak({ ...second, globalPosition: 9, transactionId: 9 }, endOf(first))).toBeNull();
  });
});

import { EventEnvelope } from '@mutualis/shared/contracts';
import {
  CONSORTIUM,
  interleave,
  ledger,
  OTHER_CONSORTIUM,
  rehashed,
  sealingKeys,
  stream,
} from '../testing/ledger-fixtures';
import { AuditBreak, verifyLedger } from './ledger-verification';
import { LedgerEntry, nextSeal, Seal, sealHash, signSeal } from './seal';

const keys = sealingKeys();
// contract-1 v1 (10), invoice-1 v1 (20), order-1 v1 (30), contract-1 v2 (40), invoice-1 v2 (50), order-1 v2 (60),
// contract-1 v3 (70), invoice-1 v3 (80), order-1 v3 (90), contract-1 v4 (100).
const entries = ledger(interleave(stream('contract-1', 4), stream('invoice-1', 3), stream('order-1', 3)));
const at = (position: number) => entries.find((entry) => entry.position === position)!;

/** Seals taken as the ledger grew: positions 10–40, 50–70, then 80–100. */
function sealAlong(upTo: number[]): Seal[] {
  const seals: Seal[] = [];
  for (const [i, position] of upTo.entries()) {
    const seal = nextSeal({
      consortiumId: CONSORTIUM,
      previous: seals.at(-1) ?? null,
      entries: entries.filter((entry) => entry.position <= position),
      sealedAt: `2026-08-0${i + 1}T00:00:00.000Z`,
    });
    seals.push(seal!);
  }
  return seals;
}
const seals = sealAlong([40, 70, 100]);
type SignedSeal = { seal: Seal; signature: string | null };
const signed = (some: Seal[]): SignedSeal[] =>
  some.map((seal) => ({ seal, signature: signSeal(seal, keys.privateKeyPem) }));
const unsigned = (some: Seal[]): SignedSeal[] => some.map((seal) => ({ seal, signature: null }));

const firstBreak = (
  ledgerEntries: LedgerEntry[],
  sealed = unsigned(seals),
  publicKeyPem?: string,
): AuditBreak | null =>
  verifyLedger({ consortiumId: CONSORTIUM, entries: ledgerEntries, seals: sealed, publicKeyPem }).firstBreak;
const replace = (position: number, event: EventEnvelope) =>
  entries.map((entry) => (entry.position === position ? { position, event } : entry));
const without = (position: number) => entries.filter((entry) => entry.position !== position);
const moved = (moves: Record<number, number>) =>
  entries.map((entry) => ({ ...entry, position: moves[entry.position] ?? entry.position }));

describe('verifyLedger', () => {
  it('finds nothing to report in an intact, sealed and signed ledger', () => {
    expect(
      verifyLedger({
        consortiumId: CONSORTIUM,
        entries,
        seals: signed(seals),
        publicKeyPem: keys.publicKeyPem,
      }),
    ).toEqual({ ok: true, eventsChecked: 10, streamsChecked: 3, sealsChecked: 3, firstBreak: null });
  });

  it('checks entries in position order and seals in sequence order, whatever order they are given in', () => {
    const shuffled = [...entries].reverse();
    expect(firstBreak(shuffled, unsigned([seals[2]!, seals[0]!, seals[1]!]))).toBeNull();
  });

  it('checks the chains of entries received since the last seal, which no seal covers yet', () => {
    expect(firstBreak(entries, unsigned(seals.slice(0, 2)))).toBeNull();
    expect(verifyLedger({ consortiumId: CONSORTIUM, entries, seals: [] })).toMatchObject({
      ok: true,
      eventsChecked: 10,
      sealsChecked: 0,
    });
  });

  describe('names a tampered event', () => {
    it('a changed payload, as a content-hash break of the event itself', () => {
      const changed = { ...at(50).event, data: { invoice: 2, amountCents: 1 } };
      const report = verifyLedger({ consortiumId: CONSORTIUM, entries: replace(50, changed), seals: [] });
      expect(report).toMatchObject({ ok: false, eventsChecked: 5, streamsChecked: 3 });
      expect(report.firstBreak).toEqual({
        kind: 'chain',
        break: expect.objectContaining({
          reason: 'content-hash',
          streamId: 'invoice-1',
          streamVersion: 2,
          actual: at(50).event.contentHash,
        }),
      });
    });

    it('a changed and rehashed payload, as a prev-hash break of the next event of its stream', () => {
      const forged = rehashed({ ...at(50).event, data: { invoice: 2, amountCents: 1 } });
      expect(firstBreak(replace(50, forged))).toEqual({
        kind: 'chain',
        break: expect.objectContaining({ reason: 'prev-hash', streamId: 'invoice-1', streamVersion: 3 }),
      });
    });

    it("a changed and rehashed last event of a stream, as its seal's root", () => {
      const forged = rehashed({ ...at(100).event, data: { invoice: 4, amountCents: 1 } });
      expect(firstBreak(replace(100, forged))).toEqual({
        kind: 'seal-root',
        sequence: 3,
        expected: seals[2]!.merkleRoot,
        actual: expect.not.stringMatching(seals[2]!.merkleRoot),
      });
    });

    it('an event relabelled to another consortium, as a content-hash break rather than a foreign entry', () => {
      const relabelled = { ...at(20).event, consortiumId: OTHER_CONSORTIUM };
      expect(firstBreak(replace(20, relabelled))).toMatchObject({
        kind: 'chain',
        break: { reason: 'content-hash' },
      });
    });
  });

  describe('names a deleted or added event', () => {
    it('a deleted event followed by others of its stream, as a version gap', () => {
      expect(firstBreak(without(40))).toEqual({
        kind: 'chain',
        break: expect.objectContaining({
          reason: 'version-gap',
          streamId: 'contract-1',
          streamVersion: 3,
          globalPosition: 3,
          expected: '2',
          actual: '3',
        }),
      });
    });

    it("the deleted last event of a stream, as its seal's count", () => {
      expect(firstBreak(without(90))).toEqual({ kind: 'seal-count', sequence: 3, expected: 3, actual: 2 });
    });

    it("a deleted event replaced by another within the sealed range, as the seal's root", () => {
      const stranger = ledger(stream('order-2', 1)).map((entry) => ({ ...entry, position: 85 }));
      expect(firstBreak([...without(90), ...stranger])).toMatchObject({ kind: 'seal-root', sequence: 3 });
    });

    it('an event slipped in between two seals, as the count of the seal after it', () => {
      const stranger = ledger(stream('order-2', 1)).map((entry) => ({ ...entry, position: 45 }));
      expect(firstBreak([...entries, ...stranger])).toEqual({
        kind: 'seal-count',
        sequence: 2,
        expected: 3,
        actual: 4,
      });
    });
  });

  describe('names reordered events', () => {
    it('two events of one stream swapped, as a version gap', () => {
      expect(firstBreak(moved({ 40: 70, 70: 40 }))).toEqual({
        kind: 'chain',
        break: expect.objectContaining({
          reason: 'version-gap',
          streamId: 'contract-1',
          expected: '2',
          actual: '3',
        }),
      });
    });

    it("two events of different streams swapped within a sealed range, as the seal's root", () => {
      expect(firstBreak(moved({ 50: 60, 60: 50 }))).toMatchObject({ kind: 'seal-root', sequence: 2 });
    });

    it('an event moved into the range of another seal, as the counts', () => {
      expect(firstBreak(moved({ 60: 75 }))).toEqual({
        kind: 'seal-count',
        sequence: 2,
        expected: 3,
        actual: 2,
      });
    });
  });

  describe('names a tampered seal', () => {
    const altered = [{ ...seals[0]!, sealedAt: '2026-07-31T00:00:00.000Z' }, seals[1]!, seals[2]!];

    it('an altered field, as the next seal no longer chaining to it', () => {
      expect(firstBreak(entries, unsigned(altered))).toEqual({
        kind: 'seal-chain',
        sequence: 2,
        expected: sealHash(altered[0]!),
        actual: sealHash(seals[0]!),
      });
    });

    it('an altered field, as its own signature when seals are signed', () => {
      const tampered = signed(seals).map((signedSeal, i) => ({ ...signedSeal, seal: altered[i]! }));
      expect(firstBreak(entries, tampered, keys.publicKeyPem)).toEqual({
        kind: 'seal-signature',
        sequence: 1,
      });
    });

    it("an altered root, as the seal's root", () => {
      const rooted = [seals[0]!, { ...seals[1]!, merkleRoot: seals[0]!.merkleRoot }, seals[2]!];
      expect(firstBreak(entries, unsigned(rooted))).toEqual({
        kind: 'seal-root',
        sequence: 2,
        expected: seals[0]!.merkleRoot,
        actual: seals[1]!.merkleRoot,
      });
    });

    it('a removed seal, as a gap in the sequence', () => {
      expect(firstBreak(entries, unsigned([seals[0]!, seals[2]!]))).toEqual({
        kind: 'seal-chain',
        sequence: 3,
        expected: '2',
        actual: '3',
      });
      expect(firstBreak(entries, unsigned(seals.slice(1)))).toEqual({
        kind: 'seal-chain',
        sequence: 2,
        expected: '1',
        actual: '2',
      });
    });

    it('a missing signature or one by another key, when a key is given', () => {
      const sealed = signed(seals);
      const missing = sealed.map((s, i) => (i === 1 ? { ...s, signature: null } : s));
      expect(firstBreak(entries, missing, keys.publicKeyPem)).toEqual({
        kind: 'seal-signature',
        sequence: 2,
      });
      expect(firstBreak(entries, sealed, sealingKeys().publicKeyPem)).toEqual({
        kind: 'seal-signature',
        sequence: 1,
      });
      expect(firstBreak(entries, unsigned(seals))).toBeNull();
    });
  });

  it('reports a chain break before any seal break, and counts what it checked up to it', () => {
    const report = verifyLedger({
      consortiumId: CONSORTIUM,
      entries: without(40),
      seals: unsigned(seals.slice(1)),
    });
    expect(report).toMatchObject({ ok: false, eventsChecked: 6, streamsChecked: 3, sealsChecked: 0 });
    expect(report.firstBreak?.kind).toBe('chain');
  });

  it("refuses another consortium's intact entries or seals: they were handed over by mistake", () => {
    const foreign = ledger(stream('tender-9', 1, { consortiumId: OTHER_CONSORTIUM })).map((entry) => ({
      ...entry,
      position: 15,
    }));
    expect(() => firstBreak([...entries, ...foreign])).toThrow(RangeError);
    const theirs = nextSeal({
      consortiumId: OTHER_CONSORTIUM,
      previous: null,
      entries: foreign,
      sealedAt: '2026-08-01T00:00:00.000Z',
    })!;
    expect(() => firstBreak(entries, unsigned([theirs]))).toThrow(RangeError);
  });
});

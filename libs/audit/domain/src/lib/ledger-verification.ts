import { CHAIN_START, ChainBreak, chainBreak, ChainEnd } from '@mutualis/shared/contracts';
import { KeyObject } from 'node:crypto';
import { merkleRoot } from './merkle';
import { ed25519PublicKey, inPositionOrder, LedgerEntry, Seal, sealHash, verifySealWith } from './seal';

/** The first thing in a consortium's ledger that does not recompute: where its history was altered. */
export type AuditBreak =
  /** An event breaks its stream's chain (checked per stream, over the entries in position order). */
  | { kind: 'chain'; break: ChainBreak }
  /** The sealed range recomputes to another root: an event in it was changed, removed, added or reordered. */
  | { kind: 'seal-root'; sequence: number; expected: string; actual: string }
  | { kind: 'seal-count'; sequence: number; expected: number; actual: number }
  /** The seal does not follow the previous one: another previousSealHash, or a sequence gap (as strings). */
  | { kind: 'seal-chain'; sequence: number; expected: string | null; actual: string | null }
  | { kind: 'seal-signature'; sequence: number };

export interface LedgerVerification {
  ok: boolean;
  eventsChecked: number;
  streamsChecked: number;
  sealsChecked: number;
  firstBreak: AuditBreak | null;
}

/**
 * Recomputes a consortium's ledger: every stream's chain in position order, then every seal in sequence order
 * (its link to the previous seal, its signature when a key is given, then the count and root of what it covers).
 * Stops at the first break. The ledger holds whole streams, so each starts at CHAIN_START.
 */
export function verifyLedger(input: {
  consortiumId: string;
  entries: LedgerEntry[];
  seals: { seal: Seal; signature: string | null }[];
  publicKeyPem?: string;
}): LedgerVerification {
  const { consortiumId } = input;
  for (const { seal } of input.seals) {
    if (seal.consortiumId !== consortiumId) {
      throw new RangeError(
        `seal ${seal.sequence} is consortium ${seal.consortiumId}'s, not ${consortiumId}'s`,
      );
    }
  }
  const publicKey = input.publicKeyPem === undefined ? null : ed25519PublicKey(input.publicKeyPem);
  const entries = inPositionOrder(input.entries);

  const ends = new Map<string, ChainEnd>();
  let eventsChecked = 0;
  for (const { position, event } of entries) {
    const broken = chainBreak(event, ends.get(event.streamId) ?? CHAIN_START);
    eventsChecked++;
    if (broken) return failed(eventsChecked, ends.size, 0, { kind: 'chain', break: broken });
    // An intact event of another consortium was handed over by mistake; a tampered one was reported just above.
    if (event.consortiumId !== consortiumId) {
      throw new RangeError(
        `ledger entry ${position} is consortium ${event.consortiumId}'s, not ${consortiumId}'s`,
      );
    }
    ends.set(event.streamId, { version: event.streamVersion, hash: event.contentHash });
  }

  const seals = [...input.seals].sort((a, b) => a.seal.sequence - b.seal.sequence);
  let previous: Seal | null = null;
  let sealsChecked = 0;
  for (const { seal, signature } of seals) {
    sealsChecked++;
    const broken = sealBreak(seal, signature, previous, entries, publicKey);
    if (broken) return failed(eventsChecked, ends.size, sealsChecked, broken);
    previous = seal;
  }
  return { ok: true, eventsChecked, streamsChecked: ends.size, sealsChecked, firstBreak: null };
}

const failed = (
  eventsChecked: number,
  streamsChecked: number,
  sealsChecked: number,
  firstBreak: AuditBreak,
): LedgerVerification => ({ ok: false, eventsChecked, streamsChecked, sealsChecked, firstBreak });

/**
 * The break one seal makes after the previous one. The link and the signature come first: a seal that is not the
 * one chained or signed says nothing reliable about its range.
 */
function sealBreak(
  seal: Seal,
  signature: string | null,
  previous: Seal | null,
  entries: LedgerEntry[],
  publicKey: KeyObject | null,
): AuditBreak | null {
  const { sequence } = seal;
  const expectedSequence = (previous?.sequence ?? 0) + 1;
  if (sequence !== expectedSequence) {
    return { kind: 'seal-chain', sequence, expected: String(expectedSequence), actual: String(sequence) };
  }
  const expectedLink = previous ? sealHash(previous) : null;
  if (seal.previousSealHash !== expectedLink) {
    return { kind: 'seal-chain', sequence, expected: expectedLink, actual: seal.previousSealHash };
  }
  if (publicKey && (signature === null || !verifySealWith(seal, signature, publicKey))) {
    return { kind: 'seal-signature', sequence };
  }
  const covered = coveredEntries(seal, previous, entries);
  if (covered.length !== seal.eventCount) {
    return { kind: 'seal-count', sequence, expected: seal.eventCount, actual: covered.length };
  }
  const root = merkleRoot(covered.map((entry) => entry.event.contentHash));
  if (root !== seal.merkleRoot)
    return { kind: 'seal-root', sequence, expected: seal.merkleRoot, actual: root };
  return null;
}

/**
 * The entries a seal must account for: its range [fromPosition, toPosition], widened down to just after the
 * previous seal (to the start for the first), as nextSeal sealed everything received since. An entry slipped in
 * between two seals' ranges is thereby counted, and so is one sealed twice by ranges that overlap.
 */
function coveredEntries(seal: Seal, previous: Seal | null, entries: LedgerEntry[]): LedgerEntry[] {
  const lowest = previous === null ? -Infinity : Math.min(seal.fromPosition, previous.toPosition + 1);
  return entries.slice(firstAtOrAbove(entries, lowest), firstAtOrAbove(entries, seal.toPosition + 1));
}

/** Index of the first entry at or above a position, by binary search (entries are in position order). */
function firstAtOrAbove(entries: LedgerEntry[], position: number): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (entries[middle]!.position < position) low = middle + 1;
    else high = middle;
  }
  return low;
}

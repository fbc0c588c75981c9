import { createHash } from 'node:crypto';
import {
  canonicalJson,
  CHAIN_START,
  ChainBreak,
  chainBreak,
  ChainEnd,
  ConsortiumSealed,
  EventEnvelope,
} from '@mutualis/shared/contracts';
import { LedgerVerification, verifyLedger } from './ledger-verification';
import { LedgerEntry } from './seal';

export const BUNDLE_FORMAT = 'mutualis-audit-bundle';

/**
 * A consortium's audit record taken out of the database, to be verified offline: its ledger entries, the events
 * of the audit store that recorded its seals, and a manifest of what the bundle holds.
 */
export interface AuditBundle {
  manifest: {
    format: typeof BUNDLE_FORMAT;
    version: 1;
    consortiumId: string;
    exportedAt: string;
    eventCount: number;
    sealCount: number;
    /** The last seal's hash: kept elsewhere too, it shows a bundle or a database that lost its newest seals. */
    lastSealHash: string | null;
    /** sha256 of the canonical JSON of `entries` and `sealEvents`. */
    contentSha256: string;
  };
  entries: LedgerEntry[];
  sealEvents: EventEnvelope[];
}

export interface BundleVerification extends LedgerVerification {
  /** The bundle holds what its manifest says (counts, last seal, content hash). */
  manifestMatches: boolean;
  /** The audit store's record of the seals follows its own hash chain; the first break when it does not. */
  sealRecordBreak: ChainBreak | null;
}

/** The bundle of a consortium's record, as read from the database. */
export function makeBundle(input: {
  consortiumId: string;
  entries: LedgerEntry[];
  sealEvents: EventEnvelope[];
  exportedAt: string;
}): AuditBundle {
  const { consortiumId, entries, sealEvents, exportedAt } = input;
  const last = sealEvents.at(-1)?.data as ConsortiumSealed | undefined;
  return {
    manifest: {
      format: BUNDLE_FORMAT,
      version: 1,
      consortiumId,
      exportedAt,
      eventCount: entries.length,
      sealCount: sealEvents.length,
      lastSealHash: last?.sealHash ?? null,
      contentSha256: contentSha256(entries, sealEvents),
    },
    entries: [...entries],
    sealEvents: [...sealEvents],
  };
}

/**
 * Verifies a bundle with nothing but itself (and the public key of the seals, when they are signed): the manifest,
 * the seal record's own hash chain, then every event hash, stream chain and seal, naming the first mismatch.
 */
export function verifyBundle(bundle: AuditBundle, publicKeyPem?: string): BundleVerification {
  const { manifest, entries, sealEvents } = bundle;
  if (manifest?.format !== BUNDLE_FORMAT || manifest.version !== 1) {
    throw new RangeError('not a Mutualis audit bundle of version 1');
  }
  const sealed = sealEvents.map((event) => event.data as ConsortiumSealed);
  const manifestMatches =
    manifest.eventCount === entries.length &&
    manifest.sealCount === sealEvents.length &&
    manifest.lastSealHash === (sealed.at(-1)?.sealHash ?? null) &&
    manifest.contentSha256 === contentSha256(entries, sealEvents);
  const ledger = verifyLedger({
    consortiumId: manifest.consortiumId,
    entries,
    seals: sealed.map(({ sealHash: _hash, signature, ...seal }) => ({ seal, signature })),
    ...(publicKeyPem ? { publicKeyPem } : {}),
  });
  const sealRecordBreak = recordBreak(sealEvents);
  return {
    ...ledger,
    ok: ledger.ok && manifestMatches && sealRecordBreak === null,
    manifestMatches,
    sealRecordBreak,
  };
}

/** The first break in the chain of one stream's events, in version order. */
function recordBreak(events: EventEnvelope[]): ChainBreak | null {
  let end: ChainEnd = CHAIN_START;
  for (const event of events) {
    const broken = chainBreak(event, end);
    if (broken) return broken;
    end = { version: event.streamVersion, hash: event.contentHash };
  }
  return null;
}

function contentSha256(entries: LedgerEntry[], sealEvents: EventEnvelope[]): string {
  return createHash('sha256').update(canonicalJson({ entries, sealEvents })).digest('hex');
}

/**
 * The published language of the audit service (topic `mutualis.audit.events`): what its ledger found wrong in the
 * events it received, and the seals it put on each consortium's history. Instants ISO 8601 in UTC.
 */

/** A received event that does not follow its stream's hash chain: changed, missing or out of order upstream. */
export interface ChainBreakDetected {
  eventId: string;
  streamId: string;
  streamVersion: number;
  reason: 'content-hash' | 'prev-hash' | 'version-gap';
  expected: string;
  actual: string;
  /** Where the audit ledger holds the event. */
  ledgerPosition: number;
}

/** A Merkle root over the events a consortium's ledger received since its previous seal, chained to that seal. */
export interface ConsortiumSealed {
  consortiumId: string;
  /** 1, 2, 3… per consortium. */
  sequence: number;
  /** Ledger positions of the first and last sealed entries, inclusive. */
  fromPosition: number;
  toPosition: number;
  eventCount: number;
  /** RFC 6962 root over the sealed events' content hashes, in position order. */
  merkleRoot: string;
  /** The hash of the previous seal; null for the first. */
  previousSealHash: string | null;
  sealedAt: string;
  /** sha256 of the canonical JSON of the fields above. */
  sealHash: string;
  /** Ed25519 over the seal hash with the configured key, base64; null when no key is configured. */
  signature: string | null;
}

export interface AuditEventData {
  'audit.ChainBreakDetected': ChainBreakDetected;
  'audit.ConsortiumSealed': ConsortiumSealed;
}

export type AuditEventType = keyof AuditEventData;

/** The stream of a consortium's seals, and of the breaks its ledger detected. */
export const sealStream = (consortiumId: string) => `seals-${consortiumId}`;
export const alertStream = (consortiumId: string) => `ledger-alerts-${consortiumId}`;

import { createHash, createPrivateKey, createPublicKey, KeyObject, sign, verify } from 'node:crypto';
import { canonicalJson, ConsortiumSealed, EventEnvelope } from '@mutualis/shared/contracts';
import { merkleRoot } from './merkle';

/**
 * A consortium's commitment to the events its ledger received up to a position: a Merkle root over them, chained
 * to the consortium's previous seal, so that removing or changing any sealed event, or any earlier seal, shows.
 * Its fields are those the published `audit.ConsortiumSealed` event carries, less its hash and signature.
 */
export type Seal = Omit<ConsortiumSealed, 'sealHash' | 'signature'>;

/**
 * An event as the audit ledger received it. The ledger is shared by consortia, so one consortium's positions
 * increase strictly but skip the others'.
 */
export interface LedgerEntry {
  position: number;
  event: EventEnvelope;
}

/** SHA-256 (hex) of the seal's canonical JSON: what the next seal chains to and what a signature signs. */
export function sealHash(seal: Seal): string {
  // Only the Seal's own fields: a seal read back with extra columns must hash the same.
  const fields: Seal = {
    consortiumId: seal.consortiumId,
    sequence: seal.sequence,
    fromPosition: seal.fromPosition,
    toPosition: seal.toPosition,
    eventCount: seal.eventCount,
    merkleRoot: seal.merkleRoot,
    previousSealHash: seal.previousSealHash,
    sealedAt: seal.sealedAt,
  };
  return createHash('sha256').update(canonicalJson(fields), 'utf8').digest('hex');
}

/** Ed25519 signature (base64) over the 32 bytes of the seal's hash. */
export function signSeal(seal: Seal, privateKeyPem: string): string {
  const key = ed25519(createPrivateKey(privateKeyPem));
  return sign(null, Buffer.from(sealHash(seal), 'hex'), key).toString('base64');
}

/** Whether the signature is the key's Ed25519 signature of this seal; a malformed signature is simply not. */
export function verifySealSignature(seal: Seal, signature: string, publicKeyPem: string): boolean {
  return verifySealWith(seal, signature, ed25519PublicKey(publicKeyPem));
}

/** The Ed25519 public key of a PEM (a private key's PEM gives its public half). */
export function ed25519PublicKey(publicKeyPem: string): KeyObject {
  return ed25519(createPublicKey(publicKeyPem));
}

/** verifySealSignature with a key parsed once, for checking many seals. */
export function verifySealWith(seal: Seal, signature: string, publicKey: KeyObject): boolean {
  const bytes = Buffer.from(signature, 'base64');
  // Buffer skips characters that are not base64: only the one canonical spelling of the signature counts.
  if (bytes.length !== 64 || bytes.toString('base64') !== signature) return false;
  return verify(null, Buffer.from(sealHash(seal), 'hex'), publicKey, bytes);
}

/**
 * The consortium's next seal over the entries received after the previous seal (all of them for the first
 * seal), or null when there are none. Time comes in with the call: the domain reads no clock.
 */
export function nextSeal(input: {
  consortiumId: string;
  previous: Seal | null;
  entries: LedgerEntry[];
  sealedAt: string;
}): Seal | null {
  const { consortiumId, previous, sealedAt } = input;
  if (previous && previous.consortiumId !== consortiumId) {
    throw new RangeError(
      `seal ${previous.sequence} is consortium ${previous.consortiumId}'s, not ${consortiumId}'s`,
    );
  }
  if (Number.isNaN(Date.parse(sealedAt))) throw new RangeError(`sealedAt is not an ISO instant: ${sealedAt}`);
  for (const { position, event } of input.entries) {
    if (event.consortiumId !== consortiumId) {
      throw new RangeError(
        `ledger entry ${position} is consortium ${event.consortiumId}'s, not ${consortiumId}'s`,
      );
    }
  }
  const entries = inPositionOrder(input.entries).filter(
    (entry) => previous === null || entry.position > previous.toPosition,
  );
  if (entries.length === 0) return null;
  return {
    consortiumId,
    sequence: (previous?.sequence ?? 0) + 1,
    fromPosition: entries[0]!.position,
    toPosition: entries.at(-1)!.position,
    eventCount: entries.length,
    merkleRoot: merkleRoot(entries.map((entry) => entry.event.contentHash)),
    previousSealHash: previous ? sealHash(previous) : null,
    sealedAt,
  };
}

/** A copy of the entries in position order; two entries at one position are not a ledger. */
export function inPositionOrder(entries: LedgerEntry[]): LedgerEntry[] {
  for (const { position } of entries) {
    if (!Number.isSafeInteger(position))
      throw new RangeError(`ledger position ${position} is not an integer`);
  }
  const ordered = [...entries].sort((a, b) => a.position - b.position);
  for (let i = 1; i < ordered.length; i++) {
    if (ordered[i - 1]!.position === ordered[i]!.position) {
      throw new RangeError(`two ledger entries at position ${ordered[i]!.position}`);
    }
  }
  return ordered;
}

function ed25519(key: KeyObject): KeyObject {
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new RangeError(`seals are signed with Ed25519, not ${key.asymmetricKeyType ?? 'a secret key'}`);
  }
  return key;
}

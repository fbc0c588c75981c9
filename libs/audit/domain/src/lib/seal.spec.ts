import { canonicalJson } from '@mutualis/shared/contracts';
import { createHash, generateKeyPairSync } from 'node:crypto';
import {
  CONSORTIUM,
  interleave,
  ledger,
  OTHER_CONSORTIUM,
  sealingKeys,
  stream,
} from '../testing/ledger-fixtures';
import { merkleRoot } from './merkle';
import {
  inPositionOrder,
  LedgerEntry,
  nextSeal,
  Seal,
  sealHash,
  signSeal,
  verifySealSignature,
} from './seal';

const entries = ledger(interleave(stream('contract-1', 3), stream('invoice-1', 2)));
const hashes = (some: LedgerEntry[]) => some.map((entry) => entry.event.contentHash);
const first = nextSeal({
  consortiumId: CONSORTIUM,
  previous: null,
  entries,
  sealedAt: '2026-08-01T00:00:00.000Z',
})!;
const keys = sealingKeys();

describe('nextSeal', () => {
  it('seals every entry of a consortium that has no seal yet', () => {
    expect(first).toEqual({
      consortiumId: CONSORTIUM,
      sequence: 1,
      fromPosition: 10,
      toPosition: 50,
      eventCount: 5,
      merkleRoot: merkleRoot(hashes(entries)),
      previousSealHash: null,
      sealedAt: '2026-08-01T00:00:00.000Z',
    });
  });

  it('seals in position order, whatever order the entries come in', () => {
    const shuffled = [entries[3]!, entries[0]!, entries[4]!, entries[2]!, entries[1]!];
    expect(
      nextSeal({ consortiumId: CONSORTIUM, previous: null, entries: shuffled, sealedAt: first.sealedAt }),
    ).toEqual(first);
  });

  it('seals what came after the previous seal, chained to it, from the first new position', () => {
    const later = [
      ...entries,
      ...ledger(stream('contract-2', 2)).map((entry) => ({ ...entry, position: 70 + entry.position })),
    ];
    const second = nextSeal({
      consortiumId: CONSORTIUM,
      previous: first,
      entries: later,
      sealedAt: '2026-08-02T00:00:00.000Z',
    });
    expect(second).toEqual({
      consortiumId: CONSORTIUM,
      sequence: 2,
      fromPosition: 80,
      toPosition: 90,
      eventCount: 2,
      merkleRoot: merkleRoot(hashes(later.slice(5))),
      previousSealHash: sealHash(first),
      sealedAt: '2026-08-02T00:00:00.000Z',
    });
  });

  it('makes no seal when nothing came since the previous one', () => {
    expect(
      nextSeal({ consortiumId: CONSORTIUM, previous: first, entries, sealedAt: first.sealedAt }),
    ).toBeNull();
    expect(
      nextSeal({ consortiumId: CONSORTIUM, previous: null, entries: [], sealedAt: first.sealedAt }),
    ).toBeNull();
  });

  it("refuses another consortium's entries or previous seal", () => {
    const foreign = ledger(stream('tender-9', 1, { consortiumId: OTHER_CONSORTIUM }));
    expect(() =>
      nextSeal({
        consortiumId: CONSORTIUM,
        previous: null,
        entries: [...entries, ...foreign.map((e) => ({ ...e, position: 55 }))],
        sealedAt: first.sealedAt,
      }),
    ).toThrow(RangeError);
    expect(() =>
      nextSeal({ consortiumId: OTHER_CONSORTIUM, previous: first, entries: [], sealedAt: first.sealedAt }),
    ).toThrow(RangeError);
  });

  it('refuses two entries at one position and a time that is no instant', () => {
    const twice = [...entries, { ...entries[0]!, event: entries[1]!.event }];
    expect(() =>
      nextSeal({ consortiumId: CONSORTIUM, previous: null, entries: twice, sealedAt: first.sealedAt }),
    ).toThrow(RangeError);
    expect(() =>
      nextSeal({ consortiumId: CONSORTIUM, previous: null, entries, sealedAt: 'tomorrow' }),
    ).toThrow(RangeError);
  });
});

describe('inPositionOrder', () => {
  it('refuses a position that is not an integer', () => {
    expect(() => inPositionOrder([{ ...entries[0]!, position: Number.NaN }])).toThrow(RangeError);
  });
});

describe('sealHash', () => {
  it("is the SHA-256 of the seal's canonical JSON", () => {
    expect(sealHash(first)).toBe(createHash('sha256').update(canonicalJson(first)).digest('hex'));
  });

  it('covers every field of the seal, and only those', () => {
    const base = sealHash(first);
    expect(sealHash({ ...first, sealedAt: '2026-08-01T00:00:00.001Z' })).not.toBe(base);
    expect(sealHash({ ...first, toPosition: 51 })).not.toBe(base);
    expect(sealHash({ ...first, previousSealHash: 'a'.repeat(64) })).not.toBe(base);
    expect(sealHash({ ...first, id: 42 } as Seal)).toBe(base);
  });
});

describe('signSeal', () => {
  it('gives an Ed25519 signature that verifies with the public key', () => {
    const signature = signSeal(first, keys.privateKeyPem);
    expect(Buffer.from(signature, 'base64')).toHaveLength(64);
    expect(verifySealSignature(first, signature, keys.publicKeyPem)).toBe(true);
  });

  it('does not verify for an altered seal, another key or a damaged signature', () => {
    const signature = signSeal(first, keys.privateKeyPem);
    expect(verifySealSignature({ ...first, eventCount: 4 }, signature, keys.publicKeyPem)).toBe(false);
    expect(verifySealSignature(first, signature, sealingKeys().publicKeyPem)).toBe(false);
    const damaged = (signature[0] === 'A' ? 'B' : 'A') + signature.slice(1);
    expect(verifySealSignature(first, damaged, keys.publicKeyPem)).toBe(false);
    expect(
      verifySealSignature(first, `${signature.slice(0, 40)}!${signature.slice(40)}`, keys.publicKeyPem),
    ).toBe(false);
    expect(verifySealSignature(first, '', keys.publicKeyPem)).toBe(false);
  });

  it('refuses keys that are not Ed25519', () => {
    const rsa = generateKeyPairSync('rsa', {
      modulusLength: 1024,
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    });
    expect(() => signSeal(first, rsa.privateKey)).toThrow(RangeError);
    expect(() => verifySealSignature(first, signSeal(first, keys.privateKeyPem), rsa.publicKey)).toThrow(
      RangeError,
    );
  });
});

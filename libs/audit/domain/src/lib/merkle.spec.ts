import { createHash } from 'node:crypto';
import { inclusionProof, leafHash, merkleRoot, verifyInclusion } from './merkle';

// The expected trees are spelled out by hand from RFC 6962's definitions, independently of the code under test.
const sha256 = (...hex: string[]) =>
  createHash('sha256')
    .update(Buffer.from(hex.join(''), 'hex'))
    .digest('hex');
const L = (contentHash: string) => sha256('00', contentHash);
const N = (left: string, right: string) => sha256('01', left, right);
/** Content hashes of eight distinct events. */
const c = Array.from({ length: 8 }, (_, i) => createHash('sha256').update(`event ${i}`).digest('hex'));
const first = (n: number) => c.slice(0, n);
const flip = (hex: string) => (hex[0] === '0' ? '1' : '0') + hex.slice(1);

describe('merkleRoot', () => {
  it('of no event is the hash of the empty input', () => {
    expect(merkleRoot([])).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('of one event is its leaf hash, under the 0x00 prefix', () => {
    expect(leafHash(c[0]!)).toBe(L(c[0]!));
    expect(merkleRoot(first(1))).toBe(L(c[0]!));
  });

  it('joins two leaves under the 0x01 prefix', () => {
    expect(merkleRoot(first(2))).toBe(N(L(c[0]!), L(c[1]!)));
  });

  it('splits at the largest power of two below the size, so the left subtree is full (3, 5 and 8 leaves)', () => {
    const [a, b, d, e, f, g, h, i] = c.map(L) as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    expect(merkleRoot(first(3))).toBe(N(N(a, b), d));
    expect(merkleRoot(first(5))).toBe(N(N(N(a, b), N(d, e)), f));
    expect(merkleRoot(first(8))).toBe(N(N(N(a, b), N(d, e)), N(N(f, g), N(h, i))));
  });

  it('depends on the order of the events', () => {
    expect(merkleRoot([c[1]!, c[0]!])).not.toBe(merkleRoot(first(2)));
  });

  it('refuses what is not a SHA-256 hex digest', () => {
    expect(() => merkleRoot(['abc'])).toThrow(RangeError);
    expect(() => merkleRoot([`${c[0]!.slice(0, 63)}g`])).toThrow(RangeError);
    expect(() => leafHash(`${c[0]!}00`)).toThrow(RangeError);
  });
});

describe('inclusionProof', () => {
  it('gives the siblings from the leaf up to the root (RFC 6962 PATH)', () => {
    const [a, b, d, e, f] = c.map(L) as [string, string, string, string, string];
    expect(inclusionProof(first(5), 4)).toEqual({ leafIndex: 4, treeSize: 5, path: [N(N(a, b), N(d, e))] });
    expect(inclusionProof(first(5), 2).path).toEqual([e, N(a, b), f]);
    expect(inclusionProof(first(3), 2).path).toEqual([N(a, b)]);
    expect(inclusionProof(first(1), 0).path).toEqual([]);
  });

  it('refuses a leaf outside the tree', () => {
    expect(() => inclusionProof(first(3), 3)).toThrow(RangeError);
    expect(() => inclusionProof(first(3), -1)).toThrow(RangeError);
    expect(() => inclusionProof([], 0)).toThrow(RangeError);
  });
});

describe('verifyInclusion', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('verifies the proof of every leaf of a tree of %i', (size) => {
    const root = merkleRoot(first(size));
    for (let index = 0; index < size; index++) {
      expect(verifyInclusion(c[index]!, inclusionProof(first(size), index), root)).toBe(true);
    }
  });

  it('fails for a tampered leaf, path, index, size or root', () => {
    const proof = inclusionProof(first(5), 2);
    const root = merkleRoot(first(5));
    expect(verifyInclusion(c[3]!, proof, root)).toBe(false);
    expect(verifyInclusion(flip(c[2]!), proof, root)).toBe(false);
    expect(
      verifyInclusion(c[2]!, { ...proof, path: [flip(proof.path[0]!), ...proof.path.slice(1)] }, root),
    ).toBe(false);
    expect(verifyInclusion(c[2]!, { ...proof, leafIndex: 3 }, root)).toBe(false);
    // A size whose tree has another shape; the root, not the proof, is what binds the size exactly.
    expect(verifyInclusion(c[2]!, { ...proof, treeSize: 4 }, root)).toBe(false);
    expect(verifyInclusion(c[2]!, proof, flip(root))).toBe(false);
  });

  it('fails for a path of the wrong length, even one that hashes to the root', () => {
    const proof = inclusionProof(first(5), 2);
    const root = merkleRoot(first(5));
    expect(verifyInclusion(c[2]!, { ...proof, path: proof.path.slice(0, 2) }, root)).toBe(false);
    expect(verifyInclusion(c[2]!, { ...proof, path: [...proof.path, proof.path[0]!] }, root)).toBe(false);
    // Leaf 4 of 5 proven as a leaf of a 1-leaf tree would claim the subtree root is an event.
    expect(verifyInclusion(c[4]!, { leafIndex: 0, treeSize: 1, path: [] }, merkleRoot(first(1)))).toBe(false);
  });

  it('fails for an index outside the tree', () => {
    const root = merkleRoot(first(2));
    expect(verifyInclusion(c[0]!, { leafIndex: 2, treeSize: 2, path: [L(c[1]!)] }, root)).toBe(false);
    expect(verifyInclusion(c[0]!, { leafIndex: -1, treeSize: 2, path: [L(c[1]!)] }, root)).toBe(false);
    expect(verifyInclusion(c[0]!, { leafIndex: 0.5, treeSize: 2, path: [L(c[1]!)] }, root)).toBe(false);
  });

  it('refuses malformed hex rather than answering about it', () => {
    const proof = inclusionProof(first(2), 0);
    const root = merkleRoot(first(2));
    expect(() => verifyInclusion('zz', proof, root)).toThrow(RangeError);
    expect(() => verifyInclusion(c[0]!, { ...proof, path: ['00'] }, root)).toThrow(RangeError);
    expect(() => verifyInclusion(c[0]!, proof, 'not a root')).toThrow(RangeError);
  });
});

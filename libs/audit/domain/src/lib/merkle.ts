import { createHash } from 'node:crypto';

// RFC 6962 §2.1: leaves and interior nodes hash under different prefixes, so no interior node can be passed off
// as a leaf (the second-preimage attack on plain Merkle trees).
const LEAF_PREFIX = Buffer.from([0x00]);
const NODE_PREFIX = Buffer.from([0x01]);
const SHA256_HEX = /^[0-9a-fA-F]{64}$/;

/** Where an inclusion proof says a leaf is, and the sibling hashes (hex) from that leaf up to the root. */
export interface InclusionProof {
  leafIndex: number;
  treeSize: number;
  path: string[];
}

/** The RFC 6962 leaf hash of an event's content hash: sha256(0x00 || the 32 bytes the hex stands for), hex. */
export function leafHash(contentHash: string): string {
  return leaf(digestBytes(contentHash, 'content hash')).toString('hex');
}

/** The RFC 6962 Merkle tree hash (MTH) of content hashes in ledger order; an empty tree hashes the empty input. */
export function merkleRoot(contentHashes: string[]): string {
  if (contentHashes.length === 0) return sha256().toString('hex');
  return treeHash(leaves(contentHashes), 0, contentHashes.length).toString('hex');
}

/** The RFC 6962 audit path (PATH) of one leaf: what proves it is in the tree without handing over the tree. */
export function inclusionProof(contentHashes: string[], leafIndex: number): InclusionProof {
  if (!Number.isInteger(leafIndex) || leafIndex < 0 || leafIndex >= contentHashes.length) {
    throw new RangeError(`leaf ${leafIndex} is not in a tree of ${contentHashes.length}`);
  }
  const path: Buffer[] = [];
  auditPath(leaves(contentHashes), leafIndex, 0, contentHashes.length, path);
  return { leafIndex, treeSize: contentHashes.length, path: path.map((hash) => hash.toString('hex')) };
}

/**
 * Whether the proof leads from this content hash to the root (RFC 9162 §2.1.3.2, the algorithm that also checks
 * the path has exactly the tree's shape). A proof that does not fit its tree is false; malformed hex throws.
 */
export function verifyInclusion(contentHash: string, proof: InclusionProof, root: string): boolean {
  let hash = leaf(digestBytes(contentHash, 'content hash'));
  const path = proof.path.map((sibling) => digestBytes(sibling, 'proof hash'));
  const expected = digestBytes(root, 'root');
  const { leafIndex, treeSize } = proof;
  if (!Number.isSafeInteger(leafIndex) || !Number.isSafeInteger(treeSize)) return false;
  if (leafIndex < 0 || leafIndex >= treeSize) return false;
  // Division, not bit shifts: shifts would cut the indices to 32 bits.
  let index = leafIndex;
  let last = treeSize - 1;
  for (const sibling of path) {
    if (last === 0) return false;
    if (index % 2 === 1 || index === last) {
      hash = node(sibling, hash);
      while (index % 2 === 0 && index !== 0) {
        index /= 2;
        last = Math.floor(last / 2);
      }
    } else {
      hash = node(hash, sibling);
    }
    index = Math.floor(index / 2);
    last = Math.floor(last / 2);
  }
  return last === 0 && hash.equals(expected);
}

/** The bytes of a SHA-256 hex digest; anything else is a caller's mistake, not data to hash. */
function digestBytes(hex: string, what: string): Buffer {
  if (typeof hex !== 'string' || !SHA256_HEX.test(hex)) {
    throw new RangeError(`${what} is not a SHA-256 hex digest: ${JSON.stringify(hex)}`);
  }
  return Buffer.from(hex, 'hex');
}

function sha256(...parts: Buffer[]): Buffer {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest();
}

const leaf = (contentHash: Buffer): Buffer => sha256(LEAF_PREFIX, contentHash);
const node = (left: Buffer, right: Buffer): Buffer => sha256(NODE_PREFIX, left, right);
const leaves = (contentHashes: string[]): Buffer[] =>
  contentHashes.map((hash) => leaf(digestBytes(hash, 'content hash')));

/** RFC 6962 splits n > 1 leaves at the largest power of two below n: the left subtree is always full. */
function split(size: number): number {
  let k = 1;
  while (k * 2 < size) k *= 2;
  return k;
}

/** MTH of leaves[from, to), to > from. */
function treeHash(hashes: Buffer[], from: number, to: number): Buffer {
  if (to - from === 1) return hashes[from]!;
  const middle = from + split(to - from);
  return node(treeHash(hashes, from, middle), treeHash(hashes, middle, to));
}

/** PATH of leaves[index] within leaves[from, to), appended leaf-side first. */
function auditPath(hashes: Buffer[], index: number, from: number, to: number, path: Buffer[]): void {
  if (to - from === 1) return;
  const middle = from + split(to - from);
  if (index < middle) {
    auditPath(hashes, index, from, middle, path);
    path.push(treeHash(hashes, middle, to));
  } else {
    auditPath(hashes, index, middle, to, path);
    path.push(treeHash(hashes, from, middle));
  }
}

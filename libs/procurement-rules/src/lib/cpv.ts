import cpvList from './data/cpv-2008.json';

/** A code of the CPV 2008 main vocabulary (Regulation (EC) No 213/2008), with its French label. */
export interface CpvCode {
  /** `NNNNNNNN-C`: the 8 digits and the check digit, as the official list writes it. */
  code: string;
  /** The 8 digits without the check digit, as DECP stores them. */
  code8: string;
  label: string;
}

/** The rows scripts/generate-data.js writes, one per code of the official list. */
type CpvRow = readonly [code8: string, checkDigit: string, label: string];

// The check-digit algorithm is not published, so the list is the only authority on codes and their check digits.
const CPV_BY_CODE8: ReadonlyMap<string, CpvCode> = new Map(
  (cpvList as unknown as readonly CpvRow[]).map(([code8, checkDigit, label]) => [
    code8,
    { code: `${code8}-${checkDigit}`, code8, label },
  ]),
);

/** The CPV code written `NNNNNNNN` or `NNNNNNNN-C` (rule S2): null unless in the official list, check digit included. */
export function findCpv(input: string): CpvCode | null {
  const match = /^([0-9]{8})(?:-([0-9]))?$/.exec(input);
  if (!match) return null;
  const [, code8, checkDigit] = match;
  const cpv = CPV_BY_CODE8.get(code8!);
  if (!cpv) return null;
  if (checkDigit !== undefined && cpv.code !== `${code8}-${checkDigit}`) return null;
  return cpv;
}

/** The nearest listed ancestor of a listed CPV code, or null for a division (`XX000000`) or an unknown code. */
export function cpvParent(code8OrFull: string): CpvCode | null {
  const cpv = findCpv(code8OrFull);
  if (!cpv) return null;
  let candidate = cpv.code8;
  // The code is a tree by position (division 2 digits, group, class, category, then 3 refining digits). Some levels
  // are missing from the list (30192121 has no 30192120), so the walk goes on past them to the next listed code.
  for (;;) {
    const last = lastSignificantDigit(candidate);
    if (last < 2) return null;
    candidate = `${candidate.slice(0, last)}0${candidate.slice(last + 1)}`;
    const parent = CPV_BY_CODE8.get(candidate);
    if (parent) return parent;
  }
}

/** The listed ancestors of a listed CPV code, nearest first, up to its division; empty for a division or unknown code. */
export function cpvAncestors(code8OrFull: string): CpvCode[] {
  const ancestors: CpvCode[] = [];
  for (let parent = cpvParent(code8OrFull); parent; parent = cpvParent(parent.code8)) ancestors.push(parent);
  return ancestors;
}

/** The index of the rightmost non-zero digit of an 8-digit code, or -1 if there is none. */
function lastSignificantDigit(code8: string): number {
  for (let i = code8.length - 1; i >= 0; i--) if (code8[i] !== '0') return i;
  return -1;
}

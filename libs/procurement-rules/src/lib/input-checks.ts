// Guards shared by the rule modules: a malformed argument is a programming error (RangeError), never a rule breach.
import { isCivilDate } from './calendar';

/** An amount in integer euro cents, or a count: a non-negative safe integer. */
export function requireWhole(name: string, value: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative integer, got ${String(value)}`);
  }
  return value;
}

/** A civil date 'YYYY-MM-DD'. */
export function requireDate(name: string, value: string): string {
  if (typeof value !== 'string' || !isCivilDate(value)) {
    throw new RangeError(`${name} must be a civil date YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  return value;
}

/** Integer euros as cents, so that the tables read like the texts. */
export function euros(amount: number): number {
  return amount * 100;
}

/** `part × 100 ≤ whole × percent`, exactly: cents times a percentage can leave the safe integers. */
export function withinPercent(part: number, whole: number, percent: number): boolean {
  return BigInt(part) * 100n <= BigInt(whole) * BigInt(percent);
}

/** ⌊whole × percent / 100⌋: the largest integer amount within `percent` of `whole`. */
export function percentOf(whole: number, percent: number): number {
  return Number((BigInt(whole) * BigInt(percent)) / 100n);
}

/** ⌈whole × percent / 100⌉: the smallest integer amount that reaches `percent` of `whole`. */
export function percentOfRoundedUp(whole: number, percent: number): number {
  return Number((BigInt(whole) * BigInt(percent) + 99n) / 100n);
}

/** A percentage from 0 to 100, decimals allowed (a rate, a share). */
export function requirePercent(name: string, value: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 100) {
    throw new RangeError(`${name} must be a percentage from 0 to 100, got ${String(value)}`);
  }
  return value;
}

/** A BigInt result back as a number: RangeError beyond Number.MAX_SAFE_INTEGER rather than a rounded amount. */
export function safeNumber(name: string, value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(`${name} exceeds Number.MAX_SAFE_INTEGER: ${value}`);
  }
  return Number(value);
}

/** `numerator / denominator` rounded half up (0.5 cent → 1 cent), both non-negative, the denominator positive. */
export function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  return (numerator * 2n + denominator) / (denominator * 2n);
}

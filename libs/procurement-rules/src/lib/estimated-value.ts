/**
 * Rule T1 (domain-rules §2.4, §11): the estimated value of a groupement's needs. R2121-1 counts the total HT amount of
 * the contracts envisaged, options, reconductions and all lots included; candidates bid on the aggregated need of all
 * members, so the procedure and the publicity follow from this sum, never from one member's share.
 * Money is integer euro cents HT.
 */

/** How long the needs run: the initial period, then `renewals` reconductions of `monthsPerRenewal` months each. */
export interface NeedsDuration {
  initialMonths: number;
  renewals: number;
  monthsPerRenewal: number;
}

/** One member's yearly need on one lot, in cents HT: the firm part and the options. */
export interface MemberNeed {
  memberSiret: string;
  lot: number;
  annualCents: number;
  optionsAnnualCents: number;
}

/** The estimated value per lot (sorted by lot) and in total, in cents HT, over the whole duration. */
export interface EstimatedValue {
  totalCents: number;
  perLot: { lot: number; cents: number; members: number }[];
  wholeDurationMonths: number;
}

const MONTHS_PER_YEAR = 12n;
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Rule T1 (R2121-1): the estimated value of all members' needs, per lot and in total, over the whole duration with
 * options and renewals.
 * Each lot's value is Σ (annualCents + optionsAnnualCents) × wholeDurationMonths / 12 over its needs, computed exactly
 * and rounded up to the cent once, so that it is never below the true value; the total is the sum of the lots.
 * Several needs of one member on one lot add up. Members are told apart by SIRET (spaces ignored, not checked).
 * Throws RangeError for a negative or non-integer amount, month count, renewal count or lot number, for an initial
 * period of zero months, and for a value beyond Number.MAX_SAFE_INTEGER.
 */
export function estimatedValue(duration: NeedsDuration, needs: MemberNeed[]): EstimatedValue {
  const initialMonths = count('initialMonths', duration.initialMonths);
  if (initialMonths === 0n) throw new RangeError('initialMonths must be at least 1, got 0');
  const wholeMonths =
    initialMonths +
    count('renewals', duration.renewals) * count('monthsPerRenewal', duration.monthsPerRenewal);
  const wholeDurationMonths = safeNumber('wholeDurationMonths', wholeMonths);

  const lots = new Map<number, { twelfths: bigint; members: Set<string> }>();
  needs.forEach((need, index) => {
    const lot = Number(count(`needs[${index}].lot`, need.lot));
    const yearly =
      count(`needs[${index}].annualCents`, need.annualCents) +
      count(`needs[${index}].optionsAnnualCents`, need.optionsAnnualCents);
    const entry = lots.get(lot) ?? { twelfths: 0n, members: new Set<string>() };
    // Cents × months is the value in twelfths of a cent: summed exactly, divided once per lot.
    entry.twelfths += yearly * wholeMonths;
    entry.members.add(String(need.memberSiret).replace(/ /g, ''));
    lots.set(lot, entry);
  });

  let total = 0n;
  const perLot = [...lots.entries()]
    .sort(([a], [b]) => a - b)
    .map(([lot, { twelfths, members }]) => {
      const cents = ceilDiv(twelfths, MONTHS_PER_YEAR);
      total += cents;
      return { lot, cents: safeNumber(`the estimated value of lot ${lot}`, cents), members: members.size };
    });
  return { totalCents: safeNumber('the total estimated value', total), perLot, wholeDurationMonths };
}

/**
 * Rule T1 (R2121-1): the value over the whole duration, reconductions included, of a need valued over its initial
 * period: `initialPeriodCents` × (initialMonths + renewals × monthsPerRenewal) / initialMonths, rounded up to the cent
 * so that it is never below the true value. Throws RangeError as `estimatedValue` does.
 */
export function valueOverWholeDuration(initialPeriodCents: number, duration: NeedsDuration): number {
  const initialMonths = count('initialMonths', duration.initialMonths);
  if (initialMonths === 0n) throw new RangeError('initialMonths must be at least 1, got 0');
  const wholeMonths =
    initialMonths +
    count('renewals', duration.renewals) * count('monthsPerRenewal', duration.monthsPerRenewal);
  const cents = ceilDiv(count('initialPeriodCents', initialPeriodCents) * wholeMonths, initialMonths);
  return safeNumber('the value over the whole duration', cents);
}

/** A non-negative safe integer, as a bigint; RangeError otherwise. */
function count(name: string, value: number): bigint {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative integer, got ${String(value)}`);
  }
  return BigInt(value);
}

function safeNumber(name: string, value: bigint): number {
  if (value > MAX_SAFE) throw new RangeError(`${name} exceeds Number.MAX_SAFE_INTEGER: ${value}`);
  return Number(value);
}

/** ⌈a / b⌉ for a ≥ 0 and b > 0. */
function ceilDiv(a: bigint, b: bigint): bigint {
  return (a + b - 1n) / b;
}

/**
 * Rule C4 (domain-rules §6.2): the délai global de paiement and what a late payment costs the buyer: intérêts
 * moratoires at the ECB main refinancing rate + 8 points, and the indemnité forfaitaire pour frais de recouvrement of
 * 40 €. Both are due without any request from the holder. Amounts are integer euro cents TTC (the invoice as paid).
 */
import { addDays, compareDates, daysBetween } from './calendar';
import { divideHalfUp, requireDate, requireWhole, safeNumber } from './input-checks';
import type { RuleBreach } from './rule-breach';

/** Who pays: a collectivité or its EP, the State or its EP, a public health establishment, a public undertaking. */
export type PayingBuyer = 'collectivite' | 'state' | 'hospital' | 'public-undertaking';

/** The délai global de paiement in days: R2192-10 (State, collectivités, their EPs), R2192-11 (the others). */
export const PAYMENT_PERIOD_DAYS: Readonly<Record<PayingBuyer, number>> = Object.freeze({
  collectivite: 30,
  state: 30,
  hospital: 50,
  'public-undertaking': 60,
});

/** The indemnité forfaitaire pour frais de recouvrement, once per late invoice (D2192-35: article UNCONFIRMED). */
export const LATE_PAYMENT_INDEMNITY_CENTS = 4_000;

// The late-payment rate is the ECB rate + 8 percentage points (R2192-31: article UNCONFIRMED, value confirmed).
const LATE_PAYMENT_MARGIN_BASIS_POINTS = 800;
// R2192-36: interest and indemnity are paid within 45 days of the principal.
const LATE_PAYMENT_PAY_BY_DAYS = 45;
// Interest is prorated on a 365-day year, leap years included.
const DAYS_PER_YEAR = 365n;

/**
 * The last day of the délai global de paiement: `receivedOn` + the buyer's period. `receivedOn` is the day the
 * payment request was received (R2192-12), or the day the services were performed when the request arrived before
 * them or its date is uncertain (R2192-13): the caller picks it.
 */
export function paymentDueOn(receivedOn: string, buyer: PayingBuyer): string {
  requireDate('receivedOn', receivedOn);
  if (!Object.hasOwn(PAYMENT_PERIOD_DAYS, buyer)) throw new RangeError(`unknown buyer: ${String(buyer)}`);
  return addDays(receivedOn, PAYMENT_PERIOD_DAYS[buyer]);
}

/** The ECB rate on the main refinancing operations from `from` (the day the decision took effect). */
export interface EcbRatePeriod {
  from: string;
  basisPoints: number;
  source: string;
}

// Source: ECB, "Key ECB interest rates", main refinancing operations (fixed rate tenders), with effect from the
// dates below; `source` names the Governing Council's decision. A new decision is appended, never edited in: a late
// payment computed on a period must replay unchanged. Values after mid-2025 are UNCONFIRMED here: the last decision
// is taken to stay in force until one is appended.
const rate = (from: string, basisPoints: number, decidedOn: string): EcbRatePeriod =>
  Object.freeze({ from, basisPoints, source: `ECB monetary policy decision of ${decidedOn}` });

/** The ECB main refinancing rate decisions, oldest first, each in force until the next one. */
export const ECB_MAIN_REFINANCING_RATES: readonly EcbRatePeriod[] = Object.freeze([
  // 0 % since March 2016: the rate of every half-year up to the second half of 2022.
  rate('2016-03-16', 0, '2016-03-10'),
  rate('2022-07-27', 50, '2022-07-21'),
  rate('2022-09-14', 125, '2022-09-08'),
  rate('2022-11-02', 200, '2022-10-27'),
  rate('2022-12-21', 250, '2022-12-15'),
  rate('2023-02-08', 300, '2023-02-02'),
  rate('2023-03-22', 350, '2023-03-16'),
  rate('2023-05-10', 375, '2023-05-04'),
  rate('2023-06-21', 400, '2023-06-15'),
  rate('2023-08-02', 425, '2023-07-27'),
  rate('2023-09-20', 450, '2023-09-14'),
  rate('2024-06-12', 425, '2024-06-06'),
  rate('2024-09-18', 365, '2024-09-12'),
  rate('2024-10-23', 340, '2024-10-17'),
  rate('2024-12-18', 315, '2024-12-12'),
  rate('2025-02-05', 290, '2025-01-30'),
  rate('2025-03-12', 265, '2025-03-06'),
  rate('2025-04-23', 240, '2025-04-17'),
  rate('2025-06-11', 215, '2025-06-05'),
]);

/**
 * The day the table was last updated, checked against the ECB's list of decisions: it is known complete up to that
 * day. A decision that took effect after it may be missing, so the rate of a half-year that begins after it is not
 * known (see `ecbRateStatusOn`). Update it with every entry appended or every check that finds none to append.
 */
export const ECB_MAIN_REFINANCING_RATES_UPDATED_ON = '2025-06-11';

/** Whether the rate of the half-year of `today` is known: the day it is fixed on is covered by the table. */
export interface EcbRateStatus {
  /** 1 January or 1 July: the day whose rate applies to interest that begins to run in this half-year. */
  halfYearStartsOn: string;
  tableUpdatedOn: string;
  /** False when the half-year began after the table's last update: the rate in force then is not known. */
  known: boolean;
  /** The last decision of the table on that day, which `latePayment` uses, known or not. */
  rate: EcbRatePeriod;
}

/** Rule C4's rate for interest beginning to run on `today`: known, or to be checked and appended to the table. */
export function ecbRateStatusOn(today: string): EcbRateStatus {
  requireDate('today', today);
  const halfYearStartsOn = `${today.slice(0, 4)}-${Number(today.slice(5, 7)) <= 6 ? '01' : '07'}-01`;
  return {
    halfYearStartsOn,
    tableUpdatedOn: ECB_MAIN_REFINANCING_RATES_UPDATED_ON,
    known: compareDates(halfYearStartsOn, ECB_MAIN_REFINANCING_RATES_UPDATED_ON) <= 0,
    rate: ecbRateOn(halfYearStartsOn),
  };
}

/** The decision in force on `date`; RangeError before the first one. */
export function ecbRateOn(date: string): EcbRatePeriod {
  requireDate('date', date);
  const inForce = ECB_MAIN_REFINANCING_RATES.filter(({ from }) => compareDates(from, date) <= 0).at(-1);
  if (!inForce) {
    throw new RangeError(
      `no ECB rate is known on ${date}: the table starts on ${ECB_MAIN_REFINANCING_RATES[0]!.from}`,
    );
  }
  return inForce;
}

export interface LatePayment {
  /** The last day of the délai global de paiement. */
  dueOn: string;
  /** Days of interest, from the day after `dueOn` to the payment day included. */
  daysLate: number;
  ecbRateBasisPoints: number;
  /** The ECB rate + 800. */
  rateBasisPoints: number;
  /** 1 January or 1 July of the half-year in which interest began to run: the day whose ECB rate applies. */
  rateFixedOn: string;
  interestCents: number;
  indemnityCents: number;
  totalCents: number;
  /** The last day to pay interest and indemnity: 45 days after the principal. */
  payBy: string;
}

/**
 * Rule C4: null when `paidOn` is within the délai global de paiement, else the intérêts moratoires and the
 * indemnity. The rate is fixed once, for the whole delay, on the first day of the half-year in which interest began
 * to run (the text reads "the most recent operation before" that day; no decision took effect on a 1 January or
 * 1 July). Interest = amount × rate × days / 365, exact, rounded half up to the cent. For an unpaid invoice, pass
 * today as `paidOn`: the result is the interest accrued so far (and `payBy` then follows from that day).
 */
export function latePayment(input: {
  amountCentsTTC: number;
  receivedOn: string;
  buyer: PayingBuyer;
  paidOn: string;
}): LatePayment | null {
  return latePaymentAfter({
    amountCentsTTC: input.amountCentsTTC,
    dueOn: paymentDueOn(input.receivedOn, input.buyer),
    paidOn: input.paidOn,
  });
}

/**
 * Rule C4 from the last day of the délai as recorded (`dueOn`): the délai of the buyer that placed the order, or
 * the new délai opened after an interruption (R2192-29). Same computation as `latePayment`.
 */
export function latePaymentAfter(input: {
  amountCentsTTC: number;
  dueOn: string;
  paidOn: string;
}): LatePayment | null {
  const amountCentsTTC = requireWhole('amountCentsTTC', input.amountCentsTTC);
  const paidOn = requireDate('paidOn', input.paidOn);
  const dueOn = requireDate('dueOn', input.dueOn);
  if (compareDates(paidOn, dueOn) <= 0) return null;

  const daysLate = daysBetween(dueOn, paidOn);
  const interestFrom = addDays(dueOn, 1);
  const rateFixedOn = `${interestFrom.slice(0, 4)}-${Number(interestFrom.slice(5, 7)) <= 6 ? '01' : '07'}-01`;
  const ecbRateBasisPoints = ecbRateOn(rateFixedOn).basisPoints;
  const rateBasisPoints = ecbRateBasisPoints + LATE_PAYMENT_MARGIN_BASIS_POINTS;
  const interestCents = safeNumber(
    'interestCents',
    divideHalfUp(
      BigInt(amountCentsTTC) * BigInt(rateBasisPoints) * BigInt(daysLate),
      10_000n * DAYS_PER_YEAR,
    ),
  );
  return {
    dueOn,
    daysLate,
    ecbRateBasisPoints,
    rateBasisPoints,
    rateFixedOn,
    interestCents,
    indemnityCents: LATE_PAYMENT_INDEMNITY_CENTS,
    totalCents: safeNumber('totalCents', BigInt(interestCents) + BigInt(LATE_PAYMENT_INDEMNITY_CENTS)),
    payBy: addDays(paidOn, LATE_PAYMENT_PAY_BY_DAYS),
  };
}

/** The new délai opened once the missing documents arrive after an interruption: at least 30 days (R2192-29). */
export const NEW_PAYMENT_PERIOD_MIN_DAYS = 30;

/**
 * Rules R2192-27 to R2192-29 of the Code de la commande publique: when a payment request lacks documents or
 * mentions the law or the contract require, or they are wrong or inconsistent, the buyer may interrupt the délai
 * global de paiement once, by a notification to the holder stating the reasons and the documents to provide
 * (R2192-27, R2192-28). On receipt of all of them a new délai opens: 30 days, or what was left to run on the day the
 * notification was received if that is more (R2192-29). Null when the interruption is lawful, else the breach.
 */
export function checkPaymentInterruption(input: {
  dueOn: string;
  interruptedOn: string;
  alreadyInterrupted: boolean;
}): RuleBreach | null {
  const dueOn = requireDate('dueOn', input.dueOn);
  const interruptedOn = requireDate('interruptedOn', input.interruptedOn);
  if (input.alreadyInterrupted) {
    return {
      rule: 'payment-period-interrupted-once',
      legalReference: 'R2192-27',
      message: 'the délai global de paiement may be interrupted only once',
      values: { dueOn, interruptedOn },
    };
  }
  if (compareDates(interruptedOn, dueOn) > 0) {
    return {
      rule: 'payment-period-already-run',
      legalReference: 'R2192-27',
      message: `the délai global de paiement ran out on ${dueOn}: it can no longer be interrupted on ${interruptedOn}`,
      values: { dueOn, interruptedOn },
    };
  }
  return null;
}

/**
 * R2192-29: the last day of the new délai opened on `completedOn`, when the holder's missing documents arrived: 30
 * days, or the days that were left on `interruptedOn` (dueOn − interruptedOn) when more.
 */
export function paymentDueAfterInterruption(input: {
  dueOn: string;
  interruptedOn: string;
  completedOn: string;
}): { dueOn: string; remainingDays: number; days: number } {
  const dueOn = requireDate('dueOn', input.dueOn);
  const interruptedOn = requireDate('interruptedOn', input.interruptedOn);
  const completedOn = requireDate('completedOn', input.completedOn);
  const remainingDays = Math.max(0, daysBetween(interruptedOn, dueOn));
  const days = Math.max(NEW_PAYMENT_PERIOD_MIN_DAYS, remainingDays);
  return { dueOn: addDays(completedOn, days), remainingDays, days };
}

/**
 * Rules T6, T14 and T15 (domain-rules §4): minimum time limits for candidatures and offers, the standstill before
 * signature and the award notice. Calendar days on civil dates 'YYYY-MM-DD', counted from the day a notice or an
 * invitation is sent. These limits have not changed since the code of 2019, so they are constants, not dated tables.
 */
import { addDays, compareDates, daysBetween } from './calendar';
import { requireDate } from './input-checks';
import type { ProcedureKind } from './procedure';
import type { RuleBreach } from './rule-breach';

/** The step of a procedure a time limit applies to; `mapa` has none. */
export type TimeLimitProcedure =
  | 'open'
  | 'restricted-candidatures'
  | 'restricted-offers'
  | 'negotiated-offers'
  | 'mapa';

export interface TimeLimitConditions {
  procedure: TimeLimitProcedure;
  /** Candidatures and offers are, or can be, sent electronically. */
  electronic: boolean;
  /** A prior information notice, not used as the call for competition, was sent 35 days to 12 months before the notice, with the same information. */
  pin: boolean;
  /** A duly justified urgency makes the normal limit impossible to respect. */
  urgency: boolean;
}

/** The minimum number of days, or null when there is none (MAPA: a "délai raisonnable"), and its article. */
export interface TimeLimit {
  days: number | null;
  legalReference: string;
}

interface Limit {
  days: number;
  legalReference: string;
}

interface Reductions {
  normal: Limit;
  electronic?: Limit;
  pin?: Limit;
  urgency?: Limit;
}

// domain-rules §4 and rule T6. R2161-7 and R2161-14 set the 30 days that R2161-8 and R2161-15 reduce (the
// reductions' text refers to them; domain-rules names only the reductions), items 1° PIN, 2° electronic, 3° urgency.
const TIME_LIMITS: Record<Exclude<TimeLimitProcedure, 'mapa'>, Reductions> = {
  open: {
    normal: { days: 35, legalReference: 'R2161-2' },
    electronic: { days: 30, legalReference: 'R2161-3 2°' },
    pin: { days: 15, legalReference: 'R2161-3' },
    urgency: { days: 15, legalReference: 'R2161-3' },
  },
  'restricted-candidatures': {
    normal: { days: 30, legalReference: 'R2161-6' },
    urgency: { days: 15, legalReference: 'R2161-6' },
  },
  'restricted-offers': {
    normal: { days: 30, legalReference: 'R2161-7' },
    pin: { days: 10, legalReference: 'R2161-8 1°' },
    electronic: { days: 25, legalReference: 'R2161-8 2°' },
    urgency: { days: 10, legalReference: 'R2161-8 3°' },
  },
  'negotiated-offers': {
    normal: { days: 30, legalReference: 'R2161-14' },
    pin: { days: 10, legalReference: 'R2161-15 1°' },
    electronic: { days: 25, legalReference: 'R2161-15 2°' },
    urgency: { days: 10, legalReference: 'R2161-15 3°' },
  },
};

// MAPA: no minimum, a delay adapted to the complexity (R2123-4), judged from publication (CE 5/08/2009 n°307117).
const MAPA_TIME_LIMIT: TimeLimit = { days: null, legalReference: 'R2123-4' };

/** Rule T6: the shortest time limit the conditions allow (the reductions do not add up: the lowest applies). */
export function minimumTimeLimit(conditions: TimeLimitConditions): TimeLimit {
  if (conditions.procedure === 'mapa') return { ...MAPA_TIME_LIMIT };
  const reductions = TIME_LIMITS[conditions.procedure];
  if (!reductions) throw new RangeError(`unknown procedure step: ${String(conditions.procedure)}`);
  const applicable = [
    reductions.normal,
    conditions.electronic ? reductions.electronic : undefined,
    conditions.pin ? reductions.pin : undefined,
    conditions.urgency ? reductions.urgency : undefined,
  ].filter((limit): limit is Limit => limit !== undefined);
  const shortest = applicable.reduce((a, b) => (b.days < a.days ? b : a));
  return { ...shortest };
}

export interface DeadlineCheck extends TimeLimitConditions {
  /** The day the notice (or, for offers after a selection, the invitation) was sent. */
  noticeSentOn: string;
  /** The last day for receipt. */
  deadline: string;
}

/** Rule T6: null when the deadline leaves at least the minimum time limit, else the breach. */
export function checkDeadline(check: DeadlineCheck): RuleBreach | null {
  const noticeSentOn = requireDate('noticeSentOn', check.noticeSentOn);
  const deadline = requireDate('deadline', check.deadline);
  const { days: minimumDays, legalReference } = minimumTimeLimit(check);
  if (minimumDays === null) return null;
  const actualDays = daysBetween(noticeSentOn, deadline);
  if (actualDays >= minimumDays) return null;
  const earliestDeadline = addDays(noticeSentOn, minimumDays);
  return {
    rule: 'deadline-too-short',
    legalReference,
    message: `the deadline ${deadline} leaves ${actualDays} days after ${noticeSentOn}, under the minimum of ${minimumDays}: ${earliestDeadline} at the earliest`,
    values: { minimumDays, actualDays, earliestDeadline },
  };
}

const STANDSTILL_DAYS = { electronic: 11, other: 16 } as const;

/** Rule T14 (R2182-1): the first day the contract may be signed: notices + 11 days if sent electronically, else + 16. */
export function standstillEndsOn(rejectionNoticesSentOn: string, electronic: boolean): string {
  requireDate('rejectionNoticesSentOn', rejectionNoticesSentOn);
  // Date à date (CE 2/08/2011 n°347526): notices sent on the 1st allow a signature on the 12th.
  return addDays(rejectionNoticesSentOn, electronic ? STANDSTILL_DAYS.electronic : STANDSTILL_DAYS.other);
}

export interface SignatureCheck {
  procedure: ProcedureKind;
  rejectionNoticesSentOn: string;
  /** The rejection notices were sent electronically. */
  electronic: boolean;
  signedOn: string;
}

/** Rule T14 (R2182-1): null when the signature respects the standstill (MAPA and dispense have none), else the breach. */
export function checkSignature(check: SignatureCheck): RuleBreach | null {
  const signedOn = requireDate('signedOn', check.signedOn);
  const earliestSignature = standstillEndsOn(check.rejectionNoticesSentOn, check.electronic);
  // The standstill binds formalised procedures only (CE 17/12/2014 n°385033 for MAPA).
  if (check.procedure !== 'formalised') return null;
  if (compareDates(signedOn, earliestSignature) >= 0) return null;
  const standstillDays = check.electronic ? STANDSTILL_DAYS.electronic : STANDSTILL_DAYS.other;
  const actualDays = daysBetween(check.rejectionNoticesSentOn, signedOn);
  return {
    rule: 'standstill-not-observed',
    legalReference: 'R2182-1',
    message: `signed on ${signedOn}, ${actualDays} days after the rejection notices, before the ${standstillDays}-day standstill ends: ${earliestSignature} at the earliest`,
    values: {
      standstillDays,
      actualDays,
      rejectionNoticesSentOn: check.rejectionNoticesSentOn,
      signedOn,
      earliestSignature,
    },
  };
}

const AWARD_NOTICE_DAYS = 30;

/** Rule T15 (R2183-1): the last day to send the award notice of a contract at or above the EU threshold. */
export function awardNoticeDueBy(signedOn: string): string {
  return addDays(requireDate('signedOn', signedOn), AWARD_NOTICE_DAYS);
}

/**
 * Rule C7 (domain-rules §6.5): delay penalties under the 2021 CCAGs (arrêtés of 30/03/2021, in force 1/04/2021).
 * Unless the CCAP derogates, their total is capped at 10 % of the amount HT of the marché or of the late bon de
 * commande, the holder is exonerated while the contract's total does not exceed 1 000 € HT, and the buyer invites the holder's observations, within 15 days, before applying them. Weekends
 * and public holidays are not deducted from the days late. Amounts are integer euro cents HT.
 */
import { addDays, compareDates } from './calendar';
import { euros, percentOf, requireDate, requireWhole, safeNumber } from './input-checks';
import type { RuleBreach } from './rule-breach';

/** The CCAG a contract refers to, or none; the names of the DECP field `ccag`. */
export type Ccag = 'FCS' | 'TIC' | 'PI' | 'MI' | 'MOE' | 'Travaux' | 'none';

/** The labels of the DECP field `ccag` (domain-rules §6.5). */
export const CCAG_LABELS: Readonly<Record<Ccag, string>> = Object.freeze({
  FCS: 'Fournitures courantes et services',
  TIC: "Techniques de l'information et de la communication",
  PI: 'Prestations intellectuelles',
  MI: 'Marchés industriels',
  MOE: "Maitrise d'œuvre",
  Travaux: 'Travaux',
  none: 'Pas de CCAG',
});

/** The days the holder has to send observations before penalties are applied. */
export const PENALTY_OBSERVATION_DAYS = 15;

// The daily penalty is V / divisor per day late: FCS and TIC 1/1000; PI, MI, MOE and Travaux 1/3000.
const DAILY_DIVISOR: Readonly<Record<Exclude<Ccag, 'none'>, bigint>> = {
  FCS: 1_000n,
  TIC: 1_000n,
  PI: 3_000n,
  MI: 3_000n,
  MOE: 3_000n,
  Travaux: 3_000n,
};
// FCS 14.1.2, PI 14.1.2, TIC 14.1.2, Travaux 19.2.2, MOE 16.2.2, MI 15.2.
const PENALTY_CAP_PERCENT = 10;
// The CCAGs exonerate the holder of penalties whose total "ne dépasse pas 1 000 € HT" for the whole contract:
// exactly 1 000 € is not due, 1 000,01 € is (domain-rules §6.5 and C7).
const EXONERATION_UP_TO_CENTS = euros(1_000);

/**
 * The delay penalty under a 2021 CCAG: V × days / 1000 (FCS, TIC) or / 3000 (PI, MI, MOE, Travaux), rounded down to
 * the cent. V is the value HT of the late services (for Travaux, the contract amount).
 */
export function delayPenaltyCents(input: {
  ccag: Exclude<Ccag, 'none'>;
  valueCentsHT: number;
  daysLate: number;
}): number {
  if (!Object.hasOwn(DAILY_DIVISOR, input.ccag)) {
    throw new RangeError(`no delay penalty formula for CCAG ${String(input.ccag)}`);
  }
  const valueCentsHT = requireWhole('valueCentsHT', input.valueCentsHT);
  const daysLate = requireWhole('daysLate', input.daysLate);
  return safeNumber(
    'the delay penalty',
    (BigInt(valueCentsHT) * BigInt(daysLate)) / DAILY_DIVISOR[input.ccag],
  );
}

/** The penalties for one late bon de commande of an accord-cadre, capped at 10 % of that order's amount HT. */
export interface OrderPenalties {
  orderAmountCentsHT: number;
  penaltiesCents: number[];
}

/**
 * Rule C7: what is due of a contract's penalties. With a 2021 CCAG and no derogation, nothing is due while the
 * contract's total does not exceed 1 000 € HT ("ne dépasse pas": exactly 1 000 € is waived, judged on the total of
 * every penalty before any cap); above it, the penalties on the marché itself (`penaltiesCents`) are capped at
 * ⌊10 % of the contract amount HT⌋ (`capCents`) and those on each late bon de commande of an accord-cadre
 * (`orders`) at ⌊10 % of that order's amount HT⌋, never on the framework's maximum. With no CCAG or a derogating
 * CCAP, the total is due as is (`capCents` null).
 */
export function penaltiesDue(input: {
  ccag: Ccag;
  derogation: boolean;
  contractAmountCentsHT: number;
  penaltiesCents: number[];
  orders?: OrderPenalties[];
}): { totalCents: number; dueCents: number; capCents: number | null; capped: boolean; exonerated: boolean } {
  if (!Object.hasOwn(CCAG_LABELS, input.ccag)) throw new RangeError(`unknown CCAG: ${String(input.ccag)}`);
  const contractAmountCentsHT = requireWhole('contractAmountCentsHT', input.contractAmountCentsHT);
  const sum = (what: string, penaltiesCents: number[]) =>
    penaltiesCents.reduce(
      (total, cents, index) => total + BigInt(requireWhole(`${what}[${index}]`, cents)),
      0n,
    );
  const onContract = sum('penaltiesCents', input.penaltiesCents);
  const orders = (input.orders ?? []).map((order, index) => ({
    amountCentsHT: requireWhole(`orders[${index}].orderAmountCentsHT`, order.orderAmountCentsHT),
    totalCents: sum(`orders[${index}].penaltiesCents`, order.penaltiesCents),
  }));
  const totalCents = safeNumber(
    'the total of the penalties',
    orders.reduce((total, order) => total + order.totalCents, onContract),
  );
  if (input.ccag === 'none' || input.derogation) {
    return { totalCents, dueCents: totalCents, capCents: null, capped: false, exonerated: false };
  }
  const capCents = percentOf(contractAmountCentsHT, PENALTY_CAP_PERCENT);
  const exonerated = totalCents <= EXONERATION_UP_TO_CENTS;
  if (exonerated) return { totalCents, dueCents: 0, capCents, capped: false, exonerated };
  // Each base keeps what is due on it: the lesser of its penalties and 10 % of its amount.
  const parts = [
    { totalCents: onContract, capCents: BigInt(capCents) },
    ...orders.map((order) => ({
      totalCents: order.totalCents,
      capCents: BigInt(percentOf(order.amountCentsHT, PENALTY_CAP_PERCENT)),
    })),
  ];
  // `capped`: a cap, not the total, is due on at least one base.
  const capped = parts.some((part) => part.totalCents > part.capCents);
  const dueCents = safeNumber(
    'the penalties due',
    parts.reduce(
      (due, part) => due + (part.totalCents > part.capCents ? part.capCents : part.totalCents),
      0n,
    ),
  );
  return { totalCents, dueCents, capCents, capped, exonerated };
}

/**
 * Rule C7: null when the holder was invited to send observations and either the 15 days have run (counted from the
 * day after the invitation, to the end of the last day: applied from invitedOn + 16) or observations were received
 * between the invitation and the day of application; else the breach. The article
 * differs between the CCAGs (FCS, TIC, PI 14.1.1; MI 15.1.1; Travaux 19.2.4; MOE 16.2.4), so the reference is
 * 'CCAG 2021'. A CCAP may derogate: the caller does not call this check then.
 */
export function checkPenaltyApplication(input: {
  invitedOn: string | null;
  appliedOn: string;
  observationsReceivedOn?: string | null;
}): RuleBreach | null {
  const appliedOn = requireDate('appliedOn', input.appliedOn);
  const observationsReceivedOn =
    input.observationsReceivedOn == null
      ? null
      : requireDate('observationsReceivedOn', input.observationsReceivedOn);
  if (input.invitedOn === null) {
    return {
      rule: 'penalty-observations-not-invited',
      legalReference: 'CCAG 2021',
      message: `penalties applied on ${appliedOn} without inviting the holder's observations`,
      values: { appliedOn },
    };
  }
  const invitedOn = requireDate('invitedOn', input.invitedOn);
  const periodEndsOn = addDays(invitedOn, PENALTY_OBSERVATION_DAYS);
  const periodRan = compareDates(appliedOn, periodEndsOn) > 0;
  const answered =
    observationsReceivedOn !== null &&
    compareDates(invitedOn, observationsReceivedOn) <= 0 &&
    compareDates(observationsReceivedOn, appliedOn) <= 0;
  if (periodRan || answered) return null;
  return {
    rule: 'penalty-observation-period-running',
    legalReference: 'CCAG 2021',
    message: `penalties applied on ${appliedOn}, before the ${PENALTY_OBSERVATION_DAYS} days given on ${invitedOn} for observations have run and without them: the day after ${periodEndsOn} at the earliest`,
    values: { invitedOn, appliedOn, periodEndsOn, observationsReceivedOn },
  };
}

/**
 * Rules T2, T3, T4 and T5 (domain-rules §2): which procedure and which publicity an estimated value calls for, and
 * which lots of a formalised operation may still follow MAPA. Every answer reads the threshold table in force on the
 * launch date. The value is the whole operation's (rule T1, `estimatedValue`), never a member's share.
 */
import { requireDate, requireWhole, percentOf, withinPercent } from './input-checks';
import type { RuleBreach } from './rule-breach';
import { type BuyerCategory, type ContractNature, type ThresholdValues, thresholdsOn } from './thresholds';

export type ProcedureKind = 'dispense' | 'mapa' | 'formalised';
export type Publicity = 'none' | 'free' | 'boamp-or-jal' | 'boamp-and-joue';

export interface ProcedureQuestion {
  /** The operation's estimated value in cents HT: all members, lots, options and renewals (T1). */
  estimatedCents: number;
  nature: ContractNature;
  buyer: BuyerCategory;
  /** The consultation's launch date: it selects the threshold table. */
  launchedOn: string;
  /** An innovative purchase (R2122-9-1): dispensed up to its own threshold. */
  innovative?: boolean;
  /**
   * Social and other specific services of the CCP's annex (R2123-1 3°): services only; a MAPA up to their own EU
   * threshold (750 000 € HT, 1 000 000 € for utilities) instead of the ordinary services threshold.
   */
  specificServices?: boolean;
}

export interface ProcedureDecision {
  procedure: ProcedureKind;
  publicity: Publicity;
  /** The threshold that decided: the dispense threshold the value is under, or the EU threshold it is under (MAPA) or reaches. */
  thresholdCents: number;
  /** The articles for the procedure, then for the publicity. */
  legalReference: string;
  /** The id (`from`) of the threshold table applied. */
  table: string;
}

/** Rules T2, T3, T5: the procedure and publicity an estimated value calls for on the launch date. */
export function determineProcedure(question: ProcedureQuestion): ProcedureDecision {
  const estimatedCents = requireWhole('estimatedCents', question.estimatedCents);
  const { from: table, values } = thresholdsOn(requireDate('launchedOn', question.launchedOn));
  const specific = question.specificServices === true;
  if (specific && question.nature !== 'services') {
    throw new RangeError(`only services can be social and other specific services, not ${question.nature}`);
  }
  const euCents = specific
    ? values.socialServicesEuCents[question.buyer === 'utility' ? 'utility' : 'classic']
    : euThreshold(values, question.buyer, question.nature);

  if (estimatedCents >= euCents) {
    return {
      procedure: 'formalised',
      publicity: 'boamp-and-joue',
      thresholdCents: euCents,
      legalReference: 'L2124-1, R2131-16',
      table,
    };
  }
  const dispenseCents =
    question.nature === 'works'
      ? values.dispenseBelowCents.works
      : values.dispenseBelowCents.suppliesServices;
  if (estimatedCents < dispenseCents) {
    return {
      procedure: 'dispense',
      publicity: 'none',
      thresholdCents: dispenseCents,
      legalReference: 'R2122-8',
      table,
    };
  }
  // Checked second: for works the ordinary dispense is as high, and it is the one a buyer would rather cite.
  const innovativeCents = values.dispenseBelowCents.innovative;
  if (question.innovative === true && estimatedCents < innovativeCents) {
    return {
      procedure: 'dispense',
      publicity: 'none',
      thresholdCents: innovativeCents,
      legalReference: 'R2122-9-1',
      table,
    };
  }
  const free = estimatedCents < values.publicity.freeBelowCents;
  const ground = specific ? 'R2123-1 3°' : 'R2123-1 1°';
  return {
    procedure: 'mapa',
    publicity: free ? 'free' : values.publicity.mapaNotice,
    thresholdCents: euCents,
    legalReference: free ? `${ground}, R2131-12 1°` : `${ground}, R2131-12 2°`,
    table,
  };
}

/** One lot of an operation, and whether the buyer means to award it by MAPA as a "petit lot". */
export interface LotPlan {
  lot: number;
  estimatedCents: number;
  mapa: boolean;
}

export interface SmallLotsQuestion {
  nature: ContractNature;
  buyer: BuyerCategory;
  launchedOn: string;
  /** Every lot of the operation: their sum is the operation's estimated value (R2121-1). */
  lots: LotPlan[];
}

/** Rule T4 (R2123-1 2°): the breaches of the lots awarded by MAPA inside a formalised operation; [] when allowed. */
export function checkSmallLots(question: SmallLotsQuestion): RuleBreach[] {
  const { from: table, values } = thresholdsOn(requireDate('launchedOn', question.launchedOn));
  const lots = question.lots.map((plan, index) => ({
    ...plan,
    lot: requireWhole(`lots[${index}].lot`, plan.lot),
    estimatedCents: requireWhole(`lots[${index}].estimatedCents`, plan.estimatedCents),
  }));
  const allLotsCents = sum(lots.map((plan) => plan.estimatedCents));
  // Below the EU threshold the whole operation is a MAPA: no lot needs the exception.
  if (allLotsCents < euThreshold(values, question.buyer, question.nature)) return [];

  const { smallLots } = values;
  const capCents =
    question.nature === 'works' ? smallLots.worksBelowCents : smallLots.suppliesServicesBelowCents;
  const mapaLots = lots.filter((plan) => plan.mapa);
  const breaches: RuleBreach[] = mapaLots
    .filter((plan) => plan.estimatedCents >= capCents)
    .map((plan) => ({
      rule: 'small-lot-too-large',
      legalReference: 'R2123-1 2°',
      message: `lot ${plan.lot} (${plan.estimatedCents} cents HT) is not under ${capCents} cents HT: it cannot follow MAPA inside a formalised operation`,
      values: { lot: plan.lot, estimatedCents: plan.estimatedCents, capCents, table },
    }));

  const smallLotsCents = sum(mapaLots.map((plan) => plan.estimatedCents));
  if (!withinPercent(smallLotsCents, allLotsCents, smallLots.maxSharePercent)) {
    breaches.push({
      rule: 'small-lots-share-exceeded',
      legalReference: 'R2123-1 2°',
      message: `the lots awarded by MAPA total ${smallLotsCents} cents HT, over ${smallLots.maxSharePercent} % of all lots (${allLotsCents} cents HT)`,
      values: {
        lots: mapaLots.map((plan) => plan.lot),
        smallLotsCents,
        allLotsCents,
        maxSharePercent: smallLots.maxSharePercent,
        maxSmallLotsCents: percentOf(allLotsCents, smallLots.maxSharePercent),
        table,
      },
    });
  }
  return breaches;
}

function euThreshold(values: ThresholdValues, buyer: BuyerCategory, nature: ContractNature): number {
  const cents = values.euCents[buyer]?.[nature];
  if (cents === undefined) throw new RangeError(`unknown buyer category or nature: ${buyer}, ${nature}`);
  return cents;
}

function sum(amounts: number[]): number {
  const total = amounts.reduce((a, b) => a + b, 0);
  if (!Number.isSafeInteger(total)) throw new RangeError(`the lots' total exceeds Number.MAX_SAFE_INTEGER`);
  return total;
}

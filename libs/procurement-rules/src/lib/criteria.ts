/**
 * Rules T10 and T11 (domain-rules §2.2, §5): award criteria, and the minimum turnover a buyer may require of
 * candidates. Both changed by date (21/08/2026, 1/1/2026), so both read the threshold table in force on the launch
 * date.
 */
import { requireDate, requireWhole, percentOf, withinPercent } from './input-checks';
import type { ProcedureKind } from './procedure';
import type { RuleBreach } from './rule-breach';
import { thresholdsOn } from './thresholds';

export type CriterionKind = 'price' | 'cost' | 'quality' | 'environmental' | 'social' | 'other';

export interface AwardCriterion {
  name: string;
  weightPercent: number;
  kind: CriterionKind;
  /**
   * A criterion of another kind that takes account of the offer's environmental characteristics, typically a
   * life-cycle cost: from 21/08/2026 it is how a single cost criterion meets L2152-7.
   */
  environmental?: boolean;
}

export interface CriteriaCheck {
  procedure: ProcedureKind;
  launchedOn: string;
  criteria: AwardCriterion[];
}

// Weights may carry decimals (33.33 + 33.33 + 33.34): their float sum is compared with this tolerance.
const WEIGHT_TOLERANCE = 1e-9;

/** Rule T10 (R2152-12, R2152-7, L2152-7): the breaches of a procedure's award criteria; [] when they are lawful. */
export function checkCriteria(check: CriteriaCheck): RuleBreach[] {
  const { from: table, values } = thresholdsOn(requireDate('launchedOn', check.launchedOn));
  check.criteria.forEach(({ weightPercent }, index) => {
    if (typeof weightPercent !== 'number' || !Number.isFinite(weightPercent) || weightPercent < 0) {
      throw new RangeError(
        `criteria[${index}].weightPercent must be a number ≥ 0, got ${String(weightPercent)}`,
      );
    }
  });
  // A dispense has no competition, hence no award criteria to check.
  if (check.procedure === 'dispense') return [];

  const breaches: RuleBreach[] = [];
  const formalised = check.procedure === 'formalised';
  if (formalised) {
    // R2152-12's fallback (criteria by decreasing importance when weighting is impossible) is UNCONFIRMED: not offered.
    const totalPercent = check.criteria.reduce((total, criterion) => total + criterion.weightPercent, 0);
    if (Math.abs(totalPercent - 100) > WEIGHT_TOLERANCE) {
      breaches.push({
        rule: 'criteria-weights-not-100',
        legalReference: 'R2152-12',
        message: `the criteria of a formalised procedure are weighted to 100 %, these total ${totalPercent} %`,
        values: { totalPercent },
      });
    }
  }
  // A criterion weighted 0 in a formalised procedure decides nothing: it cannot make the environmental criterion
  // or break a price-only award.
  const counted = formalised
    ? check.criteria.filter((criterion) => criterion.weightPercent > 0)
    : check.criteria;
  const kinds = counted.map((criterion) => criterion.kind);

  if (!kinds.includes('price') && !kinds.includes('cost')) {
    breaches.push({
      rule: 'price-or-cost-criterion-missing',
      legalReference: 'R2152-7',
      message: 'the award criteria must include the price or the cost',
      values: { kinds },
    });
  }
  if (!values.criteria.singlePriceAllowed && kinds.length === 1 && kinds[0] === 'price') {
    breaches.push({
      rule: 'single-price-criterion-forbidden',
      legalReference: 'R2152-7',
      message: `price cannot be the only award criterion of a consultation launched on ${check.launchedOn}; a single cost criterion can`,
      values: { launchedOn: check.launchedOn, table },
    });
  }
  const environmental = counted.some(
    (criterion) => criterion.kind === 'environmental' || criterion.environmental === true,
  );
  if (values.criteria.environmentalRequired && !environmental) {
    breaches.push({
      rule: 'environmental-criterion-missing',
      legalReference: 'L2152-7',
      message: `a consultation launched on ${check.launchedOn} needs at least one criterion taking account of the offer's environmental characteristics`,
      values: { launchedOn: check.launchedOn, kinds, table },
    });
  }
  return breaches;
}

export interface TurnoverCheck {
  launchedOn: string;
  /** The minimum annual turnover required of candidates, cents HT. */
  requiredTurnoverCents: number;
  /** The estimated value of the contract or of the lot, cents HT. */
  estimatedCents: number;
}

/** Rule T11 (R2142-7): null when the required turnover is within the cap in force (1.5× from 1/1/2026, 2× before). */
export function checkTurnoverRequirement(check: TurnoverCheck): RuleBreach | null {
  const requiredTurnoverCents = requireWhole('requiredTurnoverCents', check.requiredTurnoverCents);
  const estimatedCents = requireWhole('estimatedCents', check.estimatedCents);
  const { from: table, values } = thresholdsOn(requireDate('launchedOn', check.launchedOn));
  const maxPercent = values.maxTurnoverPercent;
  if (withinPercent(requiredTurnoverCents, estimatedCents, maxPercent)) return null;
  const maxTurnoverCents = percentOf(estimatedCents, maxPercent);
  return {
    rule: 'turnover-requirement-too-high',
    legalReference: 'R2142-7',
    message: `a minimum turnover of ${requiredTurnoverCents} cents HT exceeds ${maxPercent} % of the estimated value (${maxTurnoverCents} cents HT at most)`,
    values: { requiredTurnoverCents, estimatedCents, maxPercent, maxTurnoverCents, table },
  };
}

/**
 * Rule C5 (domain-rules §6.3): the avance, a share of the contract paid before performance. It is mandatory above
 * 50 000 € HT and 2 months (R2191-3), unless the holder declines it in the acte d'engagement, and its minimum rate
 * (R2191-7) is higher for an SME holder: 30 % when the State buys (décret 2022-1683), 10 % for a collectivité or
 * local EP whose real operating spending exceeds 60 M€ (décret 2019-1344). Amounts are integer euro cents.
 */
import {
  divideHalfUp,
  euros,
  percentOfRoundedUp,
  requirePercent,
  requireWhole,
  safeNumber,
} from './input-checks';
import type { RuleBreach } from './rule-breach';

export interface AdvanceFacts {
  initialCentsHT: number;
  initialCentsTTC: number;
  /** The contract's execution period, in months. */
  durationMonths: number;
  /** The holder is an SME (PME). */
  holderSme: boolean;
  /**
   * The State itself, or a collectivité, a local EP or a groupement. A State EP also gets 10 % with a > 60 M€ spending
   * (§6.3): the caller passes it as 'collectivite' (whether its rate depends on that spending is UNCONFIRMED).
   */
  buyer: 'state' | 'collectivite';
  /** The buyer's real operating spending of the penultimate closed year exceeds 60 M€. */
  buyerSpendingOver60M: boolean;
}

export interface AdvanceRequirement {
  /** R2191-3: the avance is due unless the holder declines it. */
  required: boolean;
  /** R2191-7: the lowest rate, also when a buyer grants an avance it does not have to. */
  minimumRatePercent: number;
  /** The TTC amount the rate applies to. */
  baseCentsTTC: number;
  /** ⌈base × rate / 100⌉: an avance of this amount, rounded up to the cent, is never under the minimum. */
  minimumCents: number;
}

// R2191-3: mandatory strictly above 50 000 € HT and 2 months.
const MANDATORY_ABOVE_CENTS_HT = euros(50_000);
const MANDATORY_ABOVE_MONTHS = 2;
// R2191-7: beyond 12 months, the base is the TTC amount of 12 months of an even performance.
const BASE_MONTHS = 12;
const MINIMUM_RATE_PERCENT = 5;
const SME_STATE_RATE_PERCENT = 30; // décret 2022-1683 (was 20 %)
const SME_LARGE_COLLECTIVITE_RATE_PERCENT = 10; // décret 2019-1344

/** Rule C5 (R2191-3, R2191-7): whether an avance is due, its minimum rate, base and amount. */
export function advanceRequirement(facts: AdvanceFacts): AdvanceRequirement {
  const initialCentsHT = requireWhole('initialCentsHT', facts.initialCentsHT);
  const initialCentsTTC = requireWhole('initialCentsTTC', facts.initialCentsTTC);
  const durationMonths = requireWhole('durationMonths', facts.durationMonths);
  if (facts.buyer !== 'state' && facts.buyer !== 'collectivite') {
    throw new RangeError(`unknown buyer: ${String(facts.buyer)}`);
  }

  const required = initialCentsHT > MANDATORY_ABOVE_CENTS_HT && durationMonths > MANDATORY_ABOVE_MONTHS;
  const minimumRatePercent = minimumRate(facts);
  // 12 × TTC / months, rounded half up to the cent.
  const baseCentsTTC =
    durationMonths <= BASE_MONTHS
      ? initialCentsTTC
      : safeNumber(
          'baseCentsTTC',
          divideHalfUp(BigInt(initialCentsTTC) * BigInt(BASE_MONTHS), BigInt(durationMonths)),
        );
  const minimumCents = percentOfRoundedUp(baseCentsTTC, minimumRatePercent);
  return { required, minimumRatePercent, baseCentsTTC, minimumCents };
}

/**
 * Rule C5 (R2191-7): the breach when a required avance is granted at a rate under the minimum; [] otherwise. A
 * waiver (the holder declines the avance in the acte d'engagement) is lawful. RangeError for a rate outside 0..100.
 */
export function checkAdvance(facts: AdvanceFacts & { ratePercent: number; waived: boolean }): RuleBreach[] {
  const ratePercent = requirePercent('ratePercent', facts.ratePercent);
  const { required, minimumRatePercent, baseCentsTTC, minimumCents } = advanceRequirement(facts);
  if (!required || facts.waived || ratePercent >= minimumRatePercent) return [];
  return [
    {
      rule: 'advance-rate-too-low',
      legalReference: 'R2191-7',
      message: `an avance of ${ratePercent} % is under the minimum of ${minimumRatePercent} % of ${baseCentsTTC} cents TTC (${minimumCents} cents TTC at least)`,
      values: { ratePercent, minimumRatePercent, baseCentsTTC, minimumCents, holderSme: facts.holderSme },
    },
  ];
}

function minimumRate({ holderSme, buyer, buyerSpendingOver60M }: AdvanceFacts): number {
  if (!holderSme) return MINIMUM_RATE_PERCENT;
  if (buyer === 'state') return SME_STATE_RATE_PERCENT;
  return buyerSpendingOver60M ? SME_LARGE_COLLECTIVITE_RATE_PERCENT : MINIMUM_RATE_PERCENT;
}

/**
 * Rule T8 (domain-rules §3): an accord-cadre states its maximum (R2162-4, since décret 2021-1111 no framework
 * agreement may go without one) and lasts at most 4 years for a pouvoir adjudicateur, 8 for an entité adjudicatrice,
 * unless the buyer records why a longer term is needed (L2125-1).
 */
import { requireWhole } from './input-checks';
import type { RuleBreach } from './rule-breach';

/** A pouvoir adjudicateur (collectivités, their EPs) or an entité adjudicatrice (utilities). */
export type FrameworkBuyer = 'public-authority' | 'entity-operator';

export interface FrameworkAgreementTerms {
  /** The maximum in value, cents HT; a maximum in quantity may stand instead. */
  maximumCents?: number | null;
  maximumQuantity?: number | null;
  /** The initial period, in months. */
  durationMonths: number;
  /** The reconductions announced, in months all together (C9): the term held to the limit is the total. */
  reconductionMonths?: number;
  buyer: FrameworkBuyer;
  /** Why a longer term is needed (object, investments amortised over longer): it goes in the notice and the report. */
  justification?: string | null;
}

/** The longest term without a justification, in months (L2125-1). */
export const FRAMEWORK_MAX_MONTHS: Readonly<Record<FrameworkBuyer, number>> = Object.freeze({
  'public-authority': 48,
  'entity-operator': 96,
});

/**
 * Rule T8 (R2162-4, L2125-1): the breaches of a framework agreement's terms; [] when they are lawful. Its duration is
 * the total one, reconductions included.
 */
export function checkFrameworkAgreement(terms: FrameworkAgreementTerms): RuleBreach[] {
  const reconductionMonths = requireWhole('reconductionMonths', terms.reconductionMonths ?? 0);
  const durationMonths = requireWhole('durationMonths', terms.durationMonths) + reconductionMonths;
  const maxMonths = FRAMEWORK_MAX_MONTHS[terms.buyer];
  if (maxMonths === undefined) throw new RangeError(`unknown buyer: ${String(terms.buyer)}`);
  const maximumCents = optionalMaximum('maximumCents', terms.maximumCents, true);
  const maximumQuantity = optionalMaximum('maximumQuantity', terms.maximumQuantity, false);

  const breaches: RuleBreach[] = [];
  if (maximumCents === null && maximumQuantity === null) {
    breaches.push({
      rule: 'framework-maximum-missing',
      legalReference: 'R2162-4',
      message: 'a framework agreement must state its maximum, in value or in quantity',
      values: { maximumCents, maximumQuantity },
    });
  }
  // A blank justification is no justification: it would let any term through unexplained.
  const justified = typeof terms.justification === 'string' && terms.justification.trim() !== '';
  if (durationMonths > maxMonths && !justified) {
    breaches.push({
      rule: 'framework-duration-exceeded',
      legalReference: 'L2125-1',
      message: `a framework agreement of ${durationMonths} months${reconductionMonths > 0 ? ` (${reconductionMonths} of them by reconduction)` : ''} exceeds the ${maxMonths} months allowed to a ${terms.buyer} without a recorded justification`,
      values: {
        durationMonths,
        maxMonths,
        buyer: terms.buyer,
        ...(reconductionMonths > 0 ? { reconductionMonths } : {}),
      },
    });
  }
  return breaches;
}

/** null when absent; a maximum of zero or less is a malformed input, not a missing maximum. */
function optionalMaximum(name: string, value: number | null | undefined, cents: boolean): number | null {
  if (value === null || value === undefined) return null;
  // Cents are whole; a quantity may be fractional (tonnes, litres).
  const valid = cents ? Number.isSafeInteger(value) : Number.isFinite(value);
  if (typeof value !== 'number' || !valid || value <= 0) {
    throw new RangeError(`${name} must be a positive ${cents ? 'integer' : 'number'}, got ${String(value)}`);
  }
  return value;
}

/**
 * Rule C9 (domain-rules §6.6): the reconduction of a contract (R2112-4). It is lawful only when the initial documents
 * announced it, so that competition covered the total duration (otherwise a reconducted contract is a new, irregular
 * one: CE 29/11/2000 Païta n°205143), and only as many times as announced. A reconduction is tacit unless the
 * contract stipulates otherwise, and the holder cannot refuse it: there is no consent of the holder to check.
 */
import { requireWhole } from './input-checks';
import type { RuleBreach } from './rule-breach';

/** The reconductions the initial documents announced. */
export interface RenewalTerms {
  count: number;
  monthsEach: number;
  /** Tacit (the default) or express; it changes how the buyer decides, not whether a reconduction is lawful. */
  tacit: boolean;
}

/** Rule C9 (R2112-4): null when one more reconduction is allowed after `renewalsSoFar`, else the breach. */
export function checkRenewal(input: {
  terms: RenewalTerms | null;
  renewalsSoFar: number;
}): RuleBreach | null {
  const renewalsSoFar = requireWhole('renewalsSoFar', input.renewalsSoFar);
  const count = input.terms === null ? 0 : requireWhole('terms.count', input.terms.count);
  if (input.terms !== null) requireWhole('terms.monthsEach', input.terms.monthsEach);
  if (count === 0) {
    return {
      rule: 'renewal-not-announced',
      legalReference: 'R2112-4',
      message:
        'the initial documents announced no reconduction: a reconducted contract would be a new contract',
      values: { count },
    };
  }
  if (renewalsSoFar < count) return null;
  return {
    rule: 'renewals-exhausted',
    legalReference: 'R2112-4',
    message: `the ${count} reconductions announced have all been used (${renewalsSoFar} so far)`,
    values: { count, renewalsSoFar },
  };
}

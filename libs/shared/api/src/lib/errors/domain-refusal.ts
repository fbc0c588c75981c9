/**
 * What a domain error carries for the API to answer 422: a stable rule code, the article of law that refused the
 * command and the values that broke it. Domain libraries cannot import this library (they stay free of framework
 * code), so the contract is structural: any Error with a `refusal` of this shape is a domain refusal.
 *
 *   class DeMinimisCapExceeded extends Error {
 *     readonly refusal = { rule: 'de-minimis-cap-exceeded', legalReference: 'R2194-8', values: { capCents, totalCents } };
 *   }
 */
export interface RuleRefusal {
  /** Stable kebab-case code of the rule; the problem type is `urn:mutualis:rule:<rule>`. */
  rule: string;
  /** Article of the Code de la commande publique (e.g. `R2194-8`); other codes are named (`CGCT L1414-3`). */
  legalReference?: string;
  /** The values that broke the rule, for the caller to show or correct. */
  values?: Record<string, unknown>;
}

export interface DomainRefusal extends Error {
  readonly refusal: RuleRefusal;
}

const RULE_CODE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** True when `error` is a domain refusal (see `RuleRefusal`). */
export function isDomainRefusal(error: unknown): error is DomainRefusal {
  if (!(error instanceof Error) || !('refusal' in error)) return false;
  const refusal: unknown = error.refusal;
  return (
    typeof refusal === 'object' &&
    refusal !== null &&
    'rule' in refusal &&
    typeof refusal.rule === 'string' &&
    RULE_CODE.test(refusal.rule)
  );
}

import { RuleRefusal } from '@mutualis/shared/event-sourcing';

export type { RuleRefusal };

/**
 * An error the API answers with 422: a `DomainError` of @mutualis/shared/event-sourcing, or any Error carrying a
 * `refusal` of the same shape (the check is structural, so errors from other libraries qualify too).
 */
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

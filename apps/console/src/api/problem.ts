/** A field of a request the service found invalid (`convention.exitClause.noticeDays`) and why. */
export interface ProblemFieldError {
  field: string;
  message: string;
}

/**
 * The problem details (RFC 9457) every Mutualis service answers a refusal with; a refusal by a rule of the Code has
 * the type `urn:mutualis:rule:<rule>` and names its article in `legalReference`.
 */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  legalReference?: string;
  errors?: ProblemFieldError[];
  correlationId?: string;
}

export const RULE_TYPE_PREFIX = 'urn:mutualis:rule:';

/** Whether a body is problem details. */
export function isProblem(body: unknown): body is Problem {
  if (typeof body !== 'object' || body === null) return false;
  const candidate = body as Record<string, unknown>;
  return typeof candidate['type'] === 'string' && typeof candidate['status'] === 'number';
}

/** The rule a refusal names (`deliberation-required`), or null for another problem. */
export function ruleOf(problem: Problem): string | null {
  return problem.type.startsWith(RULE_TYPE_PREFIX) ? problem.type.slice(RULE_TYPE_PREFIX.length) : null;
}

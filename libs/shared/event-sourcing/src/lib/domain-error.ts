/** What a refused command broke: a stable rule code, the article of law, and the values that broke it. */
export interface RuleRefusal {
  /** Stable kebab-case code of the rule, e.g. `de-minimis-cap-exceeded`. */
  rule: string;
  /** Article of the Code de la commande publique (e.g. `R2194-8`); other codes are named (`CGCT L1414-3`). */
  legalReference?: string;
  /** The values that broke the rule, for the caller to show or correct. */
  values?: Record<string, unknown>;
}

/**
 * Base of the errors deciders throw when a rule refuses a command. The API answers them with a 422 problem naming
 * the rule and its article, whatever the context; the message is for people.
 *
 *   class DeMinimisCapExceeded extends DomainError {
 *     constructor(capCents: number, totalCents: number) {
 *       super('The amendment exceeds 10 % of the initial amount', {
 *         rule: 'de-minimis-cap-exceeded', legalReference: 'R2194-8', values: { capCents, totalCents },
 *       });
 *     }
 *   }
 */
export abstract class DomainError extends Error {
  constructor(
    message: string,
    readonly refusal: RuleRefusal,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** What a rule check reports when the facts break it (the procurement rules' `RuleBreach` has this shape). */
export interface BrokenRule {
  rule: string;
  legalReference: string;
  message: string;
  values: Record<string, unknown>;
}

/**
 * Throws the error `refusal` builds from the first breach found, if any; the other rules broken ride along in its
 * values, so a caller corrects everything at once.
 */
export function refuseFirstBreach(
  breaches: (BrokenRule | null)[],
  refusal: (message: string, refusal: RuleRefusal) => DomainError,
): void {
  const [first, ...others] = breaches.filter((breach): breach is BrokenRule => breach !== null);
  if (!first) return;
  throw refusal(first.message, {
    rule: first.rule,
    legalReference: first.legalReference,
    values: {
      ...first.values,
      ...(others.length > 0 ? { alsoBroken: others.map((other) => other.rule) } : {}),
    },
  });
}

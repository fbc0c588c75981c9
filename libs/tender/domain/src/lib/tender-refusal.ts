import { RuleBreach } from '@mutualis/procurement-rules';
import { DomainError, RuleRefusal } from '@mutualis/shared/event-sourcing';

/** A tender rule refused the command; `refusal.rule` names the rule, `legalReference` its article. */
export class TenderRefusal extends DomainError {}

export const refuse = (message: string, refusal: RuleRefusal) => new TenderRefusal(message, refusal);

/** Refuses with the first breach a procurement rule found, if any; the others ride along in its values. */
export function refuseBreaches(breaches: (RuleBreach | null)[]): void {
  const found = breaches.filter((breach): breach is RuleBreach => breach !== null);
  const [first, ...others] = found;
  if (!first) return;
  throw refuse(first.message, {
    rule: first.rule,
    legalReference: first.legalReference,
    values: {
      ...first.values,
      ...(others.length > 0 ? { alsoBroken: others.map((other) => other.rule) } : {}),
    },
  });
}

import { DomainError, refuseFirstBreach, RuleRefusal } from '@mutualis/shared/event-sourcing';
import { RuleBreach } from '@mutualis/procurement-rules';

/** A rule of contract execution refused the command; `refusal.rule` names the rule, `legalReference` its article. */
export class ContractRefusal extends DomainError {}

export const refuse = (message: string, refusal: RuleRefusal) => new ContractRefusal(message, refusal);

/** Refuses with the first breach a procurement rule found, if any. */
export const refuseBreaches = (breaches: (RuleBreach | null)[]): void => refuseFirstBreach(breaches, refuse);

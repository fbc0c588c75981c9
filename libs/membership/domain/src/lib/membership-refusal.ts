import { DomainError, RuleRefusal } from '@mutualis/shared/event-sourcing';

/** A membership rule refused the command; `refusal.rule` names the rule, `legalReference` its source. */
export class MembershipRefusal extends DomainError {}

export const refuse = (message: string, refusal: RuleRefusal) => new MembershipRefusal(message, refusal);

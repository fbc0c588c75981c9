import { DomainError, RuleRefusal } from '@mutualis/shared/event-sourcing';

/** An access rule refused the command; `refusal.rule` names the rule. */
export class AccessRefusal extends DomainError {}

export const refuse = (message: string, refusal: RuleRefusal) => new AccessRefusal(message, refusal);

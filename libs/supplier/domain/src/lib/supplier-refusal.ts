import { DomainError, RuleRefusal } from '@mutualis/shared/event-sourcing';

/** A supplier-registry rule refused the command; `refusal.rule` names the rule, `legalReference` its article. */
export class SupplierRefusal extends DomainError {}

export const refuse = (message: string, refusal: RuleRefusal) => new SupplierRefusal(message, refusal);

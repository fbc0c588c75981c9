import { LatePayment, latePaymentAfter } from '@mutualis/procurement-rules';
import { ContractState } from './contract.state';

/** Where a contract stands: what was ordered, invoiced and paid, and what remains, per member too. */
export interface ContractPosition {
  amountCents: number;
  orderedCents: number;
  invoicedCents: number;
  paidCents: number;
  /** An accord-cadre: its maximum less what was ordered; a marché: its amount less what was invoiced. */
  remainingCents: number;
  orderedByMember: Record<string, number>;
  penaltiesDueCents: number;
}

export function contractPosition(state: ContractState): ContractPosition {
  const framework = state.opened?.kind === 'framework-agreement';
  const orderedByMember: Record<string, number> = {};
  for (const order of Object.values(state.orders)) {
    orderedByMember[order.memberSiret] = (orderedByMember[order.memberSiret] ?? 0) + order.amountCents;
  }
  return {
    amountCents: state.amountCents,
    orderedCents: state.orderedCents,
    invoicedCents: state.invoicedCents,
    paidCents: state.paidCents,
    remainingCents: state.amountCents - (framework ? state.orderedCents : state.invoicedCents),
    orderedByMember,
    penaltiesDueCents: state.penaltiesDueCents,
  };
}

/** An unpaid invoice past its due date, with the interest and indemnity owed if it were paid on `today`. */
export interface OverdueInvoice extends LatePayment {
  invoiceId: string;
  receivedOn: string;
  amountCentsTTC: number;
}

/** An unpaid invoice as overdue on `today`, with what is owed then, or null while its délai runs (C4). */
export function overdueInvoice(
  invoice: { invoiceId: string; receivedOn: string; amountCentsTTC: number; dueOn: string },
  today: string,
): OverdueInvoice | null {
  const { invoiceId, receivedOn, amountCentsTTC, dueOn } = invoice;
  const late = latePaymentAfter({ amountCentsTTC, dueOn, paidOn: today });
  return late ? { invoiceId, receivedOn, amountCentsTTC, ...late } : null;
}

/**
 * The contract's unpaid invoices past their délai global de paiement on `today` (C4): each with the délai of the
 * buyer that placed its order, or the new one opened after an interruption; none while interrupted (R2192-27).
 */
export function overdueInvoices(state: ContractState, today: string): OverdueInvoice[] {
  return Object.values(state.invoices).flatMap(({ received, paid, dueOn, interrupted }) => {
    const overdue = paid || interrupted ? null : overdueInvoice({ ...received, dueOn }, today);
    return overdue ? [overdue] : [];
  });
}

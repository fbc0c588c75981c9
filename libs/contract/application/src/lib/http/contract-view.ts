import { contractPosition, ContractState, overdueInvoices } from '@mutualis/contract/domain';
import { ProblemException } from '@mutualis/shared/api';
import { AmendmentView } from './contract-acts.responses';
import { InvoiceView, PenaltyView } from './contract-payments.responses';
import { ContractView } from './contract.responses';

type InvoiceEntry = ContractState['invoices'][string];
type PenaltyEntry = ContractState['penalties'][string];

const invoiceView = ({ received, dueOn, interruptedOn, interrupted, paid }: InvoiceEntry): InvoiceView => ({
  ...received,
  dueOn,
  interruptedOn,
  interrupted,
  payment: paid,
});
const penaltyView = ({ invited, orderId, appliedOn }: PenaltyEntry): PenaltyView => ({
  ...invited,
  orderId,
  appliedOn,
});

/** A contract as its readers see it: the award, the terms, every act, and where it stands on `today`. */
export function contractView(state: ContractState, version: number, today: string): ContractView {
  return {
    ...state.opened!,
    status: state.status,
    // The holder in force: an avenant of R2194-6 substitutes a new one for the award's.
    holderSiret: state.holderSiret!,
    terms: state.notified,
    amountCents: state.amountCents,
    endsOn: state.endsOn,
    renewals: state.renewals,
    renewalDeclined: state.renewalDeclined,
    amendments: state.amendments,
    orders: Object.values(state.orders),
    invoices: Object.values(state.invoices).map(invoiceView),
    subcontractors: Object.values(state.subcontractors),
    penalties: Object.values(state.penalties).map(penaltyView),
    position: contractPosition(state),
    overdueInvoices: overdueInvoices(state, today),
    vigilanceRequests: state.vigilanceRequests,
    version,
  };
}

/** One payment request of the contract, as the contract view shows it; 404 when it has none of that id. */
export function invoiceOf(state: ContractState, invoiceId: string): InvoiceView {
  const invoice = state.invoices[invoiceId];
  if (!invoice) throw new ProblemException('not-found', 'No such invoice on this contract.');
  return invoiceView(invoice);
}

/** One delay penalty of the contract, as the contract view shows it; 404 when it has none of that id. */
export function penaltyOf(state: ContractState, penaltyId: string): PenaltyView {
  const penalty = state.penalties[penaltyId];
  if (!penalty) throw new ProblemException('not-found', 'No such penalty on this contract.');
  return penaltyView(penalty);
}

/** One avenant of the contract, as the contract view shows it; 404 when it has none of that id. */
export function amendmentOf(state: ContractState, amendmentId: string): AmendmentView {
  const amendment = state.amendments.find((signed) => signed.amendmentId === amendmentId);
  if (!amendment) throw new ProblemException('not-found', 'No such amendment on this contract.');
  return amendment;
}

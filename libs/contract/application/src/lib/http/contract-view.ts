import { contractPosition, ContractState, overdueInvoices } from '@mutualis/contract/domain';
import { ContractView } from './contract.responses';

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
    amendments: state.amendments,
    orders: Object.values(state.orders),
    invoices: Object.values(state.invoices).map(({ received, paid }) => ({ ...received, payment: paid })),
    subcontractors: Object.values(state.subcontractors),
    penalties: Object.values(state.penalties).map(({ invited, appliedOn }) => ({ ...invited, appliedOn })),
    position: contractPosition(state),
    overdueInvoices: overdueInvoices(state, today),
    version,
  };
}

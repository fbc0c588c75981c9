import {
  AmendmentSigned,
  ContractEvent,
  ContractNotified,
  ContractOpened,
  InvoicePaid,
  InvoiceReceived,
  ModificationNoticePublished,
  OrderPlaced,
  PenaltyObservationsInvited,
  SubcontractorAccepted,
  VigilanceAttestationRequested,
} from '@mutualis/shared/contracts';

export type ContractStatus = 'none' | 'signed' | 'running' | 'suspended' | 'terminated' | 'ended';

/** A payment request, its délai global de paiement as it stands (C4, R2192-27 to R2192-29), and its payment. */
export interface InvoiceEntry {
  received: InvoiceReceived;
  /** The last day of the délai in force: the received one, or the new one opened after an interruption. */
  dueOn: string;
  /** The day the délai was interrupted (R2192-27), null if never. */
  interruptedOn: string | null;
  /** Whether the délai is interrupted now: interrupted, the missing documents not received yet. */
  interrupted: boolean;
  paid: InvoicePaid | null;
}

/** A contract as its stream tells it. */
export interface ContractState {
  opened: ContractOpened | null;
  notified: ContractNotified | null;
  status: ContractStatus;
  /** The holder: the one the award named, or the one an avenant of R2194-6 substituted. */
  holderSiret: string | null;
  /** The amount (or an accord-cadre's maximum) after every avenant. */
  amountCents: number;
  /** The term in force, after avenants and reconductions. */
  endsOn: string | null;
  renewals: number;
  /** C9: the buyer decided, before the term, not to reconduct: the contract ends at its term. */
  renewalDeclined: boolean;
  amendments: AmendmentSigned[];
  /** The day each avenant was notified to the holder, by id. */
  amendmentsNotifiedOn: Record<string, string>;
  orders: Record<string, OrderPlaced>;
  orderedCents: number;
  invoices: Record<string, InvoiceEntry>;
  invoicedCents: number;
  paidCents: number;
  subcontractors: Record<string, SubcontractorAccepted>;
  /** C10: the alerts raised when a payment found the holder without a valid attestation de vigilance. */
  vigilanceRequests: VigilanceAttestationRequested[];
  /** Each penalty with the late bon de commande it concerns (null: the marché, or an invitation before issue 20). */
  penalties: Record<
    string,
    { invited: PenaltyObservationsInvited; orderId: string | null; appliedOn: string | null }
  >;
  /** The penalties applied, each as computed, before the CCAG's cap and exoneration, with their late order. */
  appliedPenalties: { orderId: string | null; penaltyCents: number }[];
  /** What the penalties applied come to, after the cap and exoneration. */
  penaltiesDueCents: number;
  /** R2194-10: the avis de modification published, by avenant. */
  modificationNotices: Record<string, ModificationNoticePublished>;
}

export const INITIAL_CONTRACT_STATE: ContractState = {
  opened: null,
  notified: null,
  status: 'none',
  holderSiret: null,
  amountCents: 0,
  endsOn: null,
  renewals: 0,
  renewalDeclined: false,
  amendments: [],
  amendmentsNotifiedOn: {},
  orders: {},
  orderedCents: 0,
  invoices: {},
  invoicedCents: 0,
  paidCents: 0,
  subcontractors: {},
  vigilanceRequests: [],
  penalties: {},
  appliedPenalties: [],
  penaltiesDueCents: 0,
  modificationNotices: {},
};

/** The state after one more event: total and pure. */
export function evolveContract(state: ContractState, event: ContractEvent): ContractState {
  switch (event.type) {
    case 'contract.ContractOpened':
      return {
        ...state,
        opened: event.data,
        status: 'signed',
        holderSiret: event.data.holderSiret,
        amountCents: event.data.amountCents,
      };
    case 'contract.ContractNotified':
      return { ...state, notified: event.data, status: 'running', endsOn: event.data.endsOn };
    case 'contract.OrderPlaced':
      return {
        ...state,
        orders: { ...state.orders, [event.data.orderId]: event.data },
        orderedCents: event.data.orderedTotalCents,
      };
    case 'contract.ModificationNoticePublished':
      return {
        ...state,
        modificationNotices: { ...state.modificationNotices, [event.data.amendmentId]: event.data },
      };
    case 'contract.AmendmentSigned': {
      const { amountAfterCents, endsOn, newHolderSiret } = event.data;
      return {
        ...state,
        amendments: [...state.amendments, event.data],
        amountCents: amountAfterCents,
        endsOn,
        holderSiret: newHolderSiret ?? state.holderSiret,
      };
    }
    case 'contract.AmendmentNotified':
      return {
        ...state,
        amendmentsNotifiedOn: {
          ...state.amendmentsNotifiedOn,
          [event.data.amendmentId]: event.data.notifiedOn,
        },
      };
    case 'contract.InvoiceReceived':
      return {
        ...state,
        invoices: {
          ...state.invoices,
          [event.data.invoiceId]: {
            received: event.data,
            dueOn: event.data.dueOn,
            interruptedOn: null,
            interrupted: false,
            paid: null,
          },
        },
        invoicedCents: state.invoicedCents + event.data.amountCents,
      };
    case 'contract.PaymentPeriodInterrupted': {
      const invoice = state.invoices[event.data.invoiceId];
      if (!invoice) return state;
      const interrupted = { ...invoice, interruptedOn: event.data.interruptedOn, interrupted: true };
      return { ...state, invoices: { ...state.invoices, [event.data.invoiceId]: interrupted } };
    }
    case 'contract.PaymentPeriodResumed': {
      const invoice = state.invoices[event.data.invoiceId];
      if (!invoice) return state;
      const resumed = { ...invoice, dueOn: event.data.dueOn, interrupted: false };
      return { ...state, invoices: { ...state.invoices, [event.data.invoiceId]: resumed } };
    }
    case 'contract.InvoicePaid': {
      const invoice = state.invoices[event.data.invoiceId];
      if (!invoice) return state;
      return {
        ...state,
        invoices: { ...state.invoices, [event.data.invoiceId]: { ...invoice, paid: event.data } },
        paidCents: state.paidCents + invoice.received.amountCents,
      };
    }
    case 'contract.VigilanceAttestationRequested':
      return { ...state, vigilanceRequests: [...state.vigilanceRequests, event.data] };
    case 'contract.SubcontractorAccepted':
      return {
        ...state,
        subcontractors: { ...state.subcontractors, [event.data.subcontractorSiret]: event.data },
      };
    case 'contract.PenaltyObservationsInvited':
      return {
        ...state,
        penalties: {
          ...state.penalties,
          [event.data.penaltyId]: { invited: event.data, orderId: null, appliedOn: null },
        },
      };
    case 'contract.OrderPenaltyObservationsInvited': {
      const { orderId, ...invited } = event.data;
      return {
        ...state,
        penalties: { ...state.penalties, [event.data.penaltyId]: { invited, orderId, appliedOn: null } },
      };
    }
    case 'contract.PenaltyApplied': {
      const penalty = state.penalties[event.data.penaltyId];
      if (!penalty) return state;
      return {
        ...state,
        penalties: {
          ...state.penalties,
          [event.data.penaltyId]: { ...penalty, appliedOn: event.data.appliedOn },
        },
        appliedPenalties: [
          ...state.appliedPenalties,
          { orderId: penalty.orderId, penaltyCents: event.data.penaltyCents },
        ],
        penaltiesDueCents: event.data.totalDueCents,
      };
    }
    case 'contract.ContractRenewed':
      return { ...state, renewals: event.data.renewal, endsOn: event.data.endsOn };
    case 'contract.ContractSuspended':
      return { ...state, status: 'suspended' };
    case 'contract.ContractResumed':
      return { ...state, status: 'running' };
    case 'contract.ContractTerminated':
      return { ...state, status: 'terminated' };
    case 'contract.ContractEnded':
      return { ...state, status: 'ended' };
    case 'contract.RenewalDeclined':
      return { ...state, renewalDeclined: true };
  }
}

import {
  AmendmentGround,
  ContractCcag,
  ContractOpened,
  Eligibility,
  MembershipFacts,
  PayingBuyer,
  PriceForm,
  PriceType,
  SubcontractPriceVariation,
  TerminationGround,
} from '@mutualis/shared/contracts';

/** Commands on a contract. Dates come in with the command and facts from other contexts too: the domain reads no clock. */
export interface OpenContract {
  type: 'OpenContract';
  contract: ContractOpened;
}

export interface NotifyContract {
  type: 'NotifyContract';
  notifiedOn: string;
  durationMonths: number;
  /**
   * The reconductions the signed documents state: those the tender announced (C9), which the contract takes when
   * null; null for a contract opened before tenders announced them means none.
   */
  renewals: { count: number; monthsEach: number; tacit: boolean } | null;
  priceForm: PriceForm;
  priceType: PriceType;
  ccag: ContractCcag;
  penaltyDerogation: boolean;
  amountCentsTTC: number;
  payingBuyer: PayingBuyer;
  holderSme: boolean;
  buyerSpendingOver60M: boolean;
  advance: { ratePercent: number; waived: boolean };
  retentionPercent: number;
}

export interface PlaceOrder {
  type: 'PlaceOrder';
  orderId: string;
  memberSiret: string;
  placedOn: string;
  amountCents: number;
  description: string;
  /** The consortium's membership, from its published events: a withdrawn member orders no more (M4). */
  membership: MembershipFacts;
}

export interface NotifyAmendment {
  type: 'NotifyAmendment';
  amendmentId: string;
  notifiedOn: string;
}

export interface SignAmendment {
  type: 'SignAmendment';
  amendmentId: string;
  ground: AmendmentGround;
  signedOn: string;
  amountCents: number;
  description: string;
  extensionMonths: number;
  changesNature: boolean;
  /** The holder that takes over, on the ground of R2194-6 (restructuring, review clause); null otherwise. */
  newHolderSiret: string | null;
}

export interface ReceiveInvoice {
  type: 'ReceiveInvoice';
  invoiceId: string;
  receivedOn: string;
  amountCents: number;
  amountCentsTTC: number;
  orderId: string | null;
  /** A subcontractor's request for direct payment (C8), with the first day of the work it covers. */
  subcontractor: { siret: string; workFrom: string } | null;
  /**
   * The consortium's membership, from its published events: under an accord-cadre, the délai global de paiement is
   * that of the member that placed the bon de commande (C4).
   */
  membership: MembershipFacts;
}

/** R2192-27, R2192-28: the délai of an invoice interrupted once, the holder notified of what is missing. */
export interface InterruptPaymentPeriod {
  type: 'InterruptPaymentPeriod';
  invoiceId: string;
  interruptedOn: string;
  reason: string;
}

/** R2192-29: the missing documents received; a new délai opens. */
export interface CompletePaymentRequest {
  type: 'CompletePaymentRequest';
  invoiceId: string;
  completedOn: string;
}

export interface PayInvoice {
  type: 'PayInvoice';
  invoiceId: string;
  paidOn: string;
  /** The holder's eligibility on the payment date, from the supplier registry's events (C10). */
  holderEligibility: Eligibility;
}

export interface AcceptSubcontractor {
  type: 'AcceptSubcontractor';
  subcontractorSiret: string;
  acceptedOn: string;
  subcontractCentsTTC: number;
  subcontractCentsHT: number;
  durationMonths: number;
  priceVariation: SubcontractPriceVariation;
}

export interface InvitePenaltyObservations {
  type: 'InvitePenaltyObservations';
  penaltyId: string;
  invitedOn: string;
  daysLate: number;
  valueCents: number;
  reason: string;
  /** The late bon de commande, under an accord-cadre: the base of the 10 % cap (C7); null for a marché. */
  orderId: string | null;
}

export interface ApplyPenalty {
  type: 'ApplyPenalty';
  penaltyId: string;
  appliedOn: string;
  observationsReceivedOn: string | null;
}

export interface RenewContract {
  type: 'RenewContract';
  renewedOn: string;
}

/** C9 (R2112-4): the buyer decides, before the term, not to reconduct the contract. */
export interface DeclineRenewal {
  type: 'DeclineRenewal';
  declinedOn: string;
  reason: string;
}

export interface SuspendContract {
  type: 'SuspendContract';
  suspendedOn: string;
  reason: string;
}

export interface ResumeContract {
  type: 'ResumeContract';
  resumedOn: string;
}

export interface TerminateContract {
  type: 'TerminateContract';
  terminatedOn: string;
  ground: TerminationGround;
  reason: string;
}

export interface EndContract {
  type: 'EndContract';
  endedOn: string;
}

/** R2194-10: the coordinator records the avis de modification of a flagged avenant, once published in the JOUE. */
export interface RecordModificationNotice {
  type: 'RecordModificationNotice';
  amendmentId: string;
  publishedOn: string;
  reference: string;
  /** The day it is recorded: a publication cannot be dated after it. */
  recordedOn: string;
}

export type ContractCommand =
  | OpenContract
  | NotifyContract
  | PlaceOrder
  | SignAmendment
  | NotifyAmendment
  | ReceiveInvoice
  | InterruptPaymentPeriod
  | CompletePaymentRequest
  | PayInvoice
  | AcceptSubcontractor
  | InvitePenaltyObservations
  | ApplyPenalty
  | RenewContract
  | DeclineRenewal
  | SuspendContract
  | ResumeContract
  | TerminateContract
  | EndContract
  | RecordModificationNotice;

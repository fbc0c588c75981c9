/**
 * The published language of contract execution (stream `contract-<uuid>`, topic `mutualis.contract.events`). Civil
 * dates are `YYYY-MM-DD` (Europe/Paris); money integer euro cents, HT unless the name says TTC.
 */
import { TenderBuyer, TenderNature, TenderProcedure } from '../tender/tender-events';

/** A marché with a fixed amount, or an accord-cadre executed by bons de commande up to its maximum. */
export type ContractKind = 'contract' | 'framework-agreement';

/** The CCAG of reference (DECP `ccag`): its delay-penalty formula and cap apply unless the contract derogates. */
export type ContractCcag = 'FCS' | 'TIC' | 'PI' | 'MI' | 'MOE' | 'Travaux' | 'none';
export const CONTRACT_CCAGS: readonly ContractCcag[] = ['FCS', 'TIC', 'PI', 'MI', 'MOE', 'Travaux', 'none'];

/** DECP `formePrix`: unitaire, forfaitaire, mixte. */
export type PriceForm = 'unit' | 'lump-sum' | 'mixed';
export const PRICE_FORMS: readonly PriceForm[] = ['unit', 'lump-sum', 'mixed'];

/** DECP `typesPrix`: définitif ferme, actualisable, révisable, or provisoire. */
export type PriceType = 'firm' | 'adjustable' | 'revisable' | 'provisional';
export const PRICE_TYPES: readonly PriceType[] = ['firm', 'adjustable', 'revisable', 'provisional'];

/** Who pays, for the délai global de paiement (R2192-10, R2192-11): 30, 30, 50 or 60 days. */
export type PayingBuyer = 'collectivite' | 'state' | 'hospital' | 'public-undertaking';
export const PAYING_BUYERS: readonly PayingBuyer[] = [
  'collectivite',
  'state',
  'hospital',
  'public-undertaking',
];

/** The legal ground of an avenant (L2194-1): R2194-1, -2, -5, -6, -7, -8. */
export type AmendmentGround =
  | 'review-clause'
  | 'supplementary'
  | 'unforeseeable'
  | 'new-contractor'
  | 'non-substantial'
  | 'de-minimis';
export const AMENDMENT_GROUNDS: readonly AmendmentGround[] = [
  'review-clause',
  'supplementary',
  'unforeseeable',
  'new-contractor',
  'non-substantial',
  'de-minimis',
];

export type TerminationGround = 'holder-fault' | 'general-interest' | 'holder-unable' | 'by-agreement';
export const TERMINATION_GROUNDS: readonly TerminationGround[] = [
  'holder-fault',
  'general-interest',
  'holder-unable',
  'by-agreement',
];

/** Opened by the contract service when the tender service reports a lot's signature: what the award settled. */
export interface ContractOpened {
  contractId: string;
  consortiumId: string;
  tenderId: string;
  lot: number;
  object: string;
  cpvCode: string;
  nature: TenderNature;
  buyer: TenderBuyer;
  procedure: TenderProcedure;
  /**
   * Whether the consultation followed the rules of formalised procedures, as the tender published it: a formalised
   * procedure chosen, or one the thresholds in force at the launch called for (C2, R2194-10: avis de modification).
   */
  formalised: boolean;
  launchedOn: string;
  thresholdTable: string;
  kind: ContractKind;
  holderSiret: string;
  /** The amount signed: a marché's price, an accord-cadre's maximum. */
  amountCents: number;
  signedOn: string;
  /** The members whose needs the procedure covered (M3): the only authorities that may order under it. */
  beneficiaries: string[];
  /**
   * The initial duration the tender stated, in months: an accord-cadre's, or the period its reconductions renew;
   * null for a marché without reconduction (set at notification).
   */
  durationMonths: number | null;
  /** The tender event this contract was opened from: one contract per signed award. */
  openedFrom: string;
  /**
   * Since version 2: the reconductions the tender announced (C9, R2112-4), the only ones the contract accepts; null:
   * none. Absent (version 1): opened before tenders announced them, the notification's stand.
   */
  tenderedRenewals?: { count: number; monthsEach: number; tacit: boolean } | null;
}

/** The notification (R2182-4): the contract takes effect; its execution terms as the signed documents state them. */
export interface ContractNotified {
  notifiedOn: string;
  durationMonths: number;
  endsOn: string;
  /** Reconductions announced in the tender with the total duration (C9); null when there are none. */
  renewals: { count: number; monthsEach: number; tacit: boolean } | null;
  priceForm: PriceForm;
  priceType: PriceType;
  ccag: ContractCcag;
  /** Whether the contract derogates from the CCAG's penalty cap and exoneration (C7). */
  penaltyDerogation: boolean;
  amountCentsTTC: number;
  payingBuyer: PayingBuyer;
  holderSme: boolean;
  buyerSpendingOver60M: boolean;
  /** The avance (C5): what the law requires and what the contract grants, or the holder's waiver. */
  advance: {
    required: boolean;
    minimumRatePercent: number;
    ratePercent: number;
    waived: boolean;
    amountCents: number;
  };
  /** The retenue de garantie, in percent of each payment (C6). */
  retentionPercent: number;
}

/** A bon de commande (or marché subséquent) placed by a beneficiary under an accord-cadre. */
export interface OrderPlaced {
  orderId: string;
  memberSiret: string;
  placedOn: string;
  amountCents: number;
  description: string;
  /** The accord-cadre's total ordered once this order is counted. */
  orderedTotalCents: number;
}

/** An avenant, with its one legal ground (C3) and the checks it passed (C1, C2). */
export interface AmendmentSigned {
  amendmentId: string;
  ground: AmendmentGround;
  signedOn: string;
  /** The change of amount HT (or of the maximum), negative for a reduction. */
  amountCents: number;
  description: string;
  /** The months added to the duration, 0 when the avenant changes no date. */
  extensionMonths: number;
  amountAfterCents: number;
  /** The term once the avenant is counted. */
  endsOn: string;
  /** R2194-10: an avis de modification must be published in the JOUE. */
  joueNoticeRequired: boolean;
  /** The holder that takes over (R2194-6), null when the holder stays. */
  newHolderSiret: string | null;
}

/**
 * An avenant notified to the holder: it takes effect, and the DECP modification is due within two months of this
 * date (D1, `dateNotificationModification`).
 */
export interface AmendmentNotified {
  amendmentId: string;
  notifiedOn: string;
}

/** A payment request received (R2192-12): the délai global de paiement runs from `receivedOn`. */
export interface InvoiceReceived {
  invoiceId: string;
  receivedOn: string;
  amountCents: number;
  amountCentsTTC: number;
  /** The bon de commande the invoice settles, under an accord-cadre. */
  orderId: string | null;
  /** A subcontractor paid directly (C8), or null when the holder is paid. */
  subcontractorSiret: string | null;
  dueOn: string;
}

/**
 * R2192-27, R2192-28: the buyer interrupted the délai global de paiement of an invoice, once, by a notification to
 * the holder of the reasons and of the documents to provide (a request lacking documents or mentions, or wrong).
 */
export interface PaymentPeriodInterrupted {
  invoiceId: string;
  /** The day the holder received the notification: the délai stops running. */
  interruptedOn: string;
  /** The reasons and the documents to provide, as notified (R2192-28). */
  reason: string;
  /** The days of the délai that were left to run on `interruptedOn`. */
  remainingDays: number;
}

/** R2192-29: the documents received, a new délai opens: 30 days, or the days left if more. */
export interface PaymentPeriodResumed {
  invoiceId: string;
  completedOn: string;
  /** The last day of the new délai. */
  dueOn: string;
}

export interface InvoicePaid {
  invoiceId: string;
  paidOn: string;
  /** Late-payment interest and indemnity owed by law (C4), 0 when paid on time. */
  daysLate: number;
  rateBasisPoints: number;
  interestCents: number;
  indemnityCents: number;
  /** What was kept as retenue de garantie (C6). */
  retainedCents: number;
}

/**
 * C10: a payment found the holder without a valid attestation de vigilance (D8222-5; contracts of 5 000 € HT and
 * more). The payment of the work done is made all the same (withholding it would run the délai global de paiement
 * into intérêts moratoires); the coordinator is alerted and a new attestation is requested of the holder.
 */
export interface VigilanceAttestationRequested {
  requestedOn: string;
  holderSiret: string;
  /** The payment that found the attestation missing or lapsed. */
  invoiceId: string;
  /** Why, as the supplier registry's published eligibility says (e.g. `vigilance-expired`, `supplier-unknown`). */
  reasons: string[];
  legalReference: string;
}

/** How the price of a sous-traité varies, as the acte spécial says (DECP `variationPrix`). */
export type SubcontractPriceVariation = 'firm' | 'adjustable' | 'revisable';
export const SUBCONTRACT_PRICE_VARIATIONS: readonly SubcontractPriceVariation[] = [
  'firm',
  'adjustable',
  'revisable',
];

/** The acte spécial de sous-traitance: the subcontractor accepted and its payment terms agreed (R2193-1 to R2193-5). */
export interface SubcontractorAccepted {
  subcontractorSiret: string;
  acceptedOn: string;
  subcontractCentsTTC: number;
  /** Paid directly by the buyer (C8): from 600 € TTC. */
  directPayment: boolean;
  /** Since version 2 (absent from older actes): the amount HT, the duration in months and the price's variation. */
  subcontractCentsHT?: number;
  durationMonths?: number;
  priceVariation?: SubcontractPriceVariation;
}

/** C7: before applying a delay penalty the buyer invites the holder's written observations for 15 days. */
export interface PenaltyObservationsInvited {
  penaltyId: string;
  invitedOn: string;
  daysLate: number;
  /** The value of the late services, the base of the CCAG formula. */
  valueCents: number;
  penaltyCents: number;
  reason: string;
}

/**
 * C7: the invitation of a penalty for a late bon de commande of an accord-cadre: its 10 % cap is reckoned on that
 * order's amount HT, not on the framework's maximum (CCAG 2021, e.g. FCS 14.1.2). Under the CCAG Travaux the order's
 * amount is also the formula's value.
 */
export interface OrderPenaltyObservationsInvited extends PenaltyObservationsInvited {
  orderId: string;
}

export interface PenaltyApplied {
  penaltyId: string;
  appliedOn: string;
  penaltyCents: number;
  /** All penalties applied so far, after the CCAG cap and exoneration. */
  totalDueCents: number;
}

export interface ContractRenewed {
  renewal: number;
  renewedOn: string;
  endsOn: string;
}

export interface ContractSuspended {
  suspendedOn: string;
  reason: string;
}

export interface ContractResumed {
  resumedOn: string;
}

export interface ContractTerminated {
  terminatedOn: string;
  ground: TerminationGround;
  reason: string;
}

/**
 * The buyer's decision, before the term, not to reconduct the contract (C9, R2112-4): a tacit reconduction then does
 * not happen, and the contract ends at its term. The holder is not asked: it cannot refuse a reconduction either.
 */
export interface RenewalDeclined {
  /** The reconduction declined: 1 for the first. */
  renewal: number;
  declinedOn: string;
  /** The term at which the contract ends instead. */
  endsOn: string;
  reason: string;
}

/** The contract reached its term, or an accord-cadre its maximum. */
export interface ContractEnded {
  endedOn: string;
  reason: 'term-reached' | 'maximum-reached';
}

/**
 * R2194-10: the avis de modification of an avenant flagged `joueNoticeRequired`, published in the JOUE, recorded by
 * the coordinator with the date of its publication and its reference.
 */
export interface ModificationNoticePublished {
  amendmentId: string;
  publishedOn: string;
  reference: string;
}

export interface ContractEventData {
  'contract.ContractOpened': ContractOpened;
  'contract.ContractNotified': ContractNotified;
  'contract.OrderPlaced': OrderPlaced;
  'contract.AmendmentSigned': AmendmentSigned;
  'contract.AmendmentNotified': AmendmentNotified;
  'contract.InvoiceReceived': InvoiceReceived;
  'contract.PaymentPeriodInterrupted': PaymentPeriodInterrupted;
  'contract.PaymentPeriodResumed': PaymentPeriodResumed;
  'contract.InvoicePaid': InvoicePaid;
  'contract.VigilanceAttestationRequested': VigilanceAttestationRequested;
  'contract.SubcontractorAccepted': SubcontractorAccepted;
  'contract.PenaltyObservationsInvited': PenaltyObservationsInvited;
  'contract.OrderPenaltyObservationsInvited': OrderPenaltyObservationsInvited;
  'contract.PenaltyApplied': PenaltyApplied;
  'contract.ContractRenewed': ContractRenewed;
  'contract.ContractSuspended': ContractSuspended;
  'contract.ContractResumed': ContractResumed;
  'contract.ContractTerminated': ContractTerminated;
  'contract.ContractEnded': ContractEnded;
  'contract.RenewalDeclined': RenewalDeclined;
  'contract.ModificationNoticePublished': ModificationNoticePublished;
}

export type ContractEventType = keyof ContractEventData;

export type ContractEvent = {
  [Type in ContractEventType]: { type: Type; data: ContractEventData[Type] };
}[ContractEventType];

export const contractStream = (contractId: string) => `contract-${contractId}`;

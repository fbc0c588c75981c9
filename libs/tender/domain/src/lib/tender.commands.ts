import {
  CandidatureForm,
  ClosedCensus,
  CriteriaSet,
  Eligibility,
  IrregularityKind,
  MembershipFacts,
  NegotiationGround,
  OperatorGrouping,
  RejectionReason,
  SealedContent,
  TenderCreated,
  TenderProcedure,
} from '@mutualis/shared/contracts';

/** Commands on a tender. Dates and instants come in with the command: the domain reads no clock. */
export interface CreateTender {
  type: 'CreateTender';
  /** Each lot's `estimatedCents` is its value over the initial period: the event carries it over the reconductions. */
  tender: Omit<TenderCreated, 'estimatedCents'>;
  /** The needs census the tender answers, as the membership service published its closure; null if not (yet) known. */
  census: ClosedCensus | null;
}

export interface ChooseProcedure {
  type: 'ChooseProcedure';
  procedure: TenderProcedure;
  negotiationGround: NegotiationGround | null;
  /** The date the coordinator plans to send the notice: it selects the thresholds (checked again at publication). */
  plannedLaunchOn: string;
}

export interface SetCriteria {
  type: 'SetCriteria';
  lot: number;
  criteria: CriteriaSet['criteria'];
}

export interface PublishTender {
  type: 'PublishTender';
  /** The consortium's membership, from its published events: M1 and the beneficiaries are checked on the launch. */
  membership: MembershipFacts;
  noticeSentOn: string;
  deadlineAt: string;
  electronic: boolean;
  pin: boolean;
  urgency: boolean;
}

export interface AskQuestion {
  type: 'AskQuestion';
  questionId: string;
  lot: number | null;
  text: string;
  now: string;
}

export interface AnswerQuestion {
  type: 'AnswerQuestion';
  questionId: string;
  answer: string;
}

export interface ExtendDeadline {
  type: 'ExtendDeadline';
  deadlineAt: string;
  reason: string;
  now: string;
}

export interface AmendNotice {
  type: 'AmendNotice';
  amendmentId: string;
  sentOn: string;
  summary: string;
  now: string;
}

export interface SubmitCandidature {
  type: 'SubmitCandidature';
  candidatureId: string;
  supplierSiret: string;
  form: CandidatureForm;
  /** Server time of the submission. */
  now: string;
  /** The supplier's eligibility on the candidatures' deadline. */
  eligibility: Eligibility;
}

export interface InviteToTender {
  type: 'InviteToTender';
  suppliers: string[];
  sentOn: string;
  offersDeadlineAt: string;
  electronic: boolean;
  now: string;
}

export interface SubmitBid {
  type: 'SubmitBid';
  bidId: string;
  lot: number;
  supplierSiret: string;
  sealed: SealedContent;
  contentSha256: string;
  /** The sworn declaration (DUME, or DC1 and DC2) that stands for the certificates until the award (R2143-3). */
  declaration: CandidatureForm;
  operatorGrouping: OperatorGrouping;
  /** Server time of the submission. */
  now: string;
  /** The supplier's eligibility on the deadline: only an exclusion bars a bid (S3). */
  eligibility: Eligibility;
}

export interface WithdrawBid {
  type: 'WithdrawBid';
  bidId: string;
  supplierSiret: string;
  now: string;
}

export interface OpenBids {
  type: 'OpenBids';
  now: string;
  openedBy: string;
}

export interface ScoreBid {
  type: 'ScoreBid';
  bidId: string;
  scores: { criterion: string; score: number }[];
}

export interface RequestExplanation {
  type: 'RequestExplanation';
  bidId: string;
  requestedOn: string;
}

export interface AssessExplanation {
  type: 'AssessExplanation';
  bidId: string;
  justified: boolean;
  assessment: string;
}

export interface FindIrregular {
  type: 'FindIrregular';
  bidId: string;
  kind: IrregularityKind;
  detail: string;
}

export interface RequestRegularisation {
  type: 'RequestRegularisation';
  lot: number;
  deadlineAt: string;
}

export interface RegulariseBid {
  type: 'RegulariseBid';
  bidId: string;
  sealed: SealedContent;
  contentSha256: string;
  /** Whether the regularisation changes the offer's substantial characteristics (price, scope…): then refused. */
  changesSubstance: boolean;
  now: string;
}

export interface RejectBid {
  type: 'RejectBid';
  bidId: string;
  /** An ineligible supplier's offer is rejected at the award, on its eligibility facts, not by hand. */
  reason: Exclude<RejectionReason, 'ineligible'>;
}

/** A drawing by lot between offers left tied by the consultation's rule, done by a person and recorded. */
export interface RecordTieDrawing {
  type: 'RecordTieDrawing';
  lot: number;
  /** The tied offers in the order drawn, best first. */
  bidIds: string[];
  drawnBy: string;
  drawnOn: string;
}

/** Each bidder's eligibility on the day, by SIRET: exclusions again, and the documents of the intended awardee. */
type BiddersEligibility = Record<string, Eligibility>;

/** The documents proving it is not excluded, asked of the candidate the award is envisaged for only (R2144-4). */
export interface RequestAwardDocuments {
  type: 'RequestAwardDocuments';
  lot: number;
  requestedOn: string;
  dueOn: string;
  eligibility: BiddersEligibility;
}

/** R2144-7: the documents were not produced in time; with `nextDueOn`, the request passes to the next-ranked. */
export interface DeclareCandidatureInadmissible {
  type: 'DeclareCandidatureInadmissible';
  lot: number;
  declaredOn: string;
  nextDueOn: string | null;
  eligibility: BiddersEligibility;
}

export interface AwardLot {
  type: 'AwardLot';
  lot: number;
  decidedOn: string;
  eligibility: BiddersEligibility;
}

export interface SendRejectionNotices {
  type: 'SendRejectionNotices';
  lot: number;
  sentOn: string;
  electronic: boolean;
}

export interface TransferAward {
  type: 'TransferAward';
  lot: number;
  reason: string;
  decidedOn: string;
  eligibility: BiddersEligibility;
}

export interface SignContract {
  type: 'SignContract';
  lot: number;
  signedOn: string;
  /** Hors taxes. */
  amountCents: number;
  /** The awardee's eligibility on the signature date: not excluded, attestation de vigilance valid (C10). */
  holderEligibility: Eligibility;
}

export interface CloseLotWithoutAward {
  type: 'CloseLotWithoutAward';
  lot: number;
  outcome: 'unsuccessful' | 'abandoned';
  reason: string;
}

/** T15 (R2183-1): the coordinator records the avis d'attribution of a signed lot, once published. */
export interface RecordAwardNotice {
  type: 'RecordAwardNotice';
  lot: number;
  publishedOn: string;
  reference: string;
  /** The day it is recorded: a publication cannot be dated after it. */
  recordedOn: string;
}

export type TenderCommand =
  | CreateTender
  | ChooseProcedure
  | SetCriteria
  | PublishTender
  | AskQuestion
  | AnswerQuestion
  | ExtendDeadline
  | AmendNotice
  | SubmitCandidature
  | InviteToTender
  | SubmitBid
  | WithdrawBid
  | OpenBids
  | ScoreBid
  | RequestExplanation
  | AssessExplanation
  | FindIrregular
  | RequestRegularisation
  | RegulariseBid
  | RejectBid
  | RecordTieDrawing
  | RequestAwardDocuments
  | DeclareCandidatureInadmissible
  | AwardLot
  | SendRejectionNotices
  | TransferAward
  | SignContract
  | CloseLotWithoutAward
  | RecordAwardNotice;

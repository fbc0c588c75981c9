import {
  CandidatureForm,
  ClosedCensus,
  CriteriaSet,
  Eligibility,
  IrregularityKind,
  MembershipFacts,
  NegotiationGround,
  RejectionReason,
  SealedContent,
  TenderCreated,
  TenderProcedure,
} from '@mutualis/shared/contracts';

/** Commands on a tender. Dates and instants come in with the command: the domain reads no clock. */
export interface CreateTender {
  type: 'CreateTender';
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
  /** Server time of the submission. */
  now: string;
  /** The supplier's eligibility on the deadline, from the supplier registry's published events. */
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

export interface AwardLot {
  type: 'AwardLot';
  lot: number;
  decidedOn: string;
  /** Each bidder's eligibility on the decision date, by SIRET: exclusions and certificates are checked again (S3). */
  eligibility: Record<string, Eligibility>;
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
}

export interface SignContract {
  type: 'SignContract';
  lot: number;
  signedOn: string;
  amountCents: number;
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
  | AwardLot
  | SendRejectionNotices
  | TransferAward
  | SignContract
  | CloseLotWithoutAward
  | RecordAwardNotice;

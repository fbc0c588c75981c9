/**
 * The published language of the tender lifecycle (stream `tender-<uuid>`, topic `mutualis.tender.events`). Civil
 * dates are `YYYY-MM-DD` (Europe/Paris); instants ISO 8601 in UTC; money integer euro cents HT.
 */

export type TenderNature = 'supplies' | 'services' | 'works';
export type TenderBuyer = 'sub-central' | 'central' | 'utility';

/** The procedure the coordinator runs (its DECP name in parentheses in the API documentation). */
export type TenderProcedure =
  | 'open'
  | 'restricted'
  | 'negotiated'
  | 'competitive-dialogue'
  | 'mapa'
  | 'dispense';
export const TENDER_PROCEDURES: readonly TenderProcedure[] = [
  'open',
  'restricted',
  'negotiated',
  'competitive-dialogue',
  'mapa',
  'dispense',
];

/** The six cases of R2124-3 that open the negotiated procedure and the competitive dialogue to public authorities. */
export type NegotiationGround =
  | 'adaptation-needed'
  | 'innovative-solution'
  | 'design-services'
  | 'specific-circumstances'
  | 'specifications-undefinable'
  | 'only-irregular-offers';
export const NEGOTIATION_GROUNDS: readonly NegotiationGround[] = [
  'adaptation-needed',
  'innovative-solution',
  'design-services',
  'specific-circumstances',
  'specifications-undefinable',
  'only-irregular-offers',
];

/** L2113-11: why a tender is not split into lots. */
export type NonAllotmentGround =
  | 'restricts-competition'
  | 'technically-difficult-or-costly'
  | 'cannot-coordinate';
export const NON_ALLOTMENT_GROUNDS: readonly NonAllotmentGround[] = [
  'restricts-competition',
  'technically-difficult-or-costly',
  'cannot-coordinate',
];

/**
 * The headings of the social and other specific services listed in the CCP's annex (directive 2014/24, annex XIV),
 * which may follow MAPA up to their own EU threshold (R2123-1 3°).
 */
export type SpecificServicesCategory =
  | 'health-social'
  | 'administrative-social-educational-health-cultural'
  | 'compulsory-social-security'
  | 'benefits'
  | 'other-community-social-personal'
  | 'religious'
  | 'hotel-restaurant'
  | 'legal'
  | 'other-administrative-government'
  | 'community'
  | 'prison-security-rescue'
  | 'investigation-security'
  | 'international'
  | 'postal'
  | 'miscellaneous';
export const SPECIFIC_SERVICES_CATEGORIES: readonly SpecificServicesCategory[] = [
  'health-social',
  'administrative-social-educational-health-cultural',
  'compulsory-social-security',
  'benefits',
  'other-community-social-personal',
  'religious',
  'hotel-restaurant',
  'legal',
  'other-administrative-government',
  'community',
  'prison-security-rescue',
  'investigation-security',
  'international',
  'postal',
  'miscellaneous',
];

/**
 * How the consultation breaks a tie between offers of equal weighted total, stated before the notice is sent (equal
 * treatment, L3): the better score on the price (or cost) criteria, then a drawing by lot; or a drawing straight away.
 * Never the order of the offers' identifiers.
 */
export type TieBreakRule = 'price-then-drawing' | 'drawing';
export const TIE_BREAK_RULES: readonly TieBreakRule[] = ['price-then-drawing', 'drawing'];
/** The rule of a consultation that stated none (created before version 2 of `tender.TenderCreated`). */
export const DEFAULT_TIE_BREAK: TieBreakRule = 'price-then-drawing';

/**
 * The reconductions a consultation announces (C9, R2112-4), with the total duration they give: the initial period
 * they reconduct, how many and how long each, tacit (the default, at the term unless the buyer decides otherwise) or
 * express (each decided by the buyer). Counted in the estimated value (T1, R2121-1) and, for an accord-cadre, in its
 * total duration (T8, L2125-1).
 */
export interface TenderReconductions {
  /** The initial period, in months; for an accord-cadre, its `durationMonths`. */
  initialMonths: number;
  count: number;
  monthsEach: number;
  tacit: boolean;
}

/**
 * The kinds of code that name the main place of execution (DECP `lieuExecution.typeCode`): an INSEE commune, a
 * department or a region, or a country (ISO 3166-1 alpha-2).
 */
export type PlaceOfExecutionKind = 'commune' | 'department' | 'region' | 'country';
export const PLACE_OF_EXECUTION_KINDS: readonly PlaceOfExecutionKind[] = [
  'commune',
  'department',
  'region',
  'country',
];

/** The main place of execution (DECP `lieuExecution`): an INSEE code (a country's ISO code) and its kind. */
export interface PlaceOfExecution {
  code: string;
  kind: PlaceOfExecutionKind;
}

/**
 * The social and environmental conditions of execution the consultation sets (L2112-2; DECP
 * `considerationsSociales`: 'Clause sociale', 'Marché réservé'; `considerationsEnvironnementales`: 'Clause
 * environnementale'). A marché réservé is reserved to the structures of L2113-12 and L2113-13.
 */
export interface ExecutionClauses {
  socialClause: boolean;
  reservedContract: boolean;
  environmentalClause: boolean;
}
/** What a consultation created before version 3 of `tender.TenderCreated` stated: no clause. */
export const NO_EXECUTION_CLAUSES: ExecutionClauses = Object.freeze({
  socialClause: false,
  reservedContract: false,
  environmentalClause: false,
});

export type CriterionKind = 'price' | 'cost' | 'quality' | 'environmental' | 'social' | 'other';

export interface TenderLot {
  number: number;
  title: string;
  estimatedCents: number;
  /** A small lot run as MAPA inside a formalised operation (R2123-1 2°, T4). */
  smallLotMapa: boolean;
  /**
   * Since version 2: the minimum annual turnover required of candidates to this lot (T11, R2142-8), capped by this
   * lot's own value; null: none; absent: the tender's `turnoverRequirementCents` applies to the lot.
   */
  turnoverRequirementCents?: number | null;
}

export interface TenderCreated {
  tenderId: string;
  consortiumId: string;
  object: string;
  cpvCode: string;
  nature: TenderNature;
  buyer: TenderBuyer;
  lots: TenderLot[];
  /** Σ of the lots: the whole operation's value (T1), on which procedure and publicity are decided. */
  estimatedCents: number;
  /** The members whose needs the procedure covers (M3): from the closed census, or the members at creation. */
  beneficiaries: string[];
  censusId: string | null;
  /** An accord-cadre: its maximum (mandatory, T8; null only to be refused), duration, and any justification. */
  framework: { maximumCents: number | null; durationMonths: number; justification: string | null } | null;
  nonAllotment: { ground: NonAllotmentGround; motivation: string } | null;
  /** The minimum annual turnover required of candidates to every lot that states none of its own (T11). */
  turnoverRequirementCents: number | null;
  innovative: boolean;
  /** Since version 2: how ties in the ranking are broken; absent: `DEFAULT_TIE_BREAK`. */
  tieBreak?: TieBreakRule;
  /**
   * Since version 2: the heading of the CCP annex's social and other specific services the services are in
   * (R2123-1 3°), services only; null or absent: ordinary services (or supplies, works).
   */
  specificServicesCategory?: SpecificServicesCategory | null;
  /**
   * Since version 3: the reconductions announced (C9); null: none. Then each lot's `estimatedCents` and the total are
   * over the whole duration, reconductions included (T1). Older events: null (none was announced to the tender).
   */
  reconductions: TenderReconductions | null;
  /** Since version 3: the main place of execution; null: not stated (older events). */
  placeOfExecution: PlaceOfExecution | null;
  /** Since version 3: the social and environmental clauses of execution; older events: none. */
  executionClauses: ExecutionClauses;
}

export interface ProcedureChosen {
  procedure: TenderProcedure;
  negotiationGround: NegotiationGround | null;
  /** What the thresholds in force on the planned launch date call for (T2, T3, T5). */
  required: 'dispense' | 'mapa' | 'formalised';
  thresholdTable: string;
}

export interface CriteriaSet {
  lot: number;
  criteria: { name: string; weightPercent: number; kind: CriterionKind; environmental: boolean }[];
}

export interface TenderPublished {
  /** The object of the consultation, as in the notice. */
  object: string;
  /** The date the notice was sent: the launch date, which selects the rules in force. */
  noticeSentOn: string;
  /** The deadline for offers, an instant. */
  deadlineAt: string;
  electronic: boolean;
  pin: boolean;
  urgency: boolean;
  publicity: 'none' | 'free' | 'boamp-or-jal' | 'boamp-and-joue';
  /** What the thresholds in force on the launch date call for: decides the standstill (T14) and the award notice (T15). */
  required: 'dispense' | 'mapa' | 'formalised';
  thresholdTable: string;
  /**
   * The rules the consultation follows, decided once here: formalised when the procedure chosen is formalised or the
   * value calls for one (R2194-10's avis de modification follows it). Absent from version 1 notices: see
   * `publishedRegime`.
   */
  regime?: 'dispense' | 'mapa' | 'formalised';
}

export interface QuestionAsked {
  questionId: string;
  lot: number | null;
  text: string;
}

export interface AnswerPublished {
  questionId: string;
  answer: string;
}

export interface DeadlineExtended {
  deadlineAt: string;
  reason: string;
}

export interface NoticeAmended {
  amendmentId: string;
  sentOn: string;
  summary: string;
}

/** S4: the candidature form; the electronic DUME is accepted in place of the DC1 and DC2 forms. */
export type CandidatureForm = 'dume' | 'dc1-dc2';

/** A candidature to a two-stage procedure (restricted, negotiated, competitive dialogue), before selection. */
export interface CandidatureSubmitted {
  candidatureId: string;
  supplierSiret: string;
  form: CandidatureForm;
}

/** The selected candidates are invited to tender, with the deadline for their offers (T6 from the invitation). */
export interface CandidatesInvited {
  suppliers: string[];
  sentOn: string;
  offersDeadlineAt: string;
  electronic: boolean;
}

/** A bid's contents, encrypted with the tender's key: unreadable until the bids are opened. */
export interface SealedContent {
  keyId: string;
  ciphertext: string;
}

/** How the operators answering together are bound (R2142-20); `none`: a single operator. */
export type OperatorGrouping = 'none' | 'conjoint' | 'solidaire';
export const OPERATOR_GROUPINGS: readonly OperatorGrouping[] = ['none', 'conjoint', 'solidaire'];

export interface BidSubmitted {
  bidId: string;
  lot: number;
  supplierSiret: string;
  sealed: SealedContent;
  /** SHA-256 of the plain contents: proves after opening that what was opened is what was sealed. */
  contentSha256: string;
  /**
   * Since version 2: the sworn declaration that stands for the certificates at this stage (R2143-3, R2143-4): the
   * DUME or the DC1 and DC2 forms; absent from older bids, whose suppliers' certificates were checked at the deadline.
   */
  declaration?: CandidatureForm;
  /** Since version 2: whether the supplier answers alone or in a grouping, and which (R2142-20); absent: alone. */
  operatorGrouping?: OperatorGrouping;
}

export interface BidWithdrawn {
  bidId: string;
}

export interface BidsOpened {
  openedAt: string;
  openedBy: string;
  /** The bids in force at the deadline, per lot. */
  bids: { lot: number; bidIds: string[] }[];
}

/** Scores of one bid per criterion, each 0–100 (share of the criterion's points), and the weighted total 0–10 000. */
export interface BidScored {
  bidId: string;
  scores: { criterion: string; score: number }[];
  weightedTotal: number;
}

/** T12: an offer that looks abnormally low; it may be rejected only after its explanation was asked and assessed. */
export interface ExplanationRequested {
  bidId: string;
  requestedOn: string;
}

export interface ExplanationAssessed {
  bidId: string;
  /** Whether the explanation justifies the price; if not, the offer is rejected as abnormally low. */
  justified: boolean;
  assessment: string;
}

export type IrregularityKind = 'irregular' | 'unacceptable' | 'inappropriate';

export interface BidFoundIrregular {
  bidId: string;
  kind: IrregularityKind;
  detail: string;
}

/** T13: every bidder whose irregular offer may be regularised is asked at once, with one deadline. */
export interface RegularisationRequested {
  lot: number;
  bidIds: string[];
  deadlineAt: string;
}

export interface BidRegularised {
  bidId: string;
  sealed: SealedContent;
  contentSha256: string;
}

/** Why an offer is rejected; `ineligible`: its supplier is excluded or lacks valid certificates at the award (R2144-7). */
export type RejectionReason =
  | 'abnormally-low'
  | 'irregular'
  | 'unacceptable'
  | 'inappropriate'
  | 'ineligible';

export interface BidRejected {
  bidId: string;
  reason: RejectionReason;
  legalReference: string;
}

/**
 * Offers of a lot still tied after the consultation's tie-break rule, put in order by a drawing by lot: who drew, on
 * which day, and the order drawn (best first). The domain does not draw: it records the drawing done.
 */
export interface TieDrawn {
  lot: number;
  bidIds: string[];
  drawnBy: string;
  drawnOn: string;
}

/** The supporting documents asked of the candidate to whom the award is envisaged (R2143-6 to R2143-10). */
export type AwardDocumentKind = 'tax-regularity' | 'urssaf-vigilance';
export const AWARD_DOCUMENTS: readonly AwardDocumentKind[] = ['tax-regularity', 'urssaf-vigilance'];

/**
 * The buyer asks the candidate to whom it envisages awarding the lot, and only it, for the documents proving it is
 * not excluded, with a time limit (R2144-4); a next-ranked one is asked when the award is to pass to it (R2181-7).
 */
export interface AwardDocumentsRequested {
  lot: number;
  bidId: string;
  supplierSiret: string;
  documents: AwardDocumentKind[];
  requestedOn: string;
  /** The last day the documents may be produced. */
  dueOn: string;
  legalReference: 'R2144-4';
}

/**
 * The candidature of the supplier asked for the documents is declared inadmissible, as they were not produced within
 * the time limit (R2144-7): its offer leaves the contest and the request may pass to the next-ranked.
 */
export interface CandidatureDeclaredInadmissible {
  lot: number;
  bidId: string;
  supplierSiret: string;
  /** The request left unanswered. */
  requestedOn: string;
  dueOn: string;
  declaredOn: string;
  legalReference: 'R2144-7';
}

export interface LotAwarded {
  lot: number;
  bidId: string;
  supplierSiret: string;
  /** The ranking the award rests on, best first. */
  ranking: { bidId: string; weightedTotal: number }[];
  decidedOn: string;
}

export interface RejectionNoticesSent {
  lot: number;
  sentOn: string;
  electronic: boolean;
  /** The first day the contract may be signed (T14): 11 days after electronic notices, 16 otherwise. */
  standstillEndsOn: string | null;
}

/** T16: before notification, the award passes to the next-ranked bid when the awardee cannot perform. */
export interface AwardTransferred {
  lot: number;
  fromBidId: string;
  toBidId: string;
  supplierSiret: string;
  reason: string;
}

export interface ContractSigned {
  lot: number;
  bidId: string;
  supplierSiret: string;
  signedOn: string;
  amountCents: number;
  /** T15: the avis d'attribution is due by this date (contracts at or above the EU threshold), else null. */
  awardNoticeDueBy: string | null;
}

/** No suitable offer (infructueux) or the procedure given up (sans suite). */
export interface LotClosedWithoutAward {
  lot: number;
  outcome: 'unsuccessful' | 'abandoned';
  reason: string;
}

/**
 * T15 (R2183-1): the avis d'attribution of a lot, sent for publication, recorded by the coordinator with the date
 * of its publication and its reference (e.g. the BOAMP or JOUE notice number).
 */
export interface AwardNoticePublished {
  lot: number;
  publishedOn: string;
  reference: string;
}

export interface TenderEventData {
  'tender.TenderCreated': TenderCreated;
  'tender.ProcedureChosen': ProcedureChosen;
  'tender.CriteriaSet': CriteriaSet;
  'tender.TenderPublished': TenderPublished;
  'tender.QuestionAsked': QuestionAsked;
  'tender.AnswerPublished': AnswerPublished;
  'tender.DeadlineExtended': DeadlineExtended;
  'tender.NoticeAmended': NoticeAmended;
  'tender.CandidatureSubmitted': CandidatureSubmitted;
  'tender.CandidatesInvited': CandidatesInvited;
  'tender.BidSubmitted': BidSubmitted;
  'tender.BidWithdrawn': BidWithdrawn;
  'tender.BidsOpened': BidsOpened;
  'tender.BidScored': BidScored;
  'tender.ExplanationRequested': ExplanationRequested;
  'tender.ExplanationAssessed': ExplanationAssessed;
  'tender.BidFoundIrregular': BidFoundIrregular;
  'tender.RegularisationRequested': RegularisationRequested;
  'tender.BidRegularised': BidRegularised;
  'tender.BidRejected': BidRejected;
  'tender.TieDrawn': TieDrawn;
  'tender.AwardDocumentsRequested': AwardDocumentsRequested;
  'tender.CandidatureDeclaredInadmissible': CandidatureDeclaredInadmissible;
  'tender.LotAwarded': LotAwarded;
  'tender.RejectionNoticesSent': RejectionNoticesSent;
  'tender.AwardTransferred': AwardTransferred;
  'tender.ContractSigned': ContractSigned;
  'tender.LotClosedWithoutAward': LotClosedWithoutAward;
  'tender.AwardNoticePublished': AwardNoticePublished;
}

export type TenderEventType = keyof TenderEventData;

export type TenderEvent = {
  [Type in TenderEventType]: { type: Type; data: TenderEventData[Type] };
}[TenderEventType];

export const tenderStream = (tenderId: string) => `tender-${tenderId}`;

import {
  AwardDocumentsRequested,
  BidScored,
  CandidatesInvited,
  CandidatureSubmitted,
  BidSubmitted,
  BidsOpened,
  AwardNoticePublished,
  ContractSigned,
  IrregularityKind,
  LotAwarded,
  LotClosedWithoutAward,
  RegularisationRequested,
  RejectionNoticesSent,
  RejectionReason,
  CriteriaSet,
  TieDrawn,
  ProcedureChosen,
  TenderCreated,
  TenderEvent,
  TenderPublished,
} from '@mutualis/shared/contracts';

/** A tender as its stream tells it. */
export interface TenderState {
  created: TenderCreated | null;
  procedure: ProcedureChosen | null;
  criteria: Record<number, CriteriaSet['criteria']>;
  published: TenderPublished | null;
  /** The deadline in force (after extensions). */
  deadlineAt: string | null;
  /** Questions and their answers, published to every candidate. */
  questions: Record<string, { lot: number | null; text: string; answer: string | null }>;
  /** Two-stage procedures: the candidatures by supplier, and the candidates invited to tender (null until then). */
  candidatures: Record<string, CandidatureSubmitted>;
  invited: CandidatesInvited | null;
  /** Bids in force (withdrawn ones removed). */
  bids: Record<string, BidSubmitted>;
  opened: BidsOpened | null;
  scores: Record<string, BidScored>;
  /** T12: explanations asked of offers that look abnormally low, and whether they were found justified. */
  explanations: Record<string, { justified: boolean | null }>;
  irregular: Record<string, IrregularityKind>;
  regularisations: Record<number, RegularisationRequested>;
  regularised: Record<string, true>;
  rejected: Record<string, RejectionReason>;
  /** Drawings by lot between offers left tied by the consultation's rule. */
  drawings: TieDrawn[];
  /** The last request for the documents of the candidate the award is envisaged for, per lot (R2144-4). */
  documentRequests: Record<number, AwardDocumentsRequested>;
  awards: Record<number, LotAwarded>;
  notices: Record<number, RejectionNoticesSent>;
  signed: Record<number, ContractSigned>;
  closed: Record<number, LotClosedWithoutAward>;
  /** T15: the avis d'attribution published, by lot. */
  awardNotices: Record<number, AwardNoticePublished>;
}

export const INITIAL_TENDER_STATE: TenderState = {
  created: null,
  procedure: null,
  criteria: {},
  published: null,
  deadlineAt: null,
  questions: {},
  candidatures: {},
  invited: null,
  bids: {},
  opened: null,
  scores: {},
  explanations: {},
  irregular: {},
  regularisations: {},
  regularised: {},
  rejected: {},
  drawings: [],
  documentRequests: {},
  awards: {},
  notices: {},
  signed: {},
  closed: {},
  awardNotices: {},
};

/** Folds one event into a tender's state. */
export function evolveTender(state: TenderState, event: TenderEvent): TenderState {
  switch (event.type) {
    case 'tender.TenderCreated':
      return { ...state, created: event.data };
    case 'tender.ProcedureChosen':
      return { ...state, procedure: event.data };
    case 'tender.CriteriaSet':
      return { ...state, criteria: { ...state.criteria, [event.data.lot]: event.data.criteria } };
    case 'tender.TenderPublished':
      return { ...state, published: event.data, deadlineAt: event.data.deadlineAt };
    case 'tender.QuestionAsked': {
      const { questionId, lot, text } = event.data;
      return { ...state, questions: { ...state.questions, [questionId]: { lot, text, answer: null } } };
    }
    case 'tender.AnswerPublished': {
      const question = state.questions[event.data.questionId];
      if (!question) return state;
      return {
        ...state,
        questions: {
          ...state.questions,
          [event.data.questionId]: { ...question, answer: event.data.answer },
        },
      };
    }
    case 'tender.DeadlineExtended':
      return { ...state, deadlineAt: event.data.deadlineAt };
    case 'tender.NoticeAmended':
      return state;
    case 'tender.CandidatureSubmitted':
      return {
        ...state,
        candidatures: { ...state.candidatures, [event.data.supplierSiret]: event.data },
      };
    case 'tender.CandidatesInvited':
      return { ...state, invited: event.data, deadlineAt: event.data.offersDeadlineAt };
    case 'tender.BidSubmitted':
      return { ...state, bids: { ...state.bids, [event.data.bidId]: event.data } };
    case 'tender.BidWithdrawn': {
      const { [event.data.bidId]: _withdrawn, ...bids } = state.bids;
      return { ...state, bids };
    }
    case 'tender.BidsOpened':
      return { ...state, opened: event.data };
    case 'tender.BidScored':
      return { ...state, scores: { ...state.scores, [event.data.bidId]: event.data } };
    case 'tender.ExplanationRequested':
      return { ...state, explanations: { ...state.explanations, [event.data.bidId]: { justified: null } } };
    case 'tender.ExplanationAssessed':
      return {
        ...state,
        explanations: { ...state.explanations, [event.data.bidId]: { justified: event.data.justified } },
      };
    case 'tender.BidFoundIrregular':
      return { ...state, irregular: { ...state.irregular, [event.data.bidId]: event.data.kind } };
    case 'tender.RegularisationRequested':
      return { ...state, regularisations: { ...state.regularisations, [event.data.lot]: event.data } };
    case 'tender.BidRegularised': {
      const bid = state.bids[event.data.bidId];
      const bids = bid
        ? {
            ...state.bids,
            [bid.bidId]: { ...bid, sealed: event.data.sealed, contentSha256: event.data.contentSha256 },
          }
        : state.bids;
      return { ...state, bids, regularised: { ...state.regularised, [event.data.bidId]: true } };
    }
    case 'tender.BidRejected':
      return { ...state, rejected: { ...state.rejected, [event.data.bidId]: event.data.reason } };
    case 'tender.TieDrawn':
      return { ...state, drawings: [...state.drawings, event.data] };
    case 'tender.AwardDocumentsRequested':
      return { ...state, documentRequests: { ...state.documentRequests, [event.data.lot]: event.data } };
    case 'tender.CandidatureDeclaredInadmissible':
      return { ...state, rejected: { ...state.rejected, [event.data.bidId]: 'ineligible' } };
    case 'tender.LotAwarded':
      return { ...state, awards: { ...state.awards, [event.data.lot]: event.data } };
    case 'tender.RejectionNoticesSent':
      return { ...state, notices: { ...state.notices, [event.data.lot]: event.data } };
    case 'tender.AwardTransferred': {
      const award = state.awards[event.data.lot];
      if (!award) return state;
      const { [event.data.lot]: _previousNotices, ...notices } = state.notices;
      const transferred = { ...award, bidId: event.data.toBidId, supplierSiret: event.data.supplierSiret };
      return { ...state, awards: { ...state.awards, [event.data.lot]: transferred }, notices };
    }
    case 'tender.ContractSigned':
      return { ...state, signed: { ...state.signed, [event.data.lot]: event.data } };
    case 'tender.AwardNoticePublished':
      return { ...state, awardNotices: { ...state.awardNotices, [event.data.lot]: event.data } };
    case 'tender.LotClosedWithoutAward':
      return { ...state, closed: { ...state.closed, [event.data.lot]: event.data } };
  }
}

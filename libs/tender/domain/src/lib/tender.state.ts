import {
  BidSubmitted,
  BidsOpened,
  CriteriaSet,
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
  questions: Record<string, { lot: number | null; text: string; answered: boolean }>;
  /** Bids in force (withdrawn ones removed). */
  bids: Record<string, BidSubmitted>;
  opened: BidsOpened | null;
}

export const INITIAL_TENDER_STATE: TenderState = {
  created: null,
  procedure: null,
  criteria: {},
  published: null,
  deadlineAt: null,
  questions: {},
  bids: {},
  opened: null,
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
      return { ...state, questions: { ...state.questions, [questionId]: { lot, text, answered: false } } };
    }
    case 'tender.AnswerPublished': {
      const question = state.questions[event.data.questionId];
      if (!question) return state;
      return {
        ...state,
        questions: { ...state.questions, [event.data.questionId]: { ...question, answered: true } },
      };
    }
    case 'tender.DeadlineExtended':
      return { ...state, deadlineAt: event.data.deadlineAt };
    case 'tender.NoticeAmended':
      return state;
    case 'tender.BidSubmitted':
      return { ...state, bids: { ...state.bids, [event.data.bidId]: event.data } };
    case 'tender.BidWithdrawn': {
      const { [event.data.bidId]: _withdrawn, ...bids } = state.bids;
      return { ...state, bids };
    }
    case 'tender.BidsOpened':
      return { ...state, opened: event.data };
  }
}

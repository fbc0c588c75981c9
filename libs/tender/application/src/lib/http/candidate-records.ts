import { Principal, ProblemException, speaksFor } from '@mutualis/shared/api';
import { BidSubmitted, EventEnvelope, QuestionAsked } from '@mutualis/shared/contracts';
import { TenderState } from '@mutualis/tender/domain';
import { bidsSealed } from '../tenders';
import { BidReceiptView } from './bids.responses';
import { eventOf } from './recorded-event';
import { AskedQuestionView, CandidatureView } from './tender-acts.responses';

// What a candidate submitted to a consultation, read on its own: by the candidate that submitted it, or by the
// readers of the consultation's consortium. Who asked a question and when a bid came are in the events' envelopes.

/**
 * The token must name the consortium that runs the tender. A buyer-side role of another consortium is not to know
 * of it (404). Any supplier may answer a published consultation (L3), but with a token minted for that consortium
 * (the access service mints one for whichever consortium a call names): one minted for another is refused (403),
 * so its `consortia` claim is checked, never ignored (ADR 0007).
 */
export function requireSameConsortium(principal: Principal, state: TenderState): void {
  if (speaksFor(principal, state.created!.consortiumId)) return;
  if (principal.role === 'supplier') {
    throw new ProblemException(
      'forbidden',
      'This token does not speak for the consortium that runs this consultation: use a token naming it ' +
        '(any supplier may answer a published consultation, L3).',
    );
  }
  throw new ProblemException('not-found', 'No such tender.');
}

/** A question, for the supplier that asked it or the coordinator; never naming who asked. */
export function askedQuestion(
  state: TenderState,
  events: EventEnvelope[],
  questionId: string,
  principal: Principal,
): AskedQuestionView {
  const question = state.questions[questionId];
  const asker = eventOf<QuestionAsked>(
    events,
    'tender.QuestionAsked',
    (data) => data.questionId === questionId,
  )?.actor.supplierSiret;
  if (!question || (principal.role === 'supplier' && asker !== principal.supplierSiret)) {
    throw new ProblemException('not-found', 'No such question of yours.');
  }
  return { questionId, ...question };
}

/** A candidature, for the supplier that submitted it or the readers of the consultation. */
export function candidatureOf(
  state: TenderState,
  candidatureId: string,
  principal: Principal,
): CandidatureView {
  const candidature = Object.values(state.candidatures).find((one) => one.candidatureId === candidatureId);
  if (
    !candidature ||
    (principal.role === 'supplier' && candidature.supplierSiret !== principal.supplierSiret)
  ) {
    throw new ProblemException('not-found', 'No such candidature.');
  }
  return candidature;
}

/**
 * The receipt of a bid, for the supplier that submitted it: when, on which lot, with what fingerprint; never its
 * content. Anyone else's bid, or an unknown one, is sealed before the opening as every bid is (409): that answer
 * must not tell whether the bid exists. A bid of its own that it withdrew or replaced is gone (404).
 */
export function bidReceipt(
  state: TenderState,
  events: EventEnvelope[],
  bidId: string,
  supplierSiret: string,
): BidReceiptView {
  const submitted = eventOf<BidSubmitted>(
    events,
    'tender.BidSubmitted',
    (data) => data.bidId === bidId && data.supplierSiret === supplierSiret,
  );
  if (!submitted) {
    if (!state.opened) throw bidsSealed();
    throw new ProblemException('not-found', 'No such bid of yours.');
  }
  const bid = state.bids[bidId];
  if (!bid) throw new ProblemException('not-found', 'This bid was withdrawn or replaced.');
  return { bidId, lot: bid.lot, submittedAt: submitted.occurredAt, contentSha256: bid.contentSha256 };
}

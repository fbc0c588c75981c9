import { awardNoticeDueBy, checkSignature, standstillEndsOn } from '@mutualis/procurement-rules';
import { DEFAULT_TIE_BREAK, TenderEvent } from '@mutualis/shared/contracts';
import { requireUndecided } from './evaluation';
import { isFormalised } from './choose-procedure';
import {
  AwardLot,
  CloseLotWithoutAward,
  SendRejectionNotices,
  RecordTieDrawing,
  SignContract,
  TransferAward,
} from './tender.commands';
import { rankLot, recordTieDrawing } from './ranking';
import { refuse, refuseBreaches } from './tender-refusal';
import { TenderState } from './tender.state';

/** The bids of a lot that may still win: in force at opening, not rejected. */
function contenders(state: TenderState, lot: number) {
  return Object.values(state.bids).filter((bid) => bid.lot === lot && !state.rejected[bid.bidId]);
}

/**
 * Awards a lot to the best weighted total. Every contender must be scored, irregular ones regularised or rejected,
 * and explanations asked of low offers assessed, before the ranking means anything; the suppliers' exclusions and
 * certificates are checked again on the decision date (S3).
 */
export function awardLot(command: AwardLot, state: TenderState): TenderEvent[] {
  if (!state.opened) throw refuse('the bids are not opened', { rule: 'bids-not-opened' });
  requireUndecided(state, command.lot);
  const bids = contenders(state, command.lot);
  // A low offer found unjustified must be rejected before the award: it can neither win nor stay in the ranking.
  const pending = bids.filter(
    (bid) =>
      (state.irregular[bid.bidId] && !state.regularised[bid.bidId]) ||
      (state.explanations[bid.bidId] !== undefined && state.explanations[bid.bidId]!.justified !== true),
  );
  if (pending.length > 0) {
    throw refuse('irregular offers and requested explanations must be settled before the award', {
      rule: 'offers-not-settled',
      values: { bidIds: pending.map((bid) => bid.bidId) },
    });
  }
  const unscored = bids.filter((bid) => !state.scores[bid.bidId]);
  if (unscored.length > 0) {
    throw refuse('every offer in contention must be scored', {
      rule: 'offers-not-scored',
      values: { bidIds: unscored.map((bid) => bid.bidId) },
    });
  }
  if (bids.length === 0) {
    throw refuse('no offer can be awarded: declare the lot unsuccessful', { rule: 'no-offer-to-award' });
  }
  const { ranking, undrawn } = rankLot(state, command.lot, bids);
  if (undrawn.length > 0) {
    throw refuse(
      'offers are tied after the consultation’s rule: record the drawing by lot before the award',
      {
        rule: 'tie-not-broken',
        legalReference: 'L3',
        values: { tied: undrawn, tieBreak: state.created?.tieBreak ?? DEFAULT_TIE_BREAK },
      },
    );
  }
  // S3, R2144-7: offers whose supplier is excluded or without valid certificates on the day are rejected, and the
  // award goes to the best of the others; when none is left, only the rejections are recorded.
  const eligible = ranking.filter((ranked) => eligibleOn(command, state.bids[ranked.bidId]!.supplierSiret));
  const rejections = ranking
    .filter((ranked) => !eligible.includes(ranked))
    .map(
      (ranked): TenderEvent => ({
        type: 'tender.BidRejected',
        data: { bidId: ranked.bidId, reason: 'ineligible', legalReference: 'R2144-7' },
      }),
    );
  const best = eligible[0];
  if (!best) return rejections;
  return [
    ...rejections,
    {
      type: 'tender.LotAwarded',
      data: {
        lot: command.lot,
        bidId: best.bidId,
        supplierSiret: state.bids[best.bidId]!.supplierSiret,
        ranking: eligible,
        decidedOn: command.decidedOn,
      },
    },
  ];
}

/** The ranking made whole: a drawing by lot between offers the consultation's rule leaves tied (L3). */
export function drawTie(command: RecordTieDrawing, state: TenderState): TenderEvent[] {
  if (!state.opened) throw refuse('the bids are not opened', { rule: 'bids-not-opened' });
  requireUndecided(state, command.lot);
  return recordTieDrawing(command, state, contenders(state, command.lot));
}

/** Whether the supplier may still be awarded on the decision date; a bidder the command says nothing of may not. */
function eligibleOn(command: AwardLot, supplierSiret: string): boolean {
  const eligibility = command.eligibility[supplierSiret];
  if (!eligibility) {
    throw refuse(`the eligibility of ${supplierSiret} on ${command.decidedOn} is unknown`, {
      rule: 'eligibility-unknown',
      values: { siret: supplierSiret },
    });
  }
  return eligibility.mayBid;
}

/** The rejection notices to the other bidders; for a formalised procedure they start the standstill (T14). */
export function sendRejectionNotices(command: SendRejectionNotices, state: TenderState): TenderEvent[] {
  requireAwarded(state, command.lot);
  const formalised = formalisedTender(state);
  return [
    {
      type: 'tender.RejectionNoticesSent',
      data: {
        lot: command.lot,
        sentOn: command.sentOn,
        electronic: command.electronic,
        standstillEndsOn: formalised ? standstillEndsOn(command.sentOn, command.electronic) : null,
      },
    },
  ];
}

/**
 * T16 (R2181-7, launches from 1 January 2026): before signature, when the awardee cannot perform, the award passes
 * to the next-ranked offer still in contention; new rejection notices are then due.
 */
export function transferAward(command: TransferAward, state: TenderState): TenderEvent[] {
  const award = requireAwarded(state, command.lot);
  if ((state.published?.noticeSentOn ?? '') < '2026-01-01') {
    throw refuse(
      'passing the award to the next-ranked offer applies to consultations launched from 1 January 2026',
      {
        rule: 'award-transfer-not-applicable',
        legalReference: 'R2181-7',
      },
    );
  }
  const position = award.ranking.findIndex((entry) => entry.bidId === award.bidId);
  const next = award.ranking.slice(position + 1).find((entry) => !state.rejected[entry.bidId]);
  if (!next)
    throw refuse('no next-ranked offer remains', { rule: 'no-next-ranked-offer', legalReference: 'R2181-7' });
  if (command.reason.trim().length === 0)
    throw refuse('state why the awardee cannot perform', { rule: 'reason-required' });
  return [
    {
      type: 'tender.AwardTransferred',
      data: {
        lot: command.lot,
        fromBidId: award.bidId,
        toBidId: next.bidId,
        supplierSiret: state.bids[next.bidId]!.supplierSiret,
        reason: command.reason.trim(),
      },
    },
  ];
}

/**
 * Signs the lot's contract: for a formalised procedure only once the standstill after the rejection notices is over
 * (T14, R2182-1); at or above the EU threshold, the avis d'attribution is then due within 30 days (T15, R2183-1).
 */
export function signContract(command: SignContract, state: TenderState): TenderEvent[] {
  const award = requireAwarded(state, command.lot);
  const formalised = formalisedTender(state);
  const notices = state.notices[command.lot];
  if (!notices) {
    throw refuse('the rejection notices must be sent before signature', {
      rule: 'rejection-notices-not-sent',
      legalReference: 'R2181-1',
    });
  }
  refuseBreaches([
    checkSignature({
      procedure: formalised ? 'formalised' : 'mapa',
      rejectionNoticesSentOn: notices.sentOn,
      electronic: notices.electronic,
      signedOn: command.signedOn,
    }),
  ]);
  if (!Number.isSafeInteger(command.amountCents) || command.amountCents < 1) {
    throw refuse('the contract’s amount is a positive whole number of cents', { rule: 'amount-invalid' });
  }
  // R2162-4: the accord-cadre's maximum was announced; the lots signed under it cannot go beyond it together.
  const maximumCents = state.created?.framework?.maximumCents;
  if (maximumCents) {
    const signedCents =
      Object.values(state.signed).reduce((sum, signed) => sum + signed.amountCents, 0) + command.amountCents;
    if (signedCents > maximumCents) {
      throw refuse('the lots signed would exceed the maximum the accord-cadre announced', {
        rule: 'framework-maximum-exceeded',
        legalReference: 'R2162-4',
        values: { signedCents, maximumCents },
      });
    }
  }
  return [
    {
      type: 'tender.ContractSigned',
      data: {
        lot: command.lot,
        bidId: award.bidId,
        supplierSiret: award.supplierSiret,
        signedOn: command.signedOn,
        amountCents: command.amountCents,
        // R2183-1 looks at the value (at or above the EU threshold), not at the procedure chosen.
        awardNoticeDueBy:
          state.published?.required === 'formalised' ? awardNoticeDueBy(command.signedOn) : null,
      },
    },
  ];
}

/** Closes a lot with no award: unsuccessful when no offer remains in contention, abandoned (sans suite) with a reason. */
export function closeLotWithoutAward(command: CloseLotWithoutAward, state: TenderState): TenderEvent[] {
  if (!state.created?.lots.some((lot) => lot.number === command.lot)) {
    throw refuse(`the tender has no lot ${command.lot}`, { rule: 'unknown-lot' });
  }
  if (state.signed[command.lot]) throw refuse('the lot’s contract is signed', { rule: 'contract-signed' });
  if (state.closed[command.lot]) throw refuse('the lot is already closed', { rule: 'lot-already-decided' });
  if (command.reason.trim().length === 0)
    throw refuse('state why the lot is closed', { rule: 'reason-required' });
  if (command.outcome === 'unsuccessful') {
    if (!state.opened)
      throw refuse('a lot is declared unsuccessful once the bids are opened', { rule: 'bids-not-opened' });
    const remaining = contenders(state, command.lot);
    if (remaining.length > 0) {
      throw refuse('offers remain in contention: the lot is not unsuccessful', {
        rule: 'offers-remain',
        values: { bidIds: remaining.map((bid) => bid.bidId) },
      });
    }
  }
  return [
    {
      type: 'tender.LotClosedWithoutAward',
      data: { lot: command.lot, outcome: command.outcome, reason: command.reason.trim() },
    },
  ];
}

function requireAwarded(state: TenderState, lot: number) {
  const award = state.awards[lot];
  if (!award) throw refuse(`lot ${lot} is not awarded`, { rule: 'lot-not-awarded', values: { lot } });
  if (state.signed[lot]) throw refuse('the lot’s contract is signed', { rule: 'contract-signed' });
  if (state.closed[lot])
    throw refuse(`lot ${lot} was closed without award`, { rule: 'lot-closed', values: { lot } });
  return award;
}

/** Whether the tender runs under the rules of formalised procedures, as decided at its publication. */
function formalisedTender(state: TenderState): boolean {
  return (
    !!state.procedure &&
    !!state.published &&
    isFormalised(state.procedure.procedure, state.published.required)
  );
}

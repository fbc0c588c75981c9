import {
  awardNoticeDueBy,
  checkSignature,
  checkVigilance,
  standstillEndsOn,
} from '@mutualis/procurement-rules';
import { TenderEvent } from '@mutualis/shared/contracts';
import {
  awardCandidates,
  contenders,
  rankedContenders,
  rejectBarred,
  requireAwardDocuments,
} from './award-documents';
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
import { recordTieDrawing } from './ranking';
import { refuse, refuseBreaches } from './tender-refusal';
import { TenderState } from './tender.state';

/**
 * Awards a lot to the best weighted total among the offers in contention (see `rankedContenders`): offers of
 * suppliers excluded on the decision date are rejected (S3), and the best of the others must hold the documents
 * proving it is not excluded, asked of it alone (R2144-4); the attestation de vigilance is checked at signature.
 */
export function awardLot(command: AwardLot, state: TenderState): TenderEvent[] {
  requireUndecided(state, command.lot);
  const ranking = rankedContenders(state, command.lot);
  const { rejections, remaining } = rejectBarred(state, ranking, command.eligibility, command.decidedOn);
  const best = remaining[0];
  if (!best) return rejections;
  requireAwardDocuments(state, command.lot, best.bidId, command.eligibility, command.decidedOn);
  return [
    ...rejections,
    {
      type: 'tender.LotAwarded',
      data: {
        lot: command.lot,
        bidId: best.bidId,
        supplierSiret: state.bids[best.bidId]!.supplierSiret,
        ranking: remaining,
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
 * to the next-ranked offer still in contention, its supplier's exclusions and documents checked as for the award
 * (R2144-4, R2144-7); new rejection notices are then due.
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
  if (command.reason.trim().length === 0)
    throw refuse('state why the awardee cannot perform', { rule: 'reason-required' });
  const candidates = awardCandidates(state, command.lot);
  if (candidates.length === 0)
    throw refuse('no next-ranked offer remains', { rule: 'no-next-ranked-offer', legalReference: 'R2181-7' });
  const { rejections, remaining } = rejectBarred(state, candidates, command.eligibility, command.decidedOn);
  const next = remaining[0];
  if (!next) return rejections;
  requireAwardDocuments(state, command.lot, next.bidId, command.eligibility, command.decidedOn);
  return [
    ...rejections,
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
 * (T14, R2182-1), with an awardee still not excluded and, from 5 000 € HT, holding a valid attestation de vigilance
 * (L8222-1, D8222-5); at or above the EU threshold, the avis d'attribution is then due within 30 days (T15, R2183-1).
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
  requireHolderMaySign(award.supplierSiret, command);
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

/** An exclusion bars the signature too (S3); the attestation de vigilance is asked before signing from 5 000 € HT. */
function requireHolderMaySign(supplierSiret: string, command: SignContract): void {
  const eligibility = command.holderEligibility;
  if (!eligibility.mayBid) {
    const reasons = eligibility.reasons.filter((reason) => reason.blocks.includes('bid'));
    throw refuse(
      `${supplierSiret} may not sign on ${command.signedOn}: pass the award to the next-ranked offer`,
      {
        rule: 'supplier-not-eligible',
        legalReference: reasons[0]?.legalReference ?? 'L2141-1',
        values: { siret: supplierSiret, on: command.signedOn, reasons: reasons.map((reason) => reason.code) },
      },
    );
  }
  refuseBreaches([
    checkVigilance({
      contractAmountCentsHT: command.amountCents,
      vigilanceValid: eligibility.mayBePaid,
      on: command.signedOn,
    }),
  ]);
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

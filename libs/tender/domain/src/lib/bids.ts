import { TenderEvent } from '@mutualis/shared/contracts';
import { requireEligible, requireOpenForCandidates } from './consultation';
import { inTwoStages } from './selection';
import { OpenBids, SubmitBid, WithdrawBid } from './tender.commands';
import { refuse } from './tender-refusal';
import { TenderState } from './tender.state';

/**
 * A bid, sealed, before the deadline, from any supplier not excluded on it (S3): its sworn declaration (DUME or DC1
 * and DC2) stands for the certificates, asked only of the candidate the award is envisaged for (R2143-3, R2144-4).
 * A new bid of the same supplier on the same lot replaces the previous one.
 */
export function submitBid(command: SubmitBid, state: TenderState): TenderEvent[] {
  const { bidId, lot, supplierSiret, sealed, contentSha256, declaration, operatorGrouping, eligibility } =
    command;
  requireInvited(state, supplierSiret);
  requireOpenForCandidates(state, command.now);
  if (!state.created!.lots.some((candidate) => candidate.number === lot)) {
    throw refuse(`the tender has no lot ${lot}`, { rule: 'unknown-lot', values: { lot } });
  }
  requireEligible(eligibility, supplierSiret);
  const replaced = Object.values(state.bids).filter(
    (bid) => bid.supplierSiret === supplierSiret && bid.lot === lot,
  );
  return [
    ...replaced.map((bid): TenderEvent => ({ type: 'tender.BidWithdrawn', data: { bidId: bid.bidId } })),
    {
      type: 'tender.BidSubmitted',
      data: { bidId, lot, supplierSiret, sealed, contentSha256, declaration, operatorGrouping },
    },
  ];
}

/** In a two-stage procedure, offers come only from the candidates invited to tender (L2124-2, L2124-3). */
function requireInvited(state: TenderState, supplierSiret: string): void {
  if (!inTwoStages(state)) return;
  if (!state.invited) {
    throw refuse('the candidates are not invited to tender yet: offers come after the selection', {
      rule: 'candidates-not-invited',
      legalReference: 'L2124-2',
    });
  }
  if (!state.invited.suppliers.includes(supplierSiret)) {
    throw refuse(`${supplierSiret} was not invited to tender`, {
      rule: 'not-invited',
      legalReference: 'L2124-2',
      values: { siret: supplierSiret },
    });
  }
}

/** A supplier withdraws its own bid before the deadline. */
export function withdrawBid(command: WithdrawBid, state: TenderState): TenderEvent[] {
  requireOpenForCandidates(state, command.now);
  const bid = state.bids[command.bidId];
  if (!bid || bid.supplierSiret !== command.supplierSiret) {
    throw refuse('no such bid of this supplier', { rule: 'unknown-bid' });
  }
  return [{ type: 'tender.BidWithdrawn', data: { bidId: command.bidId } }];
}

/** The coordinator opens the bids once the deadline has passed, once; the event records who and when. */
export function openBids(command: OpenBids, state: TenderState): TenderEvent[] {
  if (!state.published || !state.deadlineAt)
    throw refuse('the notice is not sent yet', { rule: 'tender-not-published' });
  if (state.opened)
    throw refuse(`the bids were opened at ${state.opened.openedAt}`, { rule: 'bids-already-opened' });
  if (inTwoStages(state) && !state.invited) {
    throw refuse('no offers before the candidates are invited to tender', { rule: 'candidates-not-invited' });
  }
  if (Date.parse(command.now) < Date.parse(state.deadlineAt)) {
    throw refuse(`the bids cannot be opened before the deadline (${state.deadlineAt})`, {
      rule: 'deadline-not-passed',
      values: { deadlineAt: state.deadlineAt, now: command.now },
    });
  }
  const bids = state.created!.lots.map((lot) => ({
    lot: lot.number,
    bidIds: Object.values(state.bids)
      .filter((bid) => bid.lot === lot.number)
      .map((bid) => bid.bidId)
      .sort(),
  }));
  return [{ type: 'tender.BidsOpened', data: { openedAt: command.now, openedBy: command.openedBy, bids } }];
}

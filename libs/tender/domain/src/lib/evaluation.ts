import { TenderEvent } from '@mutualis/shared/contracts';
import {
  AssessExplanation,
  FindIrregular,
  RegulariseBid,
  RejectBid,
  RequestExplanation,
  RequestRegularisation,
  ScoreBid,
} from './tender.commands';
import { refuse } from './tender-refusal';
import { TenderState } from './tender.state';

/** Scores a bid on each criterion of its lot (0–100 each); the weighted total is Σ weight × score (0–10 000). */
export function scoreBid(command: ScoreBid, state: TenderState): TenderEvent[] {
  const bid = requireOpenedBid(state, command.bidId);
  requireUndecided(state, bid.lot);
  const criteria = state.criteria[bid.lot] ?? [];
  const names = criteria.map((criterion) => criterion.name).sort();
  const given = command.scores.map((score) => score.criterion).sort();
  if (names.join('\u0000') !== given.join('\u0000')) {
    throw refuse('a bid is scored on each criterion of its lot, once', {
      rule: 'scores-do-not-match-criteria',
      legalReference: 'R2152-7',
      values: { criteria: names, scored: given },
    });
  }
  const invalid = command.scores.filter(({ score }) => !Number.isInteger(score) || score < 0 || score > 100);
  if (invalid.length > 0) {
    throw refuse('scores are whole numbers from 0 to 100', {
      rule: 'score-out-of-range',
      values: { invalid },
    });
  }
  // On a scale of 10 000 whatever the weights add up to (a MAPA's need not total 100).
  const totalWeight = criteria.reduce((total, criterion) => total + criterion.weightPercent, 0);
  const weighted = command.scores.reduce(
    (total, { criterion, score }) =>
      total + score * criteria.find((c) => c.name === criterion)!.weightPercent,
    0,
  );
  const weightedTotal = totalWeight === 0 ? 0 : Math.floor((weighted * 100) / totalWeight);
  return [{ type: 'tender.BidScored', data: { bidId: bid.bidId, scores: command.scores, weightedTotal } }];
}

/** T12: an offer that looks abnormally low must first be asked to explain its price (R2152-3). */
export function requestExplanation(command: RequestExplanation, state: TenderState): TenderEvent[] {
  const bid = requireOpenedBid(state, command.bidId);
  requireUndecided(state, bid.lot);
  if (state.explanations[bid.bidId])
    throw refuse('explanations were already requested', { rule: 'explanation-already-requested' });
  return [
    { type: 'tender.ExplanationRequested', data: { bidId: bid.bidId, requestedOn: command.requestedOn } },
  ];
}

export function assessExplanation(command: AssessExplanation, state: TenderState): TenderEvent[] {
  const explanation = state.explanations[command.bidId];
  if (!explanation) {
    throw refuse('no explanation was requested of this bid', {
      rule: 'explanation-not-requested',
      legalReference: 'R2152-3',
    });
  }
  if (explanation.justified !== null)
    throw refuse('the explanation is already assessed', { rule: 'explanation-already-assessed' });
  const { bidId, justified, assessment } = command;
  return [{ type: 'tender.ExplanationAssessed', data: { bidId, justified, assessment } }];
}

export function findIrregular(command: FindIrregular, state: TenderState): TenderEvent[] {
  const bid = requireOpenedBid(state, command.bidId);
  requireUndecided(state, bid.lot);
  const { bidId, kind, detail } = command;
  return [{ type: 'tender.BidFoundIrregular', data: { bidId, kind, detail } }];
}

/**
 * T13 (R2152-2): regularisation is asked of every bidder of the lot whose offer is irregular (not unacceptable nor
 * inappropriate) and not abnormally low, at once and with one deadline. An offer whose explanation was found
 * justified is not abnormally low and is asked like the others; one whose explanation is still awaited must be
 * settled first, or the one deadline could not reach it.
 */
export function requestRegularisation(command: RequestRegularisation, state: TenderState): TenderEvent[] {
  requireUndecided(state, command.lot);
  if (!state.opened) throw refuse('the bids are not opened', { rule: 'bids-not-opened' });
  if (state.regularisations[command.lot]) {
    throw refuse('regularisation was already requested for this lot', {
      rule: 'regularisation-already-requested',
    });
  }
  const irregular = Object.values(state.bids).filter(
    (bid) =>
      bid.lot === command.lot && state.irregular[bid.bidId] === 'irregular' && !state.rejected[bid.bidId],
  );
  const awaited = irregular.filter((bid) => state.explanations[bid.bidId]?.justified === null);
  if (awaited.length > 0) {
    throw refuse(
      'the explanations asked of irregular offers must be assessed before regularisation is asked',
      {
        rule: 'explanation-not-assessed',
        legalReference: 'R2152-2',
        values: { bidIds: awaited.map((bid) => bid.bidId).sort() },
      },
    );
  }
  const bidIds = irregular
    .filter((bid) => !suspectedAbnormallyLow(state, bid.bidId))
    .map((bid) => bid.bidId)
    .sort();
  if (bidIds.length === 0) {
    throw refuse('no offer of this lot may be regularised', {
      rule: 'nothing-to-regularise',
      legalReference: 'R2152-2',
    });
  }
  return [
    {
      type: 'tender.RegularisationRequested',
      data: { lot: command.lot, bidIds, deadlineAt: command.deadlineAt },
    },
  ];
}

/** T13: a regularised offer, before the deadline, that changes none of its substantial characteristics. */
export function regulariseBid(command: RegulariseBid, state: TenderState): TenderEvent[] {
  const bid = requireOpenedBid(state, command.bidId);
  requireUndecided(state, bid.lot);
  if (suspectedAbnormallyLow(state, bid.bidId) || state.rejected[bid.bidId]) {
    throw refuse('an offer suspected of being abnormally low, or rejected, cannot be regularised', {
      rule: 'regularisation-not-allowed',
      legalReference: 'R2152-2',
    });
  }
  const request = state.regularisations[bid.lot];
  if (!request || !request.bidIds.includes(bid.bidId)) {
    throw refuse('this bid was not asked to regularise', {
      rule: 'regularisation-not-requested',
      legalReference: 'R2152-2',
    });
  }
  if (Date.parse(command.now) >= Date.parse(request.deadlineAt)) {
    throw refuse(`the regularisation deadline passed at ${request.deadlineAt}`, {
      rule: 'regularisation-deadline-passed',
    });
  }
  if (command.changesSubstance) {
    throw refuse('a regularisation may not change the offer’s substantial characteristics', {
      rule: 'regularisation-changes-substance',
      legalReference: 'R2152-2',
    });
  }
  const { bidId, sealed, contentSha256 } = command;
  return [{ type: 'tender.BidRegularised', data: { bidId, sealed, contentSha256 } }];
}

/** Rejects a bid: as abnormally low only after its explanation was asked and found wanting (T12, R2152-4). */
export function rejectBid(command: RejectBid, state: TenderState): TenderEvent[] {
  const bid = requireOpenedBid(state, command.bidId);
  requireUndecided(state, bid.lot);
  if (state.rejected[bid.bidId])
    throw refuse('this bid is already rejected', { rule: 'bid-already-rejected' });
  if (command.reason === 'abnormally-low') {
    const explanation = state.explanations[bid.bidId];
    if (!explanation || explanation.justified !== false) {
      throw refuse(
        'an offer is rejected as abnormally low only once its explanation was requested and found wanting',
        {
          rule: 'abnormally-low-without-explanation',
          legalReference: 'R2152-4',
          values: {
            requested: !!explanation,
            assessed: explanation ? explanation.justified !== null : false,
          },
        },
      );
    }
    return [
      {
        type: 'tender.BidRejected',
        data: { bidId: bid.bidId, reason: 'abnormally-low', legalReference: 'R2152-4' },
      },
    ];
  }
  if (state.irregular[bid.bidId] !== command.reason || state.regularised[bid.bidId]) {
    throw refuse(`this bid was not found ${command.reason} (or was regularised)`, {
      rule: 'rejection-without-finding',
      legalReference: 'L2152-1',
    });
  }
  return [
    {
      type: 'tender.BidRejected',
      data: { bidId: bid.bidId, reason: command.reason, legalReference: 'R2152-1' },
    },
  ];
}

/** T12, T13: asked to explain its price and not (yet) found justified: it may not be regularised (R2152-2). */
function suspectedAbnormallyLow(state: TenderState, bidId: string): boolean {
  const explanation = state.explanations[bidId];
  return explanation !== undefined && explanation.justified !== true;
}

/** A bid in force at the opening. */
export function requireOpenedBid(state: TenderState, bidId: string) {
  if (!state.opened) throw refuse('the bids are not opened', { rule: 'bids-not-opened' });
  const bid = state.bids[bidId];
  if (!bid) throw refuse('no such bid among those opened', { rule: 'unknown-bid' });
  return bid;
}

/** A lot not yet awarded nor closed. */
export function requireUndecided(state: TenderState, lot: number): void {
  if (state.awards[lot] || state.closed[lot]) {
    throw refuse(`lot ${lot} is already decided`, { rule: 'lot-already-decided', values: { lot } });
  }
}

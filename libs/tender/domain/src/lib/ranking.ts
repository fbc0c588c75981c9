import { BidSubmitted, DEFAULT_TIE_BREAK, TenderEvent } from '@mutualis/shared/contracts';
import { RecordTieDrawing } from './tender.commands';
import { refuse } from './tender-refusal';
import { TenderState } from './tender.state';

/** A lot's scored offers in order, best first, and the groups still tied once the consultation's rule is applied. */
export interface LotRanking {
  ranking: { bidId: string; weightedTotal: number }[];
  /** Offers of equal rank that only a drawing by lot can order, each group's ids sorted. */
  undrawn: string[][];
}

/**
 * Ranks scored offers by weighted total. Ties are broken by the rule the consultation stated before its notice
 * (equal treatment, L3): the better score on the price and cost criteria when the rule says so, then the drawing
 * recorded for exactly those offers; never by the order of their identifiers.
 */
export function rankLot(state: TenderState, lot: number, bids: BidSubmitted[]): LotRanking {
  const rule = state.created?.tieBreak ?? DEFAULT_TIE_BREAK;
  const keyed = bids.map((bid) => ({
    bidId: bid.bidId,
    weightedTotal: state.scores[bid.bidId]!.weightedTotal,
    price: rule === 'price-then-drawing' ? pricePoints(state, lot, bid.bidId) : 0,
  }));
  const groups = new Map<string, typeof keyed>();
  for (const entry of keyed) {
    const key = `${entry.weightedTotal}/${entry.price}`;
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  const ordered = [...groups.values()].sort(
    (a, b) => b[0]!.weightedTotal - a[0]!.weightedTotal || b[0]!.price - a[0]!.price,
  );
  const ranking: LotRanking['ranking'] = [];
  const undrawn: string[][] = [];
  for (const group of ordered) {
    const ids = group.map((entry) => entry.bidId).sort();
    const drawing = group.length > 1 ? drawingOf(state, lot, ids) : null;
    if (group.length > 1 && !drawing) undrawn.push(ids);
    const order = drawing ? drawing.bidIds : ids;
    for (const bidId of order) {
      ranking.push({ bidId, weightedTotal: group.find((entry) => entry.bidId === bidId)!.weightedTotal });
    }
  }
  return { ranking, undrawn };
}

/**
 * Records the drawing by lot between offers the consultation's rule leaves tied: who drew, when, and the order
 * drawn. The offers named must be exactly one group still tied, every offer of the lot scored.
 */
export function recordTieDrawing(
  command: RecordTieDrawing,
  state: TenderState,
  contenders: BidSubmitted[],
): TenderEvent[] {
  const unscored = contenders.filter((bid) => !state.scores[bid.bidId]);
  if (unscored.length > 0) {
    throw refuse('every offer in contention must be scored before a tie is drawn', {
      rule: 'offers-not-scored',
      values: { bidIds: unscored.map((bid) => bid.bidId) },
    });
  }
  if (command.drawnBy.trim().length === 0)
    throw refuse('say who drew the lots', { rule: 'drawn-by-required', legalReference: 'L3' });
  const named = [...command.bidIds].sort();
  const { undrawn } = rankLot(state, command.lot, contenders);
  const group = undrawn.find((ids) => ids.join() === named.join());
  if (!group || new Set(named).size !== named.length) {
    throw refuse('these offers are not a group the consultation’s rule leaves tied', {
      rule: 'offers-not-tied',
      legalReference: 'L3',
      values: { bidIds: command.bidIds, tied: undrawn },
    });
  }
  const { lot, bidIds, drawnOn } = command;
  return [{ type: 'tender.TieDrawn', data: { lot, bidIds, drawnBy: command.drawnBy.trim(), drawnOn } }];
}

/** The points an offer earned on the lot's price and cost criteria: Σ score × weight. */
function pricePoints(state: TenderState, lot: number, bidId: string): number {
  const criteria = state.criteria[lot] ?? [];
  return (state.scores[bidId]?.scores ?? []).reduce((total, { criterion, score }) => {
    const found = criteria.find((c) => c.name === criterion);
    return found && (found.kind === 'price' || found.kind === 'cost')
      ? total + score * found.weightPercent
      : total;
  }, 0);
}

function drawingOf(state: TenderState, lot: number, ids: string[]) {
  return (
    state.drawings.find(
      (drawing) => drawing.lot === lot && [...drawing.bidIds].sort().join() === ids.join(),
    ) ?? null
  );
}

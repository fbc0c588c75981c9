import { TenderEvent, tenderContracts } from '@mutualis/shared/contracts';
import { scenarios } from '@mutualis/shared/event-sourcing/testing';
import {
  allEligible,
  bidId,
  OTHER_SUPPLIER,
  SUPPLIER,
  scoreBid as score,
  THIRD_SUPPLIER,
  threeBidsOpened,
} from '../testing/tender-fixtures';
import { TenderCommand } from './tender.commands';
import { tenderDecider } from './tender.decider';
import { TenderRefusal } from './tender-refusal';

const { decide, refusal, run } = scenarios(tenderDecider, TenderRefusal);

const BIDDERS = allEligible(SUPPLIER, OTHER_SUPPLIER, THIRD_SUPPLIER);
const award: TenderCommand = { type: 'AwardLot', lot: 1, decidedOn: '2026-10-20', eligibility: BIDDERS };
const draw = (order: number[], drawnBy = 'Maître Durand, commissaire de justice'): TenderCommand => ({
  type: 'RecordTieDrawing',
  lot: 1,
  bidIds: order.map(bidId),
  drawnBy,
  drawnOn: '2026-10-19',
});

/** Three bids on lot 1, opened; the consultation states `tieBreak` (absent: the default, price then drawing). */
const opened = (tieBreak?: 'price-then-drawing' | 'drawing') => threeBidsOpened(tieBreak ? { tieBreak } : {});

const awarded = (history: TenderEvent[]) => decide(history, award).at(-1)!.data;

describe('ties in the ranking: broken by the rule the consultation stated, never by an identifier (L3)', () => {
  // Offers 1 and 2 total 5 540 of 10 000 each: 1 has 50 on price, 2 has 51 (one point better on price).
  const pricedApart = (tieBreak?: 'price-then-drawing' | 'drawing') =>
    run(opened(tieBreak), score(1, 50, 61, 49), score(2, 51, 60, 50), score(3, 10, 10, 10));

  it('by default, equal totals go to the better price: one point of price ranks offer 2 before offer 1 (L3)', () => {
    expect(awarded(pricedApart())).toMatchObject({
      bidId: bidId(2),
      ranking: [
        { bidId: bidId(2), weightedTotal: 5_540 },
        { bidId: bidId(1), weightedTotal: 5_540 },
        { bidId: bidId(3), weightedTotal: 1_000 },
      ],
    });
  });

  it('equal totals and equal price are not ranked by identifier: the award waits for a drawing by lot (L3)', () => {
    const tied = run(opened(), score(1, 50, 61, 49), score(2, 50, 61, 49), score(3, 10, 10, 10));
    expect(refusal(tied, award)).toMatchObject({
      rule: 'tie-not-broken',
      legalReference: 'L3',
      values: { tied: [[bidId(1), bidId(2)]], tieBreak: 'price-then-drawing' },
    });
    const drawn = run(tied, draw([2, 1]));
    expect(drawn.at(-1)).toEqual({
      type: 'tender.TieDrawn',
      data: {
        lot: 1,
        bidIds: [bidId(2), bidId(1)],
        drawnBy: 'Maître Durand, commissaire de justice',
        drawnOn: '2026-10-19',
      },
    });
    expect(tenderContracts.check({ ...drawn.at(-1)!, schemaVersion: 1 })).toBeNull();
    expect(awarded(drawn)).toMatchObject({
      bidId: bidId(2),
      ranking: [{ bidId: bidId(2) }, { bidId: bidId(1) }, { bidId: bidId(3) }],
    });
  });

  it('a consultation that states a drawing straight away draws even when one offer has the better price (L3)', () => {
    expect(refusal(pricedApart('drawing'), award)).toMatchObject({
      rule: 'tie-not-broken',
      values: { tied: [[bidId(1), bidId(2)]], tieBreak: 'drawing' },
    });
    expect(awarded(run(pricedApart('drawing'), draw([1, 2])))).toMatchObject({ bidId: bidId(1) });
  });

  it('a tie further down the ranking is drawn too: it orders the passing of the award to the next-ranked (L3, R2181-7)', () => {
    const lowerTie = run(opened(), score(1, 90, 90, 90), score(2, 10, 10, 10), score(3, 10, 10, 10));
    expect(refusal(lowerTie, award)).toMatchObject({
      rule: 'tie-not-broken',
      values: { tied: [[bidId(2), bidId(3)]] },
    });
    expect(awarded(run(lowerTie, draw([3, 2])))).toMatchObject({
      ranking: [{ bidId: bidId(1) }, { bidId: bidId(3) }, { bidId: bidId(2) }],
    });
  });

  it('a drawing is recorded only between offers the rule leaves tied, and says who drew', () => {
    expect(refusal(pricedApart(), draw([2, 1]))).toMatchObject({
      rule: 'offers-not-tied',
      legalReference: 'L3',
    });
    const tied = run(opened(), score(1, 50, 61, 49), score(2, 50, 61, 49), score(3, 10, 10, 10));
    expect(refusal(tied, draw([1, 3])).rule).toBe('offers-not-tied');
    expect(refusal(tied, draw([1, 2, 3])).rule).toBe('offers-not-tied');
    expect(refusal(tied, draw([2, 1], '  ')).rule).toBe('drawn-by-required');
    expect(refusal(run(tied, draw([2, 1])), draw([1, 2])).rule).toBe('offers-not-tied');
  });

  it('a drawing waits until every offer in contention is scored', () => {
    const partly = run(opened(), score(1, 50, 61, 49), score(2, 50, 61, 49));
    expect(refusal(partly, draw([2, 1]))).toMatchObject({
      rule: 'offers-not-scored',
      values: { bidIds: [bidId(3)] },
    });
  });
});

import { TenderEvent } from '@mutualis/shared/contracts';
import { scenarios } from '@mutualis/shared/event-sourcing/testing';
import { bidId, created, SUPPLIER } from '../testing/tender-fixtures';
import { TenderCommand } from './tender.commands';
import { tenderDecider } from './tender.decider';
import { TenderRefusal } from './tender-refusal';

const { decide, refusal } = scenarios(tenderDecider, TenderRefusal);

const signed: TenderEvent = {
  type: 'tender.ContractSigned',
  data: {
    lot: 1,
    bidId: bidId(1),
    supplierSiret: SUPPLIER,
    signedOn: '2026-11-02',
    amountCents: 30_000_000,
    awardNoticeDueBy: '2026-12-02',
  },
};

const record = (publishedOn: string, lot = 1): TenderCommand => ({
  type: 'RecordAwardNotice',
  lot,
  publishedOn,
  reference: 'BOAMP 26-123456',
  recordedOn: '2026-12-10',
});

describe('T15: the avis d’attribution recorded once published (RecordAwardNotice, R2183-1)', () => {
  it('T15: records the notice published on the day of the signature, or later up to today', () => {
    expect(decide([created(), signed], record('2026-11-02'))).toEqual([
      {
        type: 'tender.AwardNoticePublished',
        data: { lot: 1, publishedOn: '2026-11-02', reference: 'BOAMP 26-123456' },
      },
    ]);
    // Late (after 2 December) it is recorded all the same: the calendar shows it done late.
    expect(decide([created(), signed], record('2026-12-10'))).toHaveLength(1);
  });

  it('T15: refuses a notice dated the day before the signature, or after today', () => {
    expect(refusal([created(), signed], record('2026-11-01'))).toMatchObject({
      rule: 'award-notice-date',
      legalReference: 'R2183-1',
    });
    expect(refusal([created(), signed], record('2026-12-11')).rule).toBe('award-notice-date');
  });

  it('T15: refuses the notice of a lot not signed, and a second notice of the same lot', () => {
    expect(refusal([created()], record('2026-11-02'))).toMatchObject({ rule: 'lot-not-signed' });
    const published: TenderEvent = {
      type: 'tender.AwardNoticePublished',
      data: { lot: 1, publishedOn: '2026-11-20', reference: 'BOAMP 26-123456' },
    };
    expect(refusal([created(), signed, published], record('2026-11-21')).rule).toBe('award-notice-recorded');
  });
});

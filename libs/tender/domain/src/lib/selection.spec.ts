import { Eligibility, TenderEvent, tenderContracts } from '@mutualis/shared/contracts';
import { scenarios } from '@mutualis/shared/event-sourcing/testing';
import {
  bidId,
  created,
  criteriaSet,
  eligible,
  excluded,
  membership,
  OTHER_SUPPLIER,
  SUPPLIER,
  submitBid,
} from '../testing/tender-fixtures';
import { TenderCommand } from './tender.commands';
import { tenderDecider } from './tender.decider';
import { TenderRefusal } from './tender-refusal';

const { decide, refusal, run } = scenarios(tenderDecider, TenderRefusal);

const CANDIDATURES_DEADLINE = '2026-10-05T10:00:00Z';

/** A restricted (or negotiated) procedure whose notice, sent on 1 September 2026, calls for candidatures. */
function published(procedure: 'restricted' | 'negotiated' = 'restricted', pin = false): TenderEvent[] {
  return run(
    [created(), criteriaSet(1), criteriaSet(2)],
    {
      type: 'ChooseProcedure',
      procedure,
      negotiationGround: procedure === 'negotiated' ? 'adaptation-needed' : null,
      plannedLaunchOn: '2026-09-01',
    },
    {
      type: 'PublishTender',
      membership,
      noticeSentOn: '2026-09-01',
      deadlineAt: CANDIDATURES_DEADLINE,
      electronic: true,
      pin,
      urgency: false,
    },
  );
}
const candidature = (
  n: number,
  supplierSiret: string,
  eligibility: Eligibility = eligible,
): TenderCommand => ({
  type: 'SubmitCandidature',
  candidatureId: bidId(50 + n),
  supplierSiret,
  form: 'dume',
  now: '2026-09-20T09:00:00Z',
  eligibility,
});
const invite = (offersDeadlineOn: string, electronic = false, suppliers = [SUPPLIER]): TenderCommand => ({
  type: 'InviteToTender',
  suppliers,
  sentOn: '2026-10-06',
  offersDeadlineAt: `${offersDeadlineOn}T10:00:00Z`,
  electronic,
  now: '2026-10-06T08:00:00Z',
});
const bid = (n: number, supplierSiret: string, now = '2026-10-20T09:00:00Z') =>
  submitBid(n, supplierSiret, now);
const candidates = () => run(published(), candidature(1, SUPPLIER), candidature(2, OTHER_SUPPLIER));

describe('two-stage procedures: candidatures, selection, invitation to tender (T6, S3, S4)', () => {
  it('S4: takes a candidature made with the electronic DUME; refuses one to an open procedure', () => {
    const [submitted] = decide(published(), candidature(1, SUPPLIER));
    expect(submitted).toEqual({
      type: 'tender.CandidatureSubmitted',
      data: { candidatureId: bidId(51), supplierSiret: SUPPLIER, form: 'dume' },
    });
    expect(tenderContracts.check({ ...submitted!, schemaVersion: 1 })).toBeNull();
    const open = run(
      [created(), criteriaSet(1), criteriaSet(2)],
      { type: 'ChooseProcedure', procedure: 'open', negotiationGround: null, plannedLaunchOn: '2026-09-01' },
      {
        type: 'PublishTender',
        membership,
        noticeSentOn: '2026-09-01',
        deadlineAt: CANDIDATURES_DEADLINE,
        electronic: true,
        pin: false,
        urgency: false,
      },
    );
    expect(refusal(open, candidature(1, SUPPLIER))).toMatchObject({ rule: 'no-candidature-stage' });
  });

  it('S3: refuses the candidature of an excluded supplier, and any after the candidatures’ deadline', () => {
    expect(refusal(published(), candidature(1, SUPPLIER, excluded))).toMatchObject({
      rule: 'supplier-not-eligible',
      legalReference: 'L2141-1',
    });
    const late = { ...(candidature(1, SUPPLIER) as TenderCommand & object), now: CANDIDATURES_DEADLINE };
    expect(refusal(published(), late as TenderCommand)).toMatchObject({ rule: 'deadline-passed' });
  });

  it('invites candidates only, after the candidatures’ deadline', () => {
    const early = { ...(invite('2026-11-05') as TenderCommand & object), now: '2026-10-05T09:59:59Z' };
    expect(refusal(candidates(), early as TenderCommand)).toMatchObject({ rule: 'deadline-not-passed' });
    expect(refusal(candidates(), invite('2026-11-05', false, ['35600000000048']))).toMatchObject({
      rule: 'not-a-candidate',
      legalReference: 'L2124-2',
    });
  });

  it('T6: offers 30 days after the invitation: 29 refused, 30 accepted (R2161-7)', () => {
    expect(refusal(candidates(), invite('2026-11-04'))).toMatchObject({
      rule: 'deadline-too-short',
      legalReference: 'R2161-7',
      values: { minimumDays: 30, actualDays: 29 },
    });
    expect(decide(candidates(), invite('2026-11-05'))).toHaveLength(1);
  });

  it('T6: 25 days when offers are sent electronically: 24 refused, 25 accepted (R2161-8 2°)', () => {
    expect(refusal(candidates(), invite('2026-10-30', true))).toMatchObject({
      rule: 'deadline-too-short',
      legalReference: 'R2161-8 2°',
      values: { minimumDays: 25, actualDays: 24 },
    });
    expect(decide(candidates(), invite('2026-10-31', true))).toHaveLength(1);
  });

  it('T6: a negotiated procedure after a PIN needs 10 days: 9 refused, 10 accepted (R2161-15 1°)', () => {
    const negotiated = run(published('negotiated', true), candidature(1, SUPPLIER));
    expect(refusal(negotiated, invite('2026-10-15'))).toMatchObject({
      rule: 'deadline-too-short',
      legalReference: 'R2161-15 1°',
      values: { minimumDays: 10, actualDays: 9 },
    });
    expect(decide(negotiated, invite('2026-10-16'))).toHaveLength(1);
  });

  it('takes offers from the invited candidates only, until the offers’ deadline, and opens them after it', () => {
    expect(refusal(candidates(), bid(1, SUPPLIER, '2026-09-25T09:00:00Z'))).toMatchObject({
      rule: 'candidates-not-invited',
    });
    const invited = run(candidates(), invite('2026-11-05'));
    expect(refusal(invited, bid(2, OTHER_SUPPLIER))).toMatchObject({
      rule: 'not-invited',
      legalReference: 'L2124-2',
    });
    const offered = run(invited, bid(1, SUPPLIER));
    expect(refusal(offered, { type: 'OpenBids', now: '2026-11-05T09:00:00Z', openedBy: 'c' })).toMatchObject({
      rule: 'deadline-not-passed',
    });
    const [opening] = decide(offered, { type: 'OpenBids', now: '2026-11-05T10:00:00Z', openedBy: 'c' });
    expect(opening).toMatchObject({
      data: {
        bids: [
          { lot: 1, bidIds: [bidId(1)] },
          { lot: 2, bidIds: [] },
        ],
      },
    });
  });
});

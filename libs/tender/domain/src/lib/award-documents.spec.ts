import { Eligibility, TenderEvent, tenderContracts } from '@mutualis/shared/contracts';
import { scenarios } from '@mutualis/shared/event-sourcing/testing';
import {
  allEligible,
  bidId,
  eligible,
  excluded,
  OTHER_SUPPLIER,
  SUPPLIER,
  scoreBid,
  THIRD_SUPPLIER,
  threeBidsOpened,
  withoutCertificates,
} from '../testing/tender-fixtures';
import { TenderCommand } from './tender.commands';
import { tenderDecider } from './tender.decider';
import { TenderRefusal } from './tender-refusal';

const { decide, refusal, run } = scenarios(tenderDecider, TenderRefusal);

/** Lot 1 scored: SUPPLIER first (8 200), OTHER_SUPPLIER second (7 400), THIRD_SUPPLIER third (6 900). */
const scored = () =>
  run(threeBidsOpened(), scoreBid(1, 80, 90, 50), scoreBid(2, 100, 60, 40), scoreBid(3, 60, 70, 100));

/** The registry holds no attestation of the best-ranked, SUPPLIER; the others hold theirs. */
const FIRST_WITHOUT: Record<string, Eligibility> = {
  ...allEligible(OTHER_SUPPLIER, THIRD_SUPPLIER),
  [SUPPLIER]: withoutCertificates,
};
const taxOnlyMissing: Eligibility = { ...withoutCertificates, reasons: withoutCertificates.reasons.slice(1) };

const award = (decidedOn: string, eligibility = FIRST_WITHOUT): TenderCommand => ({
  type: 'AwardLot',
  lot: 1,
  decidedOn,
  eligibility,
});
const request = (requestedOn: string, dueOn: string, eligibility = FIRST_WITHOUT): TenderCommand => ({
  type: 'RequestAwardDocuments',
  lot: 1,
  requestedOn,
  dueOn,
  eligibility,
});
const declare = (
  declaredOn: string,
  nextDueOn: string | null,
  eligibility = FIRST_WITHOUT,
): TenderCommand => ({
  type: 'DeclareCandidatureInadmissible',
  lot: 1,
  declaredOn,
  nextDueOn,
  eligibility,
});
/** Documents asked of SUPPLIER on 20 October, to be produced by 30 October. */
const requested = () => run(scored(), request('2026-10-20', '2026-10-30'));

describe('R2143-3, R2144-4: certificates are asked only of the candidate the award is envisaged for', () => {
  it('refuses the award to the best-ranked whose documents are not held and were not asked for', () => {
    expect(refusal(scored(), award('2026-10-20'))).toMatchObject({
      rule: 'award-documents-not-requested',
      legalReference: 'R2144-4',
      values: { bidId: bidId(1), missing: ['tax-regularity', 'urssaf-vigilance'] },
    });
  });

  it('asks the best-ranked, and only it, for the documents the registry does not hold, with a time limit', () => {
    expect(decide(scored(), request('2026-10-20', '2026-10-30'))).toEqual([
      {
        type: 'tender.AwardDocumentsRequested',
        data: {
          lot: 1,
          bidId: bidId(1),
          supplierSiret: SUPPLIER,
          documents: ['tax-regularity', 'urssaf-vigilance'],
          requestedOn: '2026-10-20',
          dueOn: '2026-10-30',
          legalReference: 'R2144-4',
        },
      },
    ]);
    const onlyTax = { ...FIRST_WITHOUT, [SUPPLIER]: taxOnlyMissing };
    expect(decide(scored(), request('2026-10-20', '2026-10-30', onlyTax))[0]?.data).toMatchObject({
      documents: ['tax-regularity'],
    });
  });

  it('R2144-4: the time limit ends after the request: the next day is accepted, the same day is not', () => {
    expect(refusal(scored(), request('2026-10-20', '2026-10-20')).rule).toBe('time-limit-invalid');
    expect(decide(scored(), request('2026-10-20', '2026-10-21'))).toHaveLength(1);
  });

  it('R2143-13: asks nothing of a candidate whose documents the registry already holds valid, and awards', () => {
    expect(
      refusal(
        scored(),
        request('2026-10-20', '2026-10-30', allEligible(SUPPLIER, OTHER_SUPPLIER, THIRD_SUPPLIER)),
      ),
    ).toMatchObject({ rule: 'award-documents-held' });
    expect(
      decide(scored(), award('2026-10-20', { ...FIRST_WITHOUT, [SUPPLIER]: eligible })).at(-1),
    ).toMatchObject({
      type: 'tender.LotAwarded',
      data: { bidId: bidId(1) },
    });
  });

  it('refuses to ask twice, and waits for the documents until the last day of the time limit', () => {
    expect(refusal(requested(), request('2026-10-21', '2026-10-31')).rule).toBe(
      'award-documents-already-requested',
    );
    expect(refusal(requested(), award('2026-10-30'))).toMatchObject({
      rule: 'award-documents-awaited',
      values: { dueOn: '2026-10-30' },
    });
    expect(refusal(requested(), award('2026-10-31'))).toMatchObject({
      rule: 'award-documents-not-produced',
      legalReference: 'R2144-7',
    });
  });

  it('awards the best-ranked once its documents are produced within the time limit', () => {
    const produced = { ...FIRST_WITHOUT, [SUPPLIER]: eligible };
    expect(decide(requested(), award('2026-10-28', produced))).toEqual([
      {
        type: 'tender.LotAwarded',
        data: expect.objectContaining({ bidId: bidId(1), supplierSiret: SUPPLIER, decidedOn: '2026-10-28' }),
      },
    ]);
  });

  it('S3: an exclusion still bars at the award: the excluded best-ranked is rejected and the next one asked', () => {
    const firstExcluded = { ...FIRST_WITHOUT, [SUPPLIER]: excluded, [OTHER_SUPPLIER]: withoutCertificates };
    expect(decide(scored(), request('2026-10-20', '2026-10-30', firstExcluded))).toEqual([
      {
        type: 'tender.BidRejected',
        data: { bidId: bidId(1), reason: 'ineligible', legalReference: 'R2144-7' },
      },
      {
        type: 'tender.AwardDocumentsRequested',
        data: expect.objectContaining({ bidId: bidId(2), supplierSiret: OTHER_SUPPLIER }),
      },
    ]);
  });
});

describe('R2144-7: documents not produced in time, the candidature inadmissible and the next-ranked asked', () => {
  it('refuses to declare the candidature inadmissible on the last day of the time limit, declares it the day after', () => {
    expect(refusal(requested(), declare('2026-10-30', null))).toMatchObject({
      rule: 'award-documents-awaited',
    });
    expect(decide(requested(), declare('2026-10-31', null))).toEqual([
      {
        type: 'tender.CandidatureDeclaredInadmissible',
        data: {
          lot: 1,
          bidId: bidId(1),
          supplierSiret: SUPPLIER,
          requestedOn: '2026-10-20',
          dueOn: '2026-10-30',
          declaredOn: '2026-10-31',
          legalReference: 'R2144-7',
        },
      },
    ]);
  });

  it('refuses to declare inadmissible a candidate whose documents are now held: the award is decided instead', () => {
    expect(
      refusal(requested(), declare('2026-10-31', null, { ...FIRST_WITHOUT, [SUPPLIER]: eligible })).rule,
    ).toBe('award-documents-produced');
  });

  it('passes the request to the next-ranked in the same decision, then awards it once its documents are held', () => {
    const secondWithout = { ...FIRST_WITHOUT, [OTHER_SUPPLIER]: withoutCertificates };
    const passed = run(requested(), declare('2026-10-31', '2026-11-10', secondWithout));
    expect(passed.slice(-2).map((event) => [event.type, (event.data as { bidId: string }).bidId])).toEqual([
      ['tender.CandidatureDeclaredInadmissible', bidId(1)],
      ['tender.AwardDocumentsRequested', bidId(2)],
    ]);
    expect(refusal(passed, award('2026-11-05', secondWithout)).rule).toBe('award-documents-awaited');
    expect(decide(passed, award('2026-11-05')).at(-1)).toMatchObject({
      type: 'tender.LotAwarded',
      data: { bidId: bidId(2), ranking: [{ bidId: bidId(2) }, { bidId: bidId(3) }] },
    });
  });

  it('asks nothing more when the next-ranked’s documents are held: the award may be decided at once', () => {
    const events = decide(requested(), declare('2026-10-31', '2026-11-10'));
    expect(events.map((event) => event.type)).toEqual(['tender.CandidatureDeclaredInadmissible']);
  });
});

describe('T16: the award passed to the next-ranked re-checks exclusions and documents (R2181-7, R2144-4)', () => {
  const transfer = (eligibility: Record<string, Eligibility>): TenderCommand => ({
    type: 'TransferAward',
    lot: 1,
    reason: 'Liquidation judiciaire de l’attributaire',
    decidedOn: '2026-10-25',
    eligibility,
  });
  const awarded = () =>
    run(scored(), award('2026-10-20', allEligible(SUPPLIER, OTHER_SUPPLIER, THIRD_SUPPLIER)), {
      type: 'SendRejectionNotices',
      lot: 1,
      sentOn: '2026-10-21',
      electronic: true,
    });

  it('refuses to pass the award to a next-ranked whose documents are not held, until they are asked and produced', () => {
    const secondWithout = { ...FIRST_WITHOUT, [OTHER_SUPPLIER]: withoutCertificates };
    expect(refusal(awarded(), transfer(secondWithout))).toMatchObject({
      rule: 'award-documents-not-requested',
      values: { bidId: bidId(2) },
    });
    const asked = run(awarded(), request('2026-10-22', '2026-10-29', secondWithout));
    expect(asked.at(-1)?.data).toMatchObject({ bidId: bidId(2), supplierSiret: OTHER_SUPPLIER });
    expect(decide(asked, transfer(allEligible(SUPPLIER, OTHER_SUPPLIER, THIRD_SUPPLIER)))).toEqual([
      {
        type: 'tender.AwardTransferred',
        data: expect.objectContaining({
          fromBidId: bidId(1),
          toBidId: bidId(2),
          supplierSiret: OTHER_SUPPLIER,
        }),
      },
    ]);
  });

  it('S3: rejects a next-ranked excluded since and passes the award to the one after it', () => {
    const secondExcluded = { ...allEligible(SUPPLIER, THIRD_SUPPLIER), [OTHER_SUPPLIER]: excluded };
    expect(decide(awarded(), transfer(secondExcluded))).toEqual([
      {
        type: 'tender.BidRejected',
        data: { bidId: bidId(2), reason: 'ineligible', legalReference: 'R2144-7' },
      },
      {
        type: 'tender.AwardTransferred',
        data: expect.objectContaining({ toBidId: bidId(3), supplierSiret: THIRD_SUPPLIER }),
      },
    ]);
  });
});

describe('C10: the attestation de vigilance is checked at signature, from 5 000 € HT (L8222-1, D8222-5)', () => {
  const notified = () =>
    run(scored(), award('2026-10-20', allEligible(SUPPLIER, OTHER_SUPPLIER, THIRD_SUPPLIER)), {
      type: 'SendRejectionNotices',
      lot: 1,
      sentOn: '2026-10-21',
      electronic: true,
    });
  const vigilanceLapsed: Eligibility = {
    ...eligible,
    mayBeAwarded: false,
    mayBePaid: false,
    reasons: [withoutCertificates.reasons[0]!],
  };
  const sign = (amountCents: number, holderEligibility: Eligibility): TenderCommand => ({
    type: 'SignContract',
    lot: 1,
    signedOn: '2026-11-05',
    amountCents,
    holderEligibility,
  });

  it('signs a contract of 4 999,99 € HT without the attestation, refuses one of 5 000 € HT', () => {
    expect(decide(notified(), sign(499_999, vigilanceLapsed))[0]?.type).toBe('tender.ContractSigned');
    expect(refusal(notified(), sign(500_000, vigilanceLapsed))).toMatchObject({
      rule: 'vigilance-attestation-missing',
      legalReference: 'D8222-5',
    });
    expect(decide(notified(), sign(500_000, eligible))[0]?.type).toBe('tender.ContractSigned');
  });

  it('S3: refuses to sign with an awardee excluded since the award, naming the article', () => {
    expect(refusal(notified(), sign(500_000, excluded))).toMatchObject({
      rule: 'supplier-not-eligible',
      legalReference: 'L2141-1',
    });
  });
});

it('records the requests and the inadmissibility in the published language', () => {
  const events: TenderEvent[] = run(
    requested(),
    declare('2026-10-31', '2026-11-10', { ...FIRST_WITHOUT, [OTHER_SUPPLIER]: withoutCertificates }),
  );
  for (const event of events.slice(-3)) {
    expect([event.type, tenderContracts.check({ ...event, schemaVersion: 1 })]).toEqual([event.type, null]);
  }
});

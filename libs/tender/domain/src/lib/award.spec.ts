import { tenderContracts } from '@mutualis/shared/contracts';
import { scenarios } from '@mutualis/shared/event-sourcing/testing';
import {
  bidId,
  created,
  allEligible,
  eligible,
  excluded,
  KEY_ID,
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

const opened = threeBidsOpened;

describe('evaluation and award', () => {
  it('weights the scores by the criteria: 40 × 80 + 50 × 90 + 10 × 50 = 8 200 of 10 000', () => {
    expect(decide(opened(), score(1, 80, 90, 50))[0]?.data).toMatchObject({ weightedTotal: 8_200 });
  });

  it('refuses scores that do not match the lot’s criteria', () => {
    const partial: TenderCommand = {
      type: 'ScoreBid',
      bidId: bidId(1),
      scores: [{ criterion: 'Prix', score: 50 }],
    };
    expect(refusal(opened(), partial).rule).toBe('scores-do-not-match-criteria');
  });

  it('T12: refuses to reject an offer as abnormally low before its explanation was requested and assessed (R2152-4)', () => {
    const reject: TenderCommand = { type: 'RejectBid', bidId: bidId(3), reason: 'abnormally-low' };
    expect(refusal(opened(), reject)).toMatchObject({
      rule: 'abnormally-low-without-explanation',
      legalReference: 'R2152-4',
    });
    const requested = run(opened(), {
      type: 'RequestExplanation',
      bidId: bidId(3),
      requestedOn: '2026-10-06',
    });
    expect(refusal(requested, reject).rule).toBe('abnormally-low-without-explanation');
    const assessed = run(requested, {
      type: 'AssessExplanation',
      bidId: bidId(3),
      justified: false,
      assessment: 'Prix inférieur au coût salarial',
    });
    expect(decide(assessed, reject)).toEqual([
      {
        type: 'tender.BidRejected',
        data: { bidId: bidId(3), reason: 'abnormally-low', legalReference: 'R2152-4' },
      },
    ]);
  });

  it('T13: asks every irregular offer to regularise at once, never one found abnormally low, and refuses a substantial change (R2152-2)', () => {
    const events = run(
      opened(),
      { type: 'FindIrregular', bidId: bidId(1), kind: 'irregular', detail: 'DC4 manquant' },
      { type: 'FindIrregular', bidId: bidId(2), kind: 'irregular', detail: 'Mémoire technique incomplet' },
      { type: 'FindIrregular', bidId: bidId(3), kind: 'irregular', detail: 'Annexe financière non signée' },
      { type: 'RequestExplanation', bidId: bidId(3), requestedOn: '2026-10-06' },
      { type: 'AssessExplanation', bidId: bidId(3), justified: false, assessment: 'Prix sous le coût' },
    );
    const [requested] = decide(events, {
      type: 'RequestRegularisation',
      lot: 1,
      deadlineAt: '2026-10-12T10:00:00Z',
    });
    expect(requested?.data).toMatchObject({ bidIds: [bidId(1), bidId(2)].sort() });
    const history = [...events, requested!];
    const regularise = (
      n: number,
      changesSubstance: boolean,
      now = '2026-10-10T10:00:00Z',
    ): TenderCommand => ({
      type: 'RegulariseBid',
      bidId: bidId(n),
      sealed: { keyId: KEY_ID, ciphertext: 'bmV3' },
      contentSha256: 'c'.repeat(64),
      changesSubstance,
      now,
    });
    expect(refusal(history, regularise(1, true))).toMatchObject({
      rule: 'regularisation-changes-substance',
      legalReference: 'R2152-2',
    });
    expect(refusal(history, regularise(1, false, '2026-10-12T10:00:00Z')).rule).toBe(
      'regularisation-deadline-passed',
    );
    expect(refusal(history, regularise(3, false)).rule).toBe('regularisation-not-allowed');
    expect(decide(history, regularise(1, false))).toHaveLength(1);
  });

  describe('T13: regularisation and the explanation of a low price (R2152-2)', () => {
    const irregularWithExplanation = () =>
      run(
        opened(),
        { type: 'FindIrregular', bidId: bidId(1), kind: 'irregular', detail: 'DC4 manquant' },
        { type: 'FindIrregular', bidId: bidId(3), kind: 'irregular', detail: 'Annexe financière non signée' },
        { type: 'RequestExplanation', bidId: bidId(3), requestedOn: '2026-10-06' },
      );
    const request: TenderCommand = {
      type: 'RequestRegularisation',
      lot: 1,
      deadlineAt: '2026-10-12T10:00:00Z',
    };
    const assess = (justified: boolean): TenderCommand => ({
      type: 'AssessExplanation',
      bidId: bidId(3),
      justified,
      assessment: justified ? 'Prix justifié par un outillage amorti' : 'Prix sous le coût',
    });

    it('T13: an irregular offer whose low price was explained and found justified is asked to regularise with the others (R2152-2)', () => {
      const [requested] = decide(run(irregularWithExplanation(), assess(true)), request);
      expect(requested?.data).toMatchObject({ bidIds: [bidId(1), bidId(3)].sort() });
    });

    it('T13: one whose explanation was found wanting is abnormally low and is not asked (R2152-2)', () => {
      const [requested] = decide(run(irregularWithExplanation(), assess(false)), request);
      expect(requested?.data).toMatchObject({ bidIds: [bidId(1)] });
    });

    it('T13: while an irregular offer’s explanation is awaited, regularisation is not asked yet: one deadline for all (R2152-2)', () => {
      expect(refusal(irregularWithExplanation(), request)).toMatchObject({
        rule: 'explanation-not-assessed',
        legalReference: 'R2152-2',
        values: { bidIds: [bidId(3)] },
      });
    });

    it('T13: the offer found justified may then regularise; the one found wanting may not (R2152-2)', () => {
      const regularise: TenderCommand = {
        type: 'RegulariseBid',
        bidId: bidId(3),
        sealed: { keyId: KEY_ID, ciphertext: 'bmV3' },
        contentSha256: 'c'.repeat(64),
        changesSubstance: false,
        now: '2026-10-10T10:00:00Z',
      };
      const justified = run(irregularWithExplanation(), assess(true), request);
      expect(decide(justified, regularise)).toEqual([
        expect.objectContaining({ type: 'tender.BidRegularised' }),
      ]);
      const wanting = run(irregularWithExplanation(), assess(false), request);
      expect(refusal(wanting, regularise)).toMatchObject({
        rule: 'regularisation-not-allowed',
        legalReference: 'R2152-2',
      });
    });
  });

  it('awards the best weighted total once every offer is settled and scored', () => {
    const scored = run(opened(), score(1, 80, 90, 50), score(2, 100, 60, 40));
    expect(
      refusal(scored, { type: 'AwardLot', lot: 1, decidedOn: '2026-10-20', eligibility: BIDDERS }),
    ).toMatchObject({
      rule: 'offers-not-scored',
      values: { bidIds: [bidId(3)] },
    });
    const all = run(scored, score(3, 60, 70, 100));
    const [awarded] = decide(all, {
      type: 'AwardLot',
      lot: 1,
      decidedOn: '2026-10-20',
      eligibility: BIDDERS,
    });
    expect(awarded?.data).toMatchObject({
      bidId: bidId(1),
      supplierSiret: SUPPLIER,
      ranking: [
        { bidId: bidId(1), weightedTotal: 8_200 },
        { bidId: bidId(2), weightedTotal: 7_400 },
        { bidId: bidId(3), weightedTotal: 6_900 },
      ],
    });
  });

  it('S3: rejects the offer of a supplier excluded since the deadline and awards the next one (R2144-7)', () => {
    const all = run(opened(), score(1, 80, 90, 50), score(2, 100, 60, 40), score(3, 60, 70, 100));
    const decided = decide(all, {
      type: 'AwardLot',
      lot: 1,
      decidedOn: '2026-10-20',
      eligibility: { ...BIDDERS, [SUPPLIER]: excluded },
    });
    expect(decided).toEqual([
      {
        type: 'tender.BidRejected',
        data: { bidId: bidId(1), reason: 'ineligible', legalReference: 'R2144-7' },
      },
      {
        type: 'tender.LotAwarded',
        data: {
          lot: 1,
          bidId: bidId(2),
          supplierSiret: OTHER_SUPPLIER,
          ranking: [
            { bidId: bidId(2), weightedTotal: 7_400 },
            { bidId: bidId(3), weightedTotal: 6_900 },
          ],
          decidedOn: '2026-10-20',
        },
      },
    ]);
    for (const event of decided) expect(tenderContracts.check({ ...event, schemaVersion: 1 })).toBeNull();
    expect(
      refusal(all, { type: 'AwardLot', lot: 1, decidedOn: '2026-10-20', eligibility: {} }),
    ).toMatchObject({
      rule: 'eligibility-unknown',
    });
  });

  describe('standstill and signature', () => {
    const awarded = () =>
      run(opened(), score(1, 80, 90, 50), score(2, 100, 60, 40), score(3, 60, 70, 100), {
        type: 'AwardLot',
        lot: 1,
        decidedOn: '2026-10-20',
        eligibility: BIDDERS,
      });
    const notified = (electronic = true) =>
      run(awarded(), { type: 'SendRejectionNotices', lot: 1, sentOn: '2026-10-21', electronic });
    const sign = (signedOn: string): TenderCommand => ({
      type: 'SignContract',
      lot: 1,
      signedOn,
      amountCents: 11_500_000,
      holderEligibility: eligible,
    });

    it('R2162-4: signs an accord-cadre’s lot up to the maximum announced, not beyond it', () => {
      const framework = { maximumCents: 11_500_000, durationMonths: 48, justification: null };
      const underFramework = [created({ framework }), ...notified().slice(1)];
      const beyond = {
        ...(sign('2026-11-01') as TenderCommand & { type: 'SignContract' }),
        amountCents: 11_500_001,
      };
      expect(refusal(underFramework, beyond)).toMatchObject({
        rule: 'framework-maximum-exceeded',
        values: { signedCents: 11_500_001, maximumCents: 11_500_000 },
      });
      expect(decide(underFramework, sign('2026-11-01'))).toHaveLength(1);
    });

    it('T14: refuses a signature on day 10 after electronic rejection notices, accepts it on day 11 (R2182-1)', () => {
      expect(refusal(notified(), sign('2026-10-31'))).toMatchObject({
        rule: 'standstill-not-observed',
        legalReference: 'R2182-1',
      });
      expect(decide(notified(), sign('2026-11-01'))[0]?.data).toMatchObject({
        signedOn: '2026-11-01',
        supplierSiret: SUPPLIER,
      });
    });

    it('T14: sixteen days when the notices were not sent electronically', () => {
      expect(refusal(notified(false), sign('2026-11-05')).rule).toBe('standstill-not-observed');
      expect(decide(notified(false), sign('2026-11-06'))).toHaveLength(1);
    });

    it('T14: refuses a signature before the rejection notices', () => {
      expect(refusal(awarded(), sign('2026-11-20')).rule).toBe('rejection-notices-not-sent');
    });

    it('T15: the avis d’attribution of a contract above the EU threshold is due 30 days after signature (R2183-1)', () => {
      expect(decide(notified(), sign('2026-11-01'))[0]?.data).toMatchObject({
        awardNoticeDueBy: '2026-12-01',
      });
    });

    it('T16: passes the award to the next-ranked offer before signature, requiring new notices (R2181-7)', () => {
      const transferred = run(notified(), {
        type: 'TransferAward',
        lot: 1,
        reason: 'Liquidation judiciaire de l’attributaire',
        decidedOn: '2026-10-25',
        eligibility: BIDDERS,
      });
      expect(transferred.at(-1)?.data).toMatchObject({
        fromBidId: bidId(1),
        toBidId: bidId(2),
        supplierSiret: OTHER_SUPPLIER,
      });
      expect(refusal(transferred, sign('2026-11-20')).rule).toBe('rejection-notices-not-sent');
    });
  });

  it('T12: an offer whose explanation was found wanting must be rejected before the award', () => {
    const events = run(
      opened(),
      { type: 'RequestExplanation', bidId: bidId(3), requestedOn: '2026-10-06' },
      { type: 'AssessExplanation', bidId: bidId(3), justified: false, assessment: 'Non justifié' },
      score(1, 80, 90, 50),
      score(2, 100, 60, 40),
      score(3, 60, 70, 100),
    );
    expect(
      refusal(events, { type: 'AwardLot', lot: 1, decidedOn: '2026-10-20', eligibility: BIDDERS }),
    ).toMatchObject({
      rule: 'offers-not-settled',
      values: { bidIds: [bidId(3)] },
    });
  });

  it('refuses to sign a lot abandoned after its award', () => {
    const events = run(
      opened(),
      score(1, 80, 90, 50),
      score(2, 100, 60, 40),
      score(3, 60, 70, 100),
      { type: 'AwardLot', lot: 1, decidedOn: '2026-10-20', eligibility: BIDDERS },
      { type: 'SendRejectionNotices', lot: 1, sentOn: '2026-10-21', electronic: true },
      { type: 'CloseLotWithoutAward', lot: 1, outcome: 'abandoned', reason: 'Motif d’intérêt général' },
    );
    expect(
      refusal(events, {
        type: 'SignContract',
        lot: 1,
        signedOn: '2026-11-20',
        amountCents: 1,
        holderEligibility: eligible,
      }).rule,
    ).toBe('lot-closed');
  });

  it('declares a lot without any offer unsuccessful, and refuses it while offers remain', () => {
    const close = (lot: number): TenderCommand => ({
      type: 'CloseLotWithoutAward',
      lot,
      outcome: 'unsuccessful',
      reason: 'Aucune offre',
    });
    expect(decide(opened(), close(2))).toEqual([
      {
        type: 'tender.LotClosedWithoutAward',
        data: { lot: 2, outcome: 'unsuccessful', reason: 'Aucune offre' },
      },
    ]);
    expect(refusal(opened(), close(1))).toMatchObject({ rule: 'offers-remain' });
  });

  it('records events valid in the published language, from evaluation to signature and closing', () => {
    const events = run(
      opened(),
      { type: 'FindIrregular', bidId: bidId(2), kind: 'irregular', detail: 'DC4 manquant' },
      { type: 'RequestRegularisation', lot: 1, deadlineAt: '2026-10-12T10:00:00.000Z' },
      {
        type: 'RegulariseBid',
        bidId: bidId(2),
        sealed: { keyId: KEY_ID, ciphertext: 'bmV3' },
        contentSha256: 'c'.repeat(64),
        changesSubstance: false,
        now: '2026-10-10T10:00:00.000Z',
      },
      { type: 'RequestExplanation', bidId: bidId(3), requestedOn: '2026-10-06' },
      { type: 'AssessExplanation', bidId: bidId(3), justified: false, assessment: 'Non justifié' },
      { type: 'RejectBid', bidId: bidId(3), reason: 'abnormally-low' },
      score(1, 80, 90, 50),
      score(2, 100, 60, 40),
      { type: 'AwardLot', lot: 1, decidedOn: '2026-10-20', eligibility: BIDDERS },
      { type: 'SendRejectionNotices', lot: 1, sentOn: '2026-10-21', electronic: true },
      { type: 'TransferAward', lot: 1, reason: 'Défaillance', decidedOn: '2026-10-22', eligibility: BIDDERS },
      { type: 'SendRejectionNotices', lot: 1, sentOn: '2026-10-22', electronic: true },
      {
        type: 'SignContract',
        lot: 1,
        signedOn: '2026-11-02',
        amountCents: 11_500_000,
        holderEligibility: eligible,
      },
      { type: 'CloseLotWithoutAward', lot: 2, outcome: 'unsuccessful', reason: 'Aucune offre' },
    );
    for (const event of events) {
      expect([event.type, tenderContracts.check({ ...event, schemaVersion: 1 })]).toEqual([event.type, null]);
    }
    expect(new Set(events.map((event) => event.type)).size).toBeGreaterThanOrEqual(16);
  });
});

import { MembershipFacts, TenderEvent, TenderProcedure } from '@mutualis/shared/contracts';
import { given, scenarios } from '@mutualis/shared/event-sourcing/testing';
import {
  allEligible,
  bidId,
  created,
  criteriaSet,
  eligible,
  membership,
  OTHER_SUPPLIER,
  SUPPLIER,
  tender,
  submitBid,
  scoreBid,
} from '../testing/tender-fixtures';
import { TenderCommand } from './tender.commands';
import { tenderDecider } from './tender.decider';
import { TenderRefusal } from './tender-refusal';

const { decide, refusal, run } = scenarios(tenderDecider, TenderRefusal);

/**
 * The boundaries of the tender lifecycle rules (domain-rules §11, T2–T16), each a value on either side of its
 * threshold, run through the decider: commands in, events or a refusal naming its rule and article out.
 */

type Creation = Parameters<typeof created>[0];

/** A tender of one lot worth `estimatedCents`, its non-allotment motivated. */
const single = (estimatedCents: number, overrides: Creation = {}) =>
  created({
    lots: [{ number: 1, title: 'Lot unique', estimatedCents, smallLotMapa: false }],
    nonAllotment: {
      ground: 'technically-difficult-or-costly',
      motivation: 'Un seul titulaire pour tous les membres',
    },
    ...overrides,
  });

const choose = (procedure: TenderProcedure, plannedLaunchOn = '2026-09-01'): TenderCommand => ({
  type: 'ChooseProcedure',
  procedure,
  negotiationGround: null,
  plannedLaunchOn,
});

/** The fixture's groupement, in force and its members in it since 1 January 2025: launches in 2025 pass M1, M3. */
const membershipSince2025: MembershipFacts = {
  ...membership,
  consortium: {
    ...membership.consortium!,
    convention: { ...membership.consortium!.convention, signedOn: '2024-12-15', effectiveOn: '2025-01-01' },
  },
  members: Object.fromEntries(
    Object.entries(membership.members).map(([siret, member]) => [
      siret,
      { ...member, periods: [{ from: '2025-01-01', until: null }] },
    ]),
  ),
};

type Means = Partial<Record<'electronic' | 'pin' | 'urgency', boolean>>;

/** Sends the notice on `noticeSentOn`, the deadline at 10:00 UTC (12:00 in Paris) on `deadlineOn`; electronic. */
const publish = (noticeSentOn: string, deadlineOn: string, means: Means = {}): TenderCommand => ({
  type: 'PublishTender',
  membership: membershipSince2025,
  noticeSentOn,
  deadlineAt: `${deadlineOn}T10:00:00Z`,
  electronic: true,
  pin: false,
  urgency: false,
  ...means,
});

/** Created, every lot's criteria set and the procedure chosen for `launchOn`: ready to send the notice. */
function ready(creation: TenderEvent, procedure: TenderProcedure, launchOn = '2026-09-01'): TenderEvent[] {
  const lots = given(tenderDecider, [creation]).state.created!.lots;
  return run([creation, ...lots.map((lot) => criteriaSet(lot.number))], choose(procedure, launchOn));
}

describe('T2 and T3: the procedure the value allows (ChooseProcedure, launch on 1 September 2026)', () => {
  const works = (cents: number, buyer: 'sub-central' | 'utility' = 'sub-central') =>
    single(cents, { nature: 'works', cpvCode: '45000000-7', buyer });

  it('T3: works are dispensed from publicity and competition below 100 000 €: 99 999,99 € allowed, 100 000 € refused (R2122-8)', () => {
    expect(decide([works(9_999_999)], choose('dispense'))[0]?.data).toMatchObject({
      procedure: 'dispense',
      required: 'dispense',
    });
    expect(refusal([works(10_000_000)], choose('dispense'))).toMatchObject({
      rule: 'dispense-not-allowed',
      legalReference: 'R2122-8',
      values: { estimatedCents: 10_000_000 },
    });
  });

  it('T3: an innovative purchase of services is dispensed below 100 000 €: 99 999,99 € allowed, 100 000 € refused (R2122-9-1)', () => {
    const innovative = (cents: number) => single(cents, { innovative: true });
    expect(decide([innovative(9_999_999)], choose('dispense'))[0]?.data).toMatchObject({
      required: 'dispense',
    });
    expect(refusal([innovative(10_000_000)], choose('dispense'))).toMatchObject({
      rule: 'dispense-not-allowed',
      legalReference: 'R2122-8',
    });
    // The same services, not innovative, are over the 60 000 € dispense of supplies and services.
    expect(refusal([single(9_999_999)], choose('dispense')).rule).toBe('dispense-not-allowed');
  });

  it('T2: a utility’s supplies may follow MAPA up to 431 999,99 €; from 432 000 € they may not (L2124-1)', () => {
    const supplies = (cents: number) =>
      single(cents, { buyer: 'utility', nature: 'supplies', cpvCode: '09310000-5' });
    expect(decide([supplies(43_199_999)], choose('mapa'))[0]?.data).toMatchObject({
      required: 'mapa',
      thresholdTable: '2026-08-21',
    });
    expect(refusal([supplies(43_200_000)], choose('mapa'))).toMatchObject({
      rule: 'formalised-procedure-required',
      legalReference: 'L2124-1',
      values: { estimatedCents: 43_200_000, thresholdCents: 43_200_000 },
    });
  });

  it.each(['sub-central', 'utility'] as const)(
    'T2: works of a %s buyer may follow MAPA up to 5 403 999,99 €; from 5 404 000 € they may not (L2124-1)',
    (buyer) => {
      expect(decide([works(540_399_999, buyer)], choose('mapa'))[0]?.data).toMatchObject({
        required: 'mapa',
      });
      expect(refusal([works(540_400_000, buyer)], choose('mapa'))).toMatchObject({
        rule: 'formalised-procedure-required',
        legalReference: 'L2124-1',
        values: { estimatedCents: 540_400_000, thresholdCents: 540_400_000 },
      });
    },
  );
});

describe('social and other specific services of the CCP annex: MAPA up to 750 000 € (R2123-1 3°)', () => {
  // Services of a centre communal d'action sociale: the annex's first heading (health and social services).
  const social = (cents: number, overrides: Creation = {}) =>
    single(cents, { cpvCode: '85000000-9', specificServicesCategory: 'health-social', ...overrides });

  it('R2123-1 3°: specific services of a collectivité may follow MAPA at 749 999,99 €; at 750 000 € a formalised procedure is required', () => {
    expect(decide([social(74_999_999)], choose('mapa'))[0]?.data).toMatchObject({
      procedure: 'mapa',
      required: 'mapa',
    });
    expect(refusal([social(75_000_000)], choose('mapa'))).toMatchObject({
      rule: 'formalised-procedure-required',
      legalReference: 'L2124-1',
      values: { estimatedCents: 75_000_000, thresholdCents: 75_000_000 },
    });
  });

  it('R2123-1 3°: between 216 000 € and 750 000 € only the category said by the tender lets the services follow MAPA', () => {
    expect(decide([social(21_600_000)], choose('mapa'))[0]?.data).toMatchObject({ required: 'mapa' });
    expect(refusal([social(21_600_000, { specificServicesCategory: null })], choose('mapa'))).toMatchObject({
      rule: 'formalised-procedure-required',
      values: { thresholdCents: 21_600_000 },
    });
  });

  it('R2123-1 3°: a utility’s specific services may follow MAPA up to 999 999,99 €, not from 1 000 000 €', () => {
    expect(decide([social(99_999_999, { buyer: 'utility' })], choose('mapa'))).toHaveLength(1);
    expect(refusal([social(100_000_000, { buyer: 'utility' })], choose('mapa')).rule).toBe(
      'formalised-procedure-required',
    );
  });

  it('R2123-1 3°: the notice of specific services at 749 999,99 € is a MAPA’s (BOAMP or JAL), at 750 000 € BOAMP and JOUE', () => {
    const launch = (cents: number, procedure: TenderProcedure) =>
      decide(ready(social(cents), procedure), publish('2026-09-01', '2026-10-10'))[0]?.data;
    expect(launch(74_999_999, 'mapa')).toMatchObject({ publicity: 'boamp-or-jal', required: 'mapa' });
    expect(launch(75_000_000, 'open')).toMatchObject({ publicity: 'boamp-and-joue', required: 'formalised' });
  });

  it('R2123-1 3°: only services are in the annex: supplies said to be specific services are refused at creation', () => {
    const command: TenderCommand = {
      type: 'CreateTender',
      tender: tender({
        nature: 'supplies',
        cpvCode: '09310000-5',
        specificServicesCategory: 'health-social',
      }),
      census: null,
    };
    expect(refusal([], command)).toMatchObject({
      rule: 'specific-services-not-services',
      legalReference: 'R2123-1 3°',
    });
    expect(
      decide([], { ...command, tender: { ...command.tender, nature: 'services', cpvCode: '85000000-9' } }),
    ).toHaveLength(1);
  });
});

describe('T5: the publicity recorded when the notice is sent (PublishTender)', () => {
  const publicity = (cents: number, procedure: TenderProcedure) =>
    decide(ready(single(cents), procedure), publish('2026-09-01', '2026-10-05'))[0]?.data;

  it('T5: a MAPA’s publicity is free up to 89 999,99 €; from 90 000 € a notice in the BOAMP or a JAL (R2131-12)', () => {
    expect(publicity(8_999_999, 'mapa')).toMatchObject({ publicity: 'free', required: 'mapa' });
    expect(publicity(9_000_000, 'mapa')).toMatchObject({ publicity: 'boamp-or-jal', required: 'mapa' });
    expect(publicity(21_599_999, 'mapa')).toMatchObject({ publicity: 'boamp-or-jal' });
  });

  it('T5: from the EU threshold (216 000 € of a collectivité’s services) a notice in the BOAMP and the JOUE (R2131-16)', () => {
    expect(publicity(21_600_000, 'open')).toMatchObject({
      publicity: 'boamp-and-joue',
      required: 'formalised',
    });
  });
});

describe('T6: the first deadline against the minimum time limit (PublishTender, notice sent on 1 September 2026)', () => {
  it.each([
    ['a prior information notice', { pin: true }],
    ['a justified urgency', { urgency: true }],
  ])('T6: an open procedure with %s needs 15 days: 14 refused, 15 accepted (R2161-3)', (_, means: Means) => {
    const open = ready(created(), 'open');
    expect(refusal(open, publish('2026-09-01', '2026-09-15', means))).toMatchObject({
      rule: 'deadline-too-short',
      legalReference: 'R2161-3',
      values: { minimumDays: 15, actualDays: 14, earliestDeadline: '2026-09-16' },
    });
    expect(decide(open, publish('2026-09-01', '2026-09-16', means))).toHaveLength(1);
  });

  // The notice of a restricted procedure calls for candidatures: the offers' time limits (30, 25 electronic, 10 with
  // a PIN or in urgency, R2161-7/R2161-8) run from the invitation to tender, a step the decider has no command for.
  it('T6: a restricted procedure’s candidatures need 30 days even electronic or after a PIN: 29 refused, 30 accepted (R2161-6)', () => {
    const restricted = ready(created(), 'restricted');
    const means = { electronic: true, pin: true };
    expect(refusal(restricted, publish('2026-09-01', '2026-09-30', means))).toMatchObject({
      rule: 'deadline-too-short',
      legalReference: 'R2161-6',
      values: { minimumDays: 30, actualDays: 29 },
    });
    expect(decide(restricted, publish('2026-09-01', '2026-10-01', means))).toHaveLength(1);
  });

  it('T6: a restricted procedure’s candidatures in urgency need 15 days: 14 refused, 15 accepted (R2161-6)', () => {
    const restricted = ready(created(), 'restricted');
    expect(refusal(restricted, publish('2026-09-01', '2026-09-15', { urgency: true }))).toMatchObject({
      rule: 'deadline-too-short',
      legalReference: 'R2161-6',
      values: { minimumDays: 15, actualDays: 14 },
    });
    expect(decide(restricted, publish('2026-09-01', '2026-09-16', { urgency: true }))).toHaveLength(1);
  });
});

describe('T8: the framework agreement’s term (CreateTender)', () => {
  const create = (
    buyer: 'sub-central' | 'central' | 'utility',
    durationMonths: number,
    justification: string | null = null,
  ): TenderCommand => ({
    type: 'CreateTender',
    tender: tender({ buyer, framework: { maximumCents: 50_000_000, durationMonths, justification } }),
    census: null,
  });

  it('T8: an entité adjudicatrice’s framework agreement may last 96 months; 97 only with a recorded justification (L2125-1)', () => {
    expect(decide([], create('utility', 96))).toHaveLength(1);
    expect(refusal([], create('utility', 97))).toMatchObject({
      rule: 'framework-duration-exceeded',
      legalReference: 'L2125-1',
      values: { durationMonths: 97, maxMonths: 96, buyer: 'entity-operator' },
    });
    expect(refusal([], create('utility', 97, '   ')).rule).toBe('framework-duration-exceeded');
    expect(decide([], create('utility', 97, 'Investissements amortis sur dix ans'))[0]?.data).toMatchObject({
      framework: { durationMonths: 97, justification: 'Investissements amortis sur dix ans' },
    });
  });

  it.each(['sub-central', 'central'] as const)(
    'T8: a %s public authority’s framework agreement of 49 months is refused unjustified, accepted with a recorded justification (L2125-1)',
    (buyer) => {
      expect(refusal([], create(buyer, 49))).toMatchObject({
        rule: 'framework-duration-exceeded',
        values: { durationMonths: 49, maxMonths: 48, buyer: 'public-authority' },
      });
      expect(decide([], create(buyer, 49, 'Durée d’amortissement des équipements'))).toHaveLength(1);
    },
  );
});

describe('T11: the minimum turnover required, judged on each lot (PublishTender)', () => {
  // created(): lots of 120 000 € and 96 000 €. The consultation's requirement applies to every lot that states none
  // of its own, capped by each lot's value: 2 × 96 000 € = 192 000 € before 2026, 1.5 × 96 000 € = 144 000 € since.
  const requiring = (cents: number, launchOn: string) =>
    ready(created({ turnoverRequirementCents: cents }), 'open', launchOn);

  it('T11: launched on 31 December 2025, twice the smaller lot (192 000 €) is allowed, a cent more refused (R2142-7)', () => {
    expect(decide(requiring(19_200_000, '2025-12-31'), publish('2025-12-31', '2026-02-10'))).toHaveLength(1);
    expect(refusal(requiring(19_200_001, '2025-12-31'), publish('2025-12-31', '2026-02-10'))).toMatchObject({
      rule: 'turnover-requirement-too-high',
      legalReference: 'R2142-7, R2142-8',
      values: {
        lot: 2,
        estimatedCents: 9_600_000,
        maxPercent: 200,
        maxTurnoverCents: 19_200_000,
        table: '2024-01-01',
      },
    });
  });

  it('T11: launched on 1 January 2026, the same 192 000 € is refused: 1.5 times the value at most', () => {
    expect(refusal(requiring(19_200_000, '2026-01-01'), publish('2026-01-01', '2026-02-10'))).toMatchObject({
      rule: 'turnover-requirement-too-high',
      legalReference: 'R2142-7, R2142-8',
      values: { lot: 1, maxPercent: 150, table: '2026-01-01' },
    });
  });

  describe('T11 per lot: each lot’s own requirement is capped by its own value, not by the smallest lot (R2142-8)', () => {
    // Lot 1 is worth 120 000 € (cap 180 000 € from 2026), lot 2 96 000 € (cap 144 000 €).
    const perLot = (lot1?: number | null, lot2?: number | null, tenderLevel: number | null = null) =>
      ready(
        created({
          turnoverRequirementCents: tenderLevel,
          lots: [
            { number: 1, title: 'Audit de sécurité', estimatedCents: 12_000_000, smallLotMapa: false },
            { number: 2, title: 'Supervision (SOC)', estimatedCents: 9_600_000, smallLotMapa: false },
          ].map((lot, index) => {
            const own = index === 0 ? lot1 : lot2;
            return own === undefined ? lot : { ...lot, turnoverRequirementCents: own };
          }),
        }),
        'open',
      );
    const launch = publish('2026-09-01', '2026-10-10');

    it('T11: lot 1 may require 180 000 € (1.5 × 120 000 €) while lot 2 requires 144 000 € (1.5 × 96 000 €) (R2142-7, R2142-8)', () => {
      expect(decide(perLot(18_000_000, 14_400_000), launch)).toHaveLength(1);
    });

    it('T11: lot 1’s requirement a cent above 180 000 € is refused, naming lot 1 (R2142-7, R2142-8)', () => {
      expect(refusal(perLot(18_000_001, 14_400_000), launch)).toMatchObject({
        rule: 'turnover-requirement-too-high',
        legalReference: 'R2142-7, R2142-8',
        values: { lot: 1, estimatedCents: 12_000_000, maxTurnoverCents: 18_000_000, maxPercent: 150 },
      });
    });

    it('T11: lot 2’s requirement a cent above 144 000 € is refused, naming lot 2 (R2142-7, R2142-8)', () => {
      expect(refusal(perLot(18_000_000, 14_400_001), launch)).toMatchObject({
        rule: 'turnover-requirement-too-high',
        values: { lot: 2, estimatedCents: 9_600_000, maxTurnoverCents: 14_400_000 },
      });
    });

    it('T11: a lot without a requirement of its own takes the consultation’s, capped by that lot’s value', () => {
      expect(decide(perLot(18_000_000, undefined, 14_400_000), launch)).toHaveLength(1);
      expect(refusal(perLot(18_000_000, undefined, 14_400_001), launch)).toMatchObject({
        rule: 'turnover-requirement-too-high',
        values: { lot: 2, requiredTurnoverCents: 14_400_001 },
      });
    });

    it('T11: a lot may require none (null) while the consultation requires more than that lot allows', () => {
      expect(decide(perLot(undefined, null, 18_000_000), launch)).toHaveLength(1);
    });
  });
});

describe('T15 and T16: after the award', () => {
  const bid = (n: number, supplierSiret: string) => submitBid(n, supplierSiret, '2026-02-01T09:00:00Z');
  const score = (n: number, price: number) => scoreBid(n, price);

  /** Launched on `noticeSentOn`, two bids on lot 1 opened on 10 February 2026 and scored, the lot awarded to bid 1. */
  const awarded = (creation: TenderEvent, procedure: TenderProcedure, noticeSentOn = '2026-01-05') =>
    run(
      ready(creation, procedure, noticeSentOn),
      publish(noticeSentOn, '2026-02-10'),
      bid(1, SUPPLIER),
      bid(2, OTHER_SUPPLIER),
      { type: 'OpenBids', now: '2026-02-10T14:00:00Z', openedBy: 'coordinator-user' },
      score(1, 90),
      score(2, 60),
      {
        type: 'AwardLot',
        lot: 1,
        decidedOn: '2026-02-20',
        eligibility: allEligible(SUPPLIER, OTHER_SUPPLIER),
      },
    );

  /** Rejection notices sent electronically on 23 February 2026, the contract signed once the standstill is over. */
  const signed = (creation: TenderEvent, procedure: TenderProcedure) =>
    decide(
      run(awarded(creation, procedure), {
        type: 'SendRejectionNotices',
        lot: 1,
        sentOn: '2026-02-23',
        electronic: true,
      }),
      {
        type: 'SignContract',
        lot: 1,
        signedOn: '2026-03-06',
        amountCents: 21_000_000,
        holderEligibility: eligible,
      },
    )[0]?.data;

  it('T15: below the EU threshold no avis d’attribution is due: a MAPA of 215 999,99 € (R2183-1)', () => {
    expect(signed(single(21_599_999), 'mapa')).toMatchObject({ awardNoticeDueBy: null });
  });

  it('T15: nor when an open procedure is chosen below the threshold: R2183-1 looks at the value, not the procedure', () => {
    expect(signed(single(21_599_999), 'open')).toMatchObject({ awardNoticeDueBy: null });
  });

  it('T15: at the EU threshold (216 000 €) the avis d’attribution is due 30 days after signature (R2183-1)', () => {
    expect(signed(single(21_600_000), 'open')).toMatchObject({
      signedOn: '2026-03-06',
      awardNoticeDueBy: '2026-04-05',
    });
  });

  it('T16: the award passes to the next-ranked offer for a launch from 1 January 2026, not on 31 December 2025 (R2181-7)', () => {
    const transfer: TenderCommand = {
      type: 'TransferAward',
      lot: 1,
      reason: 'Redressement judiciaire',
      decidedOn: '2026-03-01',
      eligibility: allEligible(SUPPLIER, OTHER_SUPPLIER),
    };
    expect(refusal(awarded(created(), 'open', '2025-12-31'), transfer)).toMatchObject({
      rule: 'award-transfer-not-applicable',
      legalReference: 'R2181-7',
    });
    expect(decide(awarded(created(), 'open', '2026-01-01'), transfer)[0]?.data).toMatchObject({
      fromBidId: bidId(1),
      toBidId: bidId(2),
      supplierSiret: OTHER_SUPPLIER,
    });
  });
});

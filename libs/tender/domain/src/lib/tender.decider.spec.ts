import { ClosedCensus } from '@mutualis/shared/contracts';
import { scenarios } from '@mutualis/shared/event-sourcing/testing';
import {
  bidId,
  CONSORTIUM_ID,
  TENDER_ID,
  created,
  criteriaSet,
  eligible,
  excluded,
  OTHER_SUPPLIER,
  SUPPLIER,
  submitBid,
  tender,
  weighted,
  membership,
  withoutCertificates,
} from '../testing/tender-fixtures';
import { TenderCommand } from './tender.commands';
import { tenderDecider } from './tender.decider';
import { TenderRefusal } from './tender-refusal';

const { decide, refusal } = scenarios(tenderDecider, TenderRefusal);

const choose = (procedure: TenderCommand & { type: 'ChooseProcedure' } extends infer C ? C : never) =>
  procedure;
const chooseProcedure = (
  procedure: 'open' | 'mapa' | 'dispense' | 'negotiated',
  plannedLaunchOn = '2026-09-01',
  negotiationGround: 'design-services' | null = null,
): TenderCommand => choose({ type: 'ChooseProcedure', procedure, negotiationGround, plannedLaunchOn });
const oneLot = (estimatedCents: number) => [
  { number: 1, title: 'Audit', estimatedCents, smallLotMapa: false },
];
const notAllotted = {
  ground: 'technically-difficult-or-costly' as const,
  motivation: 'Un seul outil de supervision pour tous les membres',
};
const single = (estimatedCents: number) =>
  created({ lots: oneLot(estimatedCents), nonAllotment: notAllotted });
const publish = (noticeSentOn: string, deadlineAt: string, electronic = true): TenderCommand => ({
  type: 'PublishTender',
  membership,
  noticeSentOn,
  deadlineAt,
  electronic,
  pin: false,
  urgency: false,
});

describe('creating a tender (T1, T8, T9)', () => {
  it('T1: values the tender at the sum of its lots, the whole operation’s need', () => {
    const [event] = decide([], { type: 'CreateTender', tender: tender(), census: null });
    expect(event?.data).toMatchObject({ estimatedCents: 21_600_000 });
  });

  it('T1: values a framework agreement at its maximum when it exceeds the lots’ needs', () => {
    const framework = { maximumCents: 30_000_000, durationMonths: 48, justification: null };
    expect(
      decide([], { type: 'CreateTender', tender: tender({ framework }), census: null })[0]?.data,
    ).toMatchObject({
      estimatedCents: 30_000_000,
    });
  });

  it('refuses a launch date no threshold table covers, as a rule', () => {
    expect(refusal([created()], chooseProcedure('open', '2023-12-31')).rule).toBe('launch-date-out-of-range');
  });

  it('T9: refuses a tender of one lot without the L2113-11 ground motivated (L2113-11)', () => {
    expect(
      refusal([], { type: 'CreateTender', tender: tender({ lots: oneLot(100) }), census: null }),
    ).toMatchObject({
      rule: 'non-allotment-not-motivated',
      legalReference: 'L2113-11',
    });
    expect(
      decide([], {
        type: 'CreateTender',
        tender: tender({ lots: oneLot(100), nonAllotment: notAllotted }),
        census: null,
      }),
    ).toHaveLength(1);
  });

  it('T8: refuses a framework agreement without maximum, or longer than 48 months for a public authority (R2162-4, L2125-1)', () => {
    const framework = (maximumCents: number | null, durationMonths: number) => ({
      type: 'CreateTender' as const,
      tender: tender({ framework: { maximumCents, durationMonths, justification: null } }),
      census: null,
    });
    expect(refusal([], framework(null, 36)).rule).toBe('framework-maximum-missing');
    expect(refusal([], framework(50_000_000, 49)).rule).toBe('framework-duration-exceeded');
    expect(decide([], framework(50_000_000, 48))).toHaveLength(1);
  });
});

describe('a tender answering a needs census (T1, R2121-1)', () => {
  const CENSUS_ID = '0190c6a4-7c1e-7000-8000-0000000000c5';
  const census: ClosedCensus = {
    censusId: CENSUS_ID,
    consortiumId: CONSORTIUM_ID,
    closedOn: '2026-02-28',
    wholeDurationMonths: 48,
    perLot: [
      { lot: 1, cents: 12_000_000, members: 2 },
      { lot: 2, cents: 9_600_000, members: 2 },
    ],
    totalCents: 21_600_000,
    beneficiaries: ['21440050900011', '21440184600016'],
  };
  const answering = (census: ClosedCensus | null, overrides: Parameters<typeof tender>[0] = {}) => ({
    type: 'CreateTender' as const,
    tender: tender({ censusId: CENSUS_ID, ...overrides }),
    census,
  });

  it('T1: covers the census’s members and is valued at its whole total', () => {
    expect(decide([], answering(census))[0]?.data).toMatchObject({
      censusId: CENSUS_ID,
      estimatedCents: 21_600_000,
    });
  });

  it('T1: refuses a tender valued below the needs the census totalled, by one cent', () => {
    const short = [
      { number: 1, title: 'Audit', estimatedCents: 12_000_000, smallLotMapa: false },
      { number: 2, title: 'SOC', estimatedCents: 9_599_999, smallLotMapa: false },
    ];
    expect(refusal([], answering(census, { lots: short }))).toMatchObject({
      rule: 'estimate-below-census',
      legalReference: 'R2121-1',
      values: { estimatedCents: 21_599_999, censusCents: 21_600_000 },
    });
  });

  it('T1: refuses a census not closed yet, another consortium’s, or a beneficiary who expressed no needs', () => {
    expect(refusal([], answering(null)).rule).toBe('census-not-closed');
    expect(refusal([], answering({ ...census, consortiumId: TENDER_ID })).rule).toBe(
      'census-of-another-consortium',
    );
    expect(
      refusal([], answering(census, { beneficiaries: ['21440050900011', '21440096200012'] })),
    ).toMatchObject({
      rule: 'beneficiary-without-needs',
      values: { withoutNeeds: ['21440096200012'] },
    });
  });
});

describe('the procedure (T2, T3, T5, T7)', () => {
  it('T2: services of a collectivité at 215 999,99 € in 2026 may follow MAPA; at 216 000 € they may not (L2124-1)', () => {
    expect(decide([single(21_599_999)], chooseProcedure('mapa'))[0]?.data).toMatchObject({
      required: 'mapa',
      thresholdTable: '2026-08-21',
    });
    expect(refusal([single(21_600_000)], chooseProcedure('mapa'))).toMatchObject({
      rule: 'formalised-procedure-required',
      legalReference: 'L2124-1',
      values: { estimatedCents: 21_600_000, thresholdCents: 21_600_000 },
    });
  });

  it('T2: uses the threshold table in force on the launch date: 220 000 € of services may follow MAPA in 2025 (threshold 221 000 €), not in 2026 (216 000 €)', () => {
    expect(decide([single(22_000_000)], chooseProcedure('mapa', '2025-12-31'))).toHaveLength(1);
    expect(refusal([single(22_000_000)], chooseProcedure('mapa', '2026-01-01')).rule).toBe(
      'formalised-procedure-required',
    );
  });

  it('T3: dispenses supplies and services from publicity below 60 000 € from 1 April 2026, 40 000 € the day before (R2122-8)', () => {
    expect(refusal([single(5_999_999)], chooseProcedure('dispense', '2026-03-31'))).toMatchObject({
      rule: 'dispense-not-allowed',
      legalReference: 'R2122-8',
    });
    expect(decide([single(5_999_999)], chooseProcedure('dispense', '2026-04-01'))).toHaveLength(1);
    expect(refusal([single(6_000_000)], chooseProcedure('dispense', '2026-04-01')).rule).toBe(
      'dispense-not-allowed',
    );
  });

  it('T7: a public authority negotiates only on an R2124-3 ground; a utility needs none', () => {
    expect(refusal([created()], chooseProcedure('negotiated'))).toMatchObject({
      rule: 'negotiation-ground-required',
      legalReference: 'R2124-3',
    });
    expect(decide([created()], chooseProcedure('negotiated', '2026-09-01', 'design-services'))).toHaveLength(
      1,
    );
    expect(decide([created({ buyer: 'utility' })], chooseProcedure('negotiated'))).toHaveLength(1);
  });

  it('T5: records the publicity the value calls for: BOAMP and JOUE for a formalised procedure', () => {
    const history = [
      created(),
      ...decide([created()], chooseProcedure('open')),
      criteriaSet(1),
      criteriaSet(2),
    ];
    expect(decide(history, publish('2026-09-01', '2026-10-01T10:00:00Z'))[0]?.data).toMatchObject({
      publicity: 'boamp-and-joue',
    });
  });
});

describe('publishing (M1, M3, T4, T6, T10, T11)', () => {
  const ready = (overrides = {}) => {
    const base = [created(overrides)];
    return [...base, ...decide(base, chooseProcedure('open')), criteriaSet(1), criteriaSet(2)];
  };

  it('M1 and M3: refuses a launch before the convention is in force, or for a beneficiary not a member then', () => {
    const command = publish('2026-09-01', '2026-10-05T10:00:00Z');
    const early = {
      ...membership,
      consortium: {
        ...membership.consortium!,
        convention: { ...membership.consortium!.convention, effectiveOn: '2026-09-02' },
      },
    };
    expect(refusal(ready(), { ...command, membership: early } as TenderCommand)).toMatchObject({
      rule: 'convention-not-in-force',
      legalReference: 'L2113-7',
    });
    const { '21440050900011': _left, ...others } = membership.members;
    const withoutCrossac = {
      ...membership,
      members: { ...others, '21440096200012': membership.members['21440184600016']! },
    };
    expect(refusal(ready(), { ...command, membership: withoutCrossac } as TenderCommand)).toMatchObject({
      rule: 'beneficiary-not-member',
      values: { sirets: ['21440050900011'] },
    });
  });

  it('T6: an electronic open procedure needs 30 days: a deadline 29 days after the notice is refused, 30 accepted (R2161-3)', () => {
    expect(refusal(ready(), publish('2026-09-01', '2026-09-30T10:00:00Z'))).toMatchObject({
      rule: 'deadline-too-short',
      values: { minimumDays: 30, actualDays: 29 },
    });
    expect(decide(ready(), publish('2026-09-01', '2026-10-01T10:00:00Z'))).toHaveLength(1);
  });

  it('T6: without electronic means the open procedure needs 35 days (R2161-2)', () => {
    expect(refusal(ready(), publish('2026-09-01', '2026-10-05T10:00:00Z', false)).rule).toBe(
      'deadline-too-short',
    );
    expect(decide(ready(), publish('2026-09-01', '2026-10-06T10:00:00Z', false))).toHaveLength(1);
  });

  it('T10: a price-only award is allowed for a launch on 20 August 2026, refused from 21 August 2026', () => {
    const priceOnly = [{ name: 'Prix', weightPercent: 100, kind: 'price' as const, environmental: false }];
    const base = [created()];
    const history = [
      ...base,
      ...decide(base, chooseProcedure('open', '2026-08-20')),
      criteriaSet(1, priceOnly),
      criteriaSet(2, priceOnly),
    ];
    expect(decide(history, publish('2026-08-20', '2026-09-25T10:00:00Z'))).toHaveLength(1);
    expect(refusal(history, publish('2026-08-21', '2026-09-25T10:00:00Z')).rule).toMatch(
      /single-price-criterion-forbidden|environmental-criterion-missing/,
    );
  });

  it('T10: refuses weights of a formalised procedure that do not total 100 (R2152-12)', () => {
    const ninetyNine = weighted.map((criterion, index) =>
      index === 0 ? { ...criterion, weightPercent: 39 } : criterion,
    );
    const base = [created()];
    const history = [
      ...base,
      ...decide(base, chooseProcedure('open')),
      criteriaSet(1, ninetyNine),
      criteriaSet(2),
    ];
    expect(refusal(history, publish('2026-09-01', '2026-10-05T10:00:00Z')).rule).toBe(
      'criteria-weights-not-100',
    );
  });

  it('refuses to publish while a lot has no criteria', () => {
    const base = [created()];
    const history = [...base, ...decide(base, chooseProcedure('open')), criteriaSet(1)];
    expect(refusal(history, publish('2026-09-01', '2026-10-05T10:00:00Z'))).toMatchObject({
      rule: 'criteria-missing',
      values: { lots: [2] },
    });
  });

  it('T11: a turnover requirement of exactly 1.5 times the smallest lot’s value is allowed in 2026, above it refused', () => {
    expect(
      decide(ready({ turnoverRequirementCents: 14_400_000 }), publish('2026-09-01', '2026-10-05T10:00:00Z')),
    ).toHaveLength(1);
    expect(
      refusal(ready({ turnoverRequirementCents: 14_400_001 }), publish('2026-09-01', '2026-10-05T10:00:00Z'))
        .rule,
    ).toBe('turnover-requirement-too-high');
  });

  it('T4: refuses a small lot run as MAPA inside a formalised operation when it reaches 80 000 € (R2123-1)', () => {
    const lots = [
      { number: 1, title: 'Audit', estimatedCents: 30_000_000, smallLotMapa: false },
      { number: 2, title: 'Formation', estimatedCents: 8_000_000, smallLotMapa: true },
    ];
    expect(refusal(ready({ lots }), publish('2026-09-01', '2026-10-05T10:00:00Z')).rule).toBe(
      'small-lot-too-large',
    );
  });
});

describe('questions, extensions and bids until the deadline', () => {
  const DEADLINE = '2026-10-05T10:00:00Z';
  const open = () => {
    const base = [created()];
    const history = [...base, ...decide(base, chooseProcedure('open')), criteriaSet(1), criteriaSet(2)];
    return [...history, ...decide(history, publish('2026-09-01', DEADLINE))];
  };
  const submit = (
    n: number,
    supplierSiret = SUPPLIER,
    now = '2026-10-01T09:00:00Z',
    eligibility = eligible,
  ) => submitBid(n, supplierSiret, now, eligibility);

  it('takes a sealed bid from an eligible supplier before the deadline; a second bid on the lot replaces the first', () => {
    const first = decide(open(), submit(1));
    expect(first.map((event) => event.type)).toEqual(['tender.BidSubmitted']);
    const second = decide([...open(), ...first], submit(2));
    expect(second).toEqual([
      { type: 'tender.BidWithdrawn', data: { bidId: bidId(1) } },
      expect.objectContaining({ type: 'tender.BidSubmitted' }),
    ]);
  });

  it('refuses a bid at the deadline (server time), a second before is accepted', () => {
    expect(refusal(open(), submit(1, SUPPLIER, DEADLINE))).toMatchObject({ rule: 'deadline-passed' });
    expect(decide(open(), submit(1, SUPPLIER, '2026-10-05T09:59:59Z'))).toHaveLength(1);
  });

  it('S3: refuses a bid from an excluded supplier, naming the article of its exclusion', () => {
    expect(refusal(open(), submit(1, SUPPLIER, '2026-10-01T09:00:00Z', excluded))).toMatchObject({
      rule: 'supplier-not-eligible',
      legalReference: 'L2141-1',
      values: { reasons: ['excluded'] },
    });
  });

  it('R2143-3: takes the bid of a supplier whose attestations the registry does not hold, on its DUME', () => {
    expect(decide(open(), submit(1, SUPPLIER, '2026-10-01T09:00:00Z', withoutCertificates))).toEqual([
      {
        type: 'tender.BidSubmitted',
        data: expect.objectContaining({
          supplierSiret: SUPPLIER,
          declaration: 'dume',
          operatorGrouping: 'none',
        }),
      },
    ]);
  });

  it('answers questions to all and extends the deadline only forward, before it passes', () => {
    const asked = decide(open(), {
      type: 'AskQuestion',
      questionId: bidId(50),
      lot: 1,
      text: 'Le SOC doit-il être 24/7 ?',
      now: '2026-09-10T08:00:00Z',
    });
    const history = [...open(), ...asked];
    expect(decide(history, { type: 'AnswerQuestion', questionId: bidId(50), answer: 'Oui.' })).toHaveLength(
      1,
    );
    expect(
      refusal(history, {
        type: 'ExtendDeadline',
        deadlineAt: '2026-10-04T10:00:00Z',
        reason: 'x',
        now: '2026-09-20T08:00:00Z',
      }).rule,
    ).toBe('deadline-not-later');
    expect(
      refusal(history, {
        type: 'ExtendDeadline',
        deadlineAt: '2026-10-20T10:00:00Z',
        reason: 'x',
        now: DEADLINE,
      }).rule,
    ).toBe('deadline-passed');
  });

  it('opens the bids only after the deadline, once, recording who and when; withdrawn bids are not among them', () => {
    let history = open();
    history = [...history, ...decide(history, submit(1))];
    history = [...history, ...decide(history, submit(2, OTHER_SUPPLIER))];
    history = [
      ...history,
      ...decide(history, {
        type: 'WithdrawBid',
        bidId: bidId(2),
        supplierSiret: OTHER_SUPPLIER,
        now: '2026-10-02T09:00:00Z',
      }),
    ];
    expect(
      refusal(history, { type: 'OpenBids', now: '2026-10-05T09:59:59Z', openedBy: 'coordinator-user' }).rule,
    ).toBe('deadline-not-passed');
    const opened = decide(history, {
      type: 'OpenBids',
      now: '2026-10-05T14:00:00Z',
      openedBy: 'coordinator-user',
    });
    expect(opened).toEqual([
      {
        type: 'tender.BidsOpened',
        data: {
          openedAt: '2026-10-05T14:00:00Z',
          openedBy: 'coordinator-user',
          bids: [
            { lot: 1, bidIds: [bidId(1)] },
            { lot: 2, bidIds: [] },
          ],
        },
      },
    ]);
    expect(
      refusal([...history, ...opened], { type: 'OpenBids', now: '2026-10-06T14:00:00Z', openedBy: 'x' }).rule,
    ).toBe('bids-already-opened');
  });
});

import { TenderReconductions } from '@mutualis/shared/contracts';
import { scenarios } from '@mutualis/shared/event-sourcing/testing';
import { tender } from '../testing/tender-fixtures';
import { TenderCommand } from './tender.commands';
import { tenderDecider } from './tender.decider';
import { TenderRefusal } from './tender-refusal';

const { decide, refusal, run } = scenarios(tenderDecider, TenderRefusal);

/** A tender of one lot worth `initialPeriodCents` over its initial period, its non-allotment motivated. */
const create = (
  initialPeriodCents: number,
  overrides: Partial<Parameters<typeof tender>[0]> = {},
): TenderCommand => ({
  type: 'CreateTender',
  tender: tender({
    lots: [{ number: 1, title: 'Lot unique', estimatedCents: initialPeriodCents, smallLotMapa: false }],
    nonAllotment: { ground: 'technically-difficult-or-costly', motivation: 'Un seul titulaire pour tous' },
    ...overrides,
  }),
  census: null,
});

const yearly = (count: number, tacit = true): TenderReconductions => ({
  initialMonths: 12,
  count,
  monthsEach: 12,
  tacit,
});

const chooseMapa: TenderCommand = {
  type: 'ChooseProcedure',
  procedure: 'mapa',
  negotiationGround: null,
  plannedLaunchOn: '2026-09-01',
};

describe('T1 and C9: the reconductions the consultation announces count in its estimated value (CreateTender)', () => {
  it('T1 (R2121-1): a lot of 60 000 € a year reconducted three times is worth 240 000 € HT, and so is the operation', () => {
    const [event] = decide([], create(6_000_000, { reconductions: yearly(3) }));
    expect(event?.data).toMatchObject({
      lots: [{ number: 1, estimatedCents: 24_000_000 }],
      estimatedCents: 24_000_000,
      reconductions: { initialMonths: 12, count: 3, monthsEach: 12, tacit: true },
    });
  });

  it('T1 (R2121-1): without reconduction the value stays that of the initial period', () => {
    expect(decide([], create(6_000_000))[0]?.data).toMatchObject({ estimatedCents: 6_000_000 });
  });

  it('T2 (L2124-1): 53 999,99 € a year reconducted three times stays under the 216 000 € threshold (MAPA); 54 000 € reaches it', () => {
    const under = run([], create(5_399_999, { reconductions: yearly(3) }));
    expect(decide(under, chooseMapa)[0]?.data).toMatchObject({ procedure: 'mapa', required: 'mapa' });
    const at = run([], create(5_400_000, { reconductions: yearly(3) }));
    expect(refusal(at, chooseMapa)).toMatchObject({
      rule: 'formalised-procedure-required',
      legalReference: 'L2124-1',
      values: { estimatedCents: 21_600_000, thresholdCents: 21_600_000 },
    });
  });

  it('C9 (R2112-4): an accord-cadre’s reconductions renew its own duration, not another initial period', () => {
    const framework = { maximumCents: 20_000_000, durationMonths: 24, justification: null };
    expect(refusal([], create(6_000_000, { framework, reconductions: yearly(1) }))).toMatchObject({
      rule: 'reconductions-initial-period-mismatch',
      legalReference: 'R2112-4',
      values: { initialMonths: 12, durationMonths: 24 },
    });
  });

  it('C9 (R2112-4): reconductions count at least one, of at least a month', () => {
    expect(refusal([], create(6_000_000, { reconductions: { ...yearly(1), count: 0 } }))).toMatchObject({
      rule: 'reconductions-invalid',
      legalReference: 'R2112-4',
    });
  });
});

describe('T8: an accord-cadre’s total duration, reconductions included (CreateTender)', () => {
  const framework = (durationMonths: number, justification: string | null = null) => ({
    maximumCents: 50_000_000,
    durationMonths,
    justification,
  });
  const reconducted = (durationMonths: number, count: number, monthsEach: number) => ({
    initialMonths: durationMonths,
    count,
    monthsEach,
    tacit: true,
  });

  it('T8 (L2125-1): a public authority’s 24 months and two reconductions of 12 make 48, allowed; of 13, 50 refused', () => {
    expect(
      decide([], create(6_000_000, { framework: framework(24), reconductions: reconducted(24, 2, 12) })),
    ).toHaveLength(1);
    expect(
      refusal([], create(6_000_000, { framework: framework(24), reconductions: reconducted(24, 2, 13) })),
    ).toMatchObject({
      rule: 'framework-duration-exceeded',
      legalReference: 'L2125-1',
      values: { durationMonths: 50, maxMonths: 48, buyer: 'public-authority', reconductionMonths: 26 },
    });
  });

  it('T8 (L2125-1): an entité adjudicatrice’s 48 months and four reconductions of 12 make 96, allowed; a 97th month refused unless justified', () => {
    const utility = (monthsEach: number, justification: string | null = null) =>
      create(6_000_000, {
        buyer: 'utility',
        framework: framework(48, justification),
        reconductions: { initialMonths: 48, count: 1, monthsEach, tacit: false },
      });
    expect(decide([], utility(48))).toHaveLength(1);
    expect(refusal([], utility(49))).toMatchObject({
      rule: 'framework-duration-exceeded',
      values: { durationMonths: 97, maxMonths: 96, buyer: 'entity-operator' },
    });
    expect(decide([], utility(49, 'Investissements amortis sur dix ans'))).toHaveLength(1);
  });
});

describe('the place and the clauses of execution (CreateTender)', () => {
  it('records the place of execution and the clauses as stated', () => {
    const [event] = decide(
      [],
      create(6_000_000, {
        placeOfExecution: { code: '31555', kind: 'commune' },
        executionClauses: { socialClause: true, reservedContract: false, environmentalClause: true },
      }),
    );
    expect(event?.data).toMatchObject({
      placeOfExecution: { code: '31555', kind: 'commune' },
      executionClauses: { socialClause: true, reservedContract: false, environmentalClause: true },
    });
  });

  it.each([
    ['commune', '2A004', true],
    ['commune', '3155', false],
    ['department', '31', true],
    ['department', '971', true],
    ['department', '31555', false],
    ['region', '76', true],
    ['country', 'FR', true],
    ['country', 'fr', false],
  ] as const)('a %s code %s is %s', (kind, code, valid) => {
    const command = create(6_000_000, { placeOfExecution: { code, kind } });
    if (valid) expect(decide([], command)).toHaveLength(1);
    else expect(refusal([], command).rule).toBe('place-of-execution-invalid');
  });
});

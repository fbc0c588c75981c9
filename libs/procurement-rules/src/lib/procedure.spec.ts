import { checkSmallLots, determineProcedure, type LotPlan, type ProcedureQuestion } from './procedure';

const question = (overrides: Partial<ProcedureQuestion>): ProcedureQuestion => ({
  estimatedCents: 0,
  nature: 'supplies',
  buyer: 'sub-central',
  launchedOn: '2026-06-01',
  ...overrides,
});

describe('EU thresholds (T2, L2124-1, CCP annexe 2)', () => {
  it('formalises a sub-central supply of exactly 216 000 € HT, not one of 215 999.99 € (2026-2027)', () => {
    expect(determineProcedure(question({ estimatedCents: 21_600_000 }))).toEqual({
      procedure: 'formalised',
      publicity: 'boamp-and-joue',
      thresholdCents: 21_600_000,
      legalReference: 'L2124-1, R2131-16',
      table: '2026-04-01',
    });
    expect(determineProcedure(question({ estimatedCents: 21_599_999 }))).toEqual({
      procedure: 'mapa',
      publicity: 'boamp-or-jal',
      thresholdCents: 21_600_000,
      legalReference: 'R2123-1 1°, R2131-12 2°',
      table: '2026-04-01',
    });
  });

  it.each([
    ['works', 'sub-central', 540_400_000],
    ['works', 'utility', 540_400_000],
    ['supplies', 'utility', 43_200_000],
    ['services', 'central', 14_000_000],
    ['services', 'sub-central', 21_600_000],
  ] as const)(
    'formalises %s bought by a %s buyer from %i cents HT, one cent less is MAPA',
    (nature, buyer, cents) => {
      expect(determineProcedure(question({ nature, buyer, estimatedCents: cents })).procedure).toBe(
        'formalised',
      );
      expect(determineProcedure(question({ nature, buyer, estimatedCents: cents - 1 })).procedure).toBe(
        'mapa',
      );
    },
  );

  it('answers 216 000 € HT with MAPA on 31/12/2025 and with a formalised procedure on 1/1/2026 (same value)', () => {
    const on = (launchedOn: string) =>
      determineProcedure(question({ estimatedCents: 21_600_000, launchedOn }));
    expect(on('2025-12-31')).toMatchObject({
      procedure: 'mapa',
      thresholdCents: 22_100_000,
      table: '2024-01-01',
    });
    expect(on('2026-01-01')).toMatchObject({
      procedure: 'formalised',
      thresholdCents: 21_600_000,
      table: '2026-01-01',
    });
  });

  it('uses the 2024-2025 thresholds for older launches: central 143 000 €, works 5 538 000 €', () => {
    const in2025 = (overrides: Partial<ProcedureQuestion>) =>
      determineProcedure(question({ launchedOn: '2025-03-01', ...overrides })).procedure;
    expect(in2025({ buyer: 'central', estimatedCents: 14_300_000 })).toBe('formalised');
    expect(in2025({ buyer: 'central', estimatedCents: 14_299_999 })).toBe('mapa');
    expect(in2025({ nature: 'works', estimatedCents: 553_799_999 })).toBe('mapa');
    expect(in2025({ nature: 'works', estimatedCents: 553_800_000 })).toBe('formalised');
  });
});

describe('social and other specific services (CCP annex, R2123-1 3°)', () => {
  const specific = (estimatedCents: number, overrides: Partial<ProcedureQuestion> = {}) =>
    determineProcedure(
      question({
        nature: 'services',
        specificServices: true,
        estimatedCents,
        launchedOn: '2026-09-01',
        ...overrides,
      }),
    );

  it('a collectivité’s specific services follow MAPA up to 749 999,99 € HT and are formalised from 750 000 € (R2123-1 3°)', () => {
    expect(specific(74_999_999)).toEqual({
      procedure: 'mapa',
      publicity: 'boamp-or-jal',
      thresholdCents: 75_000_000,
      legalReference: 'R2123-1 3°, R2131-12 2°',
      table: '2026-08-21',
    });
    expect(specific(75_000_000)).toMatchObject({
      procedure: 'formalised',
      publicity: 'boamp-and-joue',
      thresholdCents: 75_000_000,
    });
  });

  it('between the services threshold (216 000 €) and 750 000 €, the same value is formalised for ordinary services and MAPA for specific ones', () => {
    expect(specific(21_600_000).procedure).toBe('mapa');
    expect(specific(21_600_000, { specificServices: false }).procedure).toBe('formalised');
  });

  it('a utility’s specific services follow MAPA up to 999 999,99 € HT and are formalised from 1 000 000 €', () => {
    expect(specific(99_999_999, { buyer: 'utility' }).procedure).toBe('mapa');
    expect(specific(100_000_000, { buyer: 'utility' }).procedure).toBe('formalised');
  });

  it('the 750 000 € threshold is the same in the 2024-2025 table (fixed in the directives, not revised)', () => {
    expect(specific(74_999_999, { launchedOn: '2025-06-01' })).toMatchObject({
      procedure: 'mapa',
      table: '2024-01-01',
    });
    expect(specific(75_000_000, { launchedOn: '2025-06-01' })).toMatchObject({ procedure: 'formalised' });
  });

  it('under the dispense threshold they are dispensed like any service, and MAPA publicity is free below 90 000 €', () => {
    expect(specific(5_999_999).procedure).toBe('dispense');
    expect(specific(8_999_999)).toMatchObject({
      procedure: 'mapa',
      publicity: 'free',
      legalReference: 'R2123-1 3°, R2131-12 1°',
    });
  });

  it('only services can be specific services', () => {
    expect(() => specific(100_000, { nature: 'supplies' })).toThrow(RangeError);
  });
});

describe('dispense of publicity and competition (T3, R2122-8, R2122-9-1)', () => {
  it('dispenses works under 100 000 € HT, not at 100 000 €', () => {
    expect(determineProcedure(question({ nature: 'works', estimatedCents: 9_999_999 }))).toEqual({
      procedure: 'dispense',
      publicity: 'none',
      thresholdCents: 10_000_000,
      legalReference: 'R2122-8',
      table: '2026-04-01',
    });
    expect(determineProcedure(question({ nature: 'works', estimatedCents: 10_000_000 }))).toMatchObject({
      procedure: 'mapa',
      publicity: 'boamp-or-jal',
    });
  });

  it('dispenses supplies of 50 000 € HT launched on 1/4/2026, not on 31/3/2026 (same value)', () => {
    const on = (launchedOn: string) =>
      determineProcedure(question({ estimatedCents: 5_000_000, launchedOn }));
    expect(on('2026-03-31')).toMatchObject({ procedure: 'mapa', publicity: 'free', table: '2026-01-01' });
    expect(on('2026-04-01')).toMatchObject({
      procedure: 'dispense',
      thresholdCents: 6_000_000,
      table: '2026-04-01',
    });
  });

  it.each([
    ['2026-03-31', 3_999_999, 4_000_000],
    ['2026-04-01', 5_999_999, 6_000_000],
  ])('on %s dispenses services of %i cents HT but not of %i', (launchedOn, under, at) => {
    const procedureOf = (estimatedCents: number) =>
      determineProcedure(question({ nature: 'services', estimatedCents, launchedOn })).procedure;
    expect(procedureOf(under)).toBe('dispense');
    expect(procedureOf(at)).toBe('mapa');
  });

  it('dispenses an innovative purchase under 100 000 € HT (UNCONFIRMED for 2026), not at 100 000 €', () => {
    expect(determineProcedure(question({ estimatedCents: 9_999_999, innovative: true }))).toMatchObject({
      procedure: 'dispense',
      thresholdCents: 10_000_000,
      legalReference: 'R2122-9-1',
    });
    expect(determineProcedure(question({ estimatedCents: 10_000_000, innovative: true })).procedure).toBe(
      'mapa',
    );
    expect(determineProcedure(question({ estimatedCents: 9_999_999 })).procedure).toBe('mapa');
  });
});

describe('publicity of a MAPA (T5, R2131-12)', () => {
  it('leaves publicity free under 90 000 € HT and requires BOAMP or a JAL from 90 000 €', () => {
    expect(determineProcedure(question({ estimatedCents: 8_999_999 }))).toMatchObject({
      procedure: 'mapa',
      publicity: 'free',
      legalReference: 'R2123-1 1°, R2131-12 1°',
    });
    expect(determineProcedure(question({ estimatedCents: 9_000_000 }))).toMatchObject({
      procedure: 'mapa',
      publicity: 'boamp-or-jal',
      legalReference: 'R2123-1 1°, R2131-12 2°',
    });
  });
});

describe('determineProcedure input', () => {
  it('throws RangeError for a launch before the first table, a bad amount, buyer or date', () => {
    expect(() => determineProcedure(question({ launchedOn: '2023-12-31' }))).toThrow(RangeError);
    expect(() => determineProcedure(question({ launchedOn: '2026-13-01' }))).toThrow(RangeError);
    expect(() => determineProcedure(question({ estimatedCents: -1 }))).toThrow(RangeError);
    expect(() => determineProcedure(question({ estimatedCents: 10.5 }))).toThrow(RangeError);
    const buyer = 'state' as unknown as ProcedureQuestion['buyer'];
    expect(() => determineProcedure(question({ buyer }))).toThrow(RangeError);
  });
});

describe('small lots inside a formalised operation (T4, R2123-1 2°)', () => {
  const lots = (...plans: [number, boolean][]): LotPlan[] =>
    plans.map(([estimatedCents, mapa], index) => ({ lot: index + 1, estimatedCents, mapa }));
  const check = (plans: LotPlan[], nature: 'supplies' | 'works' = 'supplies') =>
    checkSmallLots({ nature, buyer: 'sub-central', launchedOn: '2026-06-01', lots: plans });

  it('allows MAPA lots totalling exactly 20 % of all lots, not one cent more', () => {
    // 320 000 + 50 000 + 30 000 = 400 000 € HT; the MAPA lots make 80 000 € = 20 %.
    expect(check(lots([32_000_000, false], [5_000_000, true], [3_000_000, true]))).toEqual([]);
    expect(check(lots([32_000_000, false], [5_000_000, true], [3_000_001, true]))).toEqual([
      {
        rule: 'small-lots-share-exceeded',
        legalReference: 'R2123-1 2°',
        message: expect.stringContaining('20 %'),
        values: {
          lots: [2, 3],
          smallLotsCents: 8_000_001,
          allLotsCents: 40_000_001,
          maxSharePercent: 20,
          maxSmallLotsCents: 8_000_000,
          table: '2026-04-01',
        },
      },
    ]);
  });

  it('refuses a supplies lot of exactly 80 000 € HT, allows 79 999.99 €', () => {
    expect(check(lots([50_000_000, false], [7_999_999, true]))).toEqual([]);
    expect(check(lots([50_000_000, false], [8_000_000, true]))).toEqual([
      {
        rule: 'small-lot-too-large',
        legalReference: 'R2123-1 2°',
        message: expect.stringContaining('lot 2'),
        values: { lot: 2, estimatedCents: 8_000_000, capCents: 8_000_000, table: '2026-04-01' },
      },
    ]);
  });

  it('refuses a works lot of exactly 1 000 000 € HT, allows 999 999.99 €', () => {
    expect(check(lots([500_000_000, false], [99_999_999, true]), 'works')).toEqual([]);
    expect(check(lots([500_000_000, false], [100_000_000, true]), 'works').map((b) => b.rule)).toEqual([
      'small-lot-too-large',
    ]);
  });

  it('reports a lot too large and a share exceeded together', () => {
    expect(check(lots([20_000_000, false], [9_000_000, true])).map((b) => b.rule)).toEqual([
      'small-lot-too-large',
      'small-lots-share-exceeded',
    ]);
  });

  it('has nothing to check when all lots together are under the EU threshold (the whole operation is a MAPA)', () => {
    expect(check(lots([10_000_000, true], [11_599_999, true]))).toEqual([]);
    expect(check(lots([10_000_000, true], [11_600_000, true])).map((b) => b.rule)).toEqual([
      'small-lot-too-large',
      'small-lot-too-large',
      'small-lots-share-exceeded',
    ]);
  });
});

import { type AwardCriterion, checkCriteria, checkTurnoverRequirement } from './criteria';
import type { ProcedureKind } from './procedure';

const criterion = (
  kind: AwardCriterion['kind'],
  weightPercent: number,
  environmental?: boolean,
): AwardCriterion => ({
  name: kind,
  weightPercent,
  kind,
  ...(environmental === undefined ? {} : { environmental }),
});
const rulesOf = (launchedOn: string, criteria: AwardCriterion[], procedure: ProcedureKind = 'formalised') =>
  checkCriteria({ procedure, launchedOn, criteria }).map((breach) => breach.rule);

describe('weighted criteria of formalised procedures (T10, R2152-12)', () => {
  it('accepts weights totalling 100, refuses 99', () => {
    expect(rulesOf('2026-06-01', [criterion('price', 60), criterion('quality', 40)])).toEqual([]);
    expect(
      checkCriteria({
        procedure: 'formalised',
        launchedOn: '2026-06-01',
        criteria: [criterion('price', 60), criterion('quality', 39)],
      }),
    ).toEqual([
      {
        rule: 'criteria-weights-not-100',
        legalReference: 'R2152-12',
        message: expect.stringContaining('99 %'),
        values: { totalPercent: 99 },
      },
    ]);
  });

  it('accepts decimal weights that total 100', () => {
    const criteria = [criterion('price', 33.33), criterion('quality', 33.33), criterion('social', 33.34)];
    expect(rulesOf('2026-06-01', criteria)).toEqual([]);
  });

  it('does not require weights in a MAPA', () => {
    expect(rulesOf('2026-06-01', [criterion('price', 0), criterion('quality', 0)], 'mapa')).toEqual([]);
  });

  it('requires the price or the cost among the criteria (R2152-7)', () => {
    expect(rulesOf('2026-06-01', [criterion('quality', 100)])).toEqual(['price-or-cost-criterion-missing']);
  });
});

describe('environmental criterion from 21 August 2026 (T10, L2152-7, R2152-7)', () => {
  it('allows a price-only award launched on 20/08/2026, refuses it on 21/08/2026', () => {
    expect(rulesOf('2026-08-20', [criterion('price', 100)])).toEqual([]);
    const breaches = checkCriteria({
      procedure: 'formalised',
      launchedOn: '2026-08-21',
      criteria: [criterion('price', 100)],
    });
    expect(breaches).toEqual([
      {
        rule: 'single-price-criterion-forbidden',
        legalReference: 'R2152-7',
        message: expect.any(String),
        values: { launchedOn: '2026-08-21', table: '2026-08-21' },
      },
      {
        rule: 'environmental-criterion-missing',
        legalReference: 'L2152-7',
        message: expect.any(String),
        values: { launchedOn: '2026-08-21', kinds: ['price'], table: '2026-08-21' },
      },
    ]);
  });

  it('refuses a price-only MAPA from 21/08/2026 too', () => {
    expect(rulesOf('2026-08-21', [criterion('price', 100)], 'mapa')).toEqual([
      'single-price-criterion-forbidden',
      'environmental-criterion-missing',
    ]);
  });

  it('accepts price with an environmental criterion', () => {
    expect(rulesOf('2026-08-21', [criterion('price', 70), criterion('environmental', 30)])).toEqual([]);
  });

  it('accepts a single cost criterion that takes account of the environment, not a bare one', () => {
    expect(rulesOf('2026-08-21', [criterion('cost', 100, true)])).toEqual([]);
    expect(rulesOf('2026-08-21', [criterion('cost', 100)])).toEqual(['environmental-criterion-missing']);
  });

  it('does not count an environmental criterion weighted 0 in a formalised procedure', () => {
    expect(rulesOf('2026-08-21', [criterion('price', 100), criterion('environmental', 0)])).toEqual([
      'single-price-criterion-forbidden',
      'environmental-criterion-missing',
    ]);
  });

  it('checks no criteria for a dispense', () => {
    expect(rulesOf('2026-09-01', [], 'dispense')).toEqual([]);
  });

  it('throws RangeError for a negative weight or a launch before the first table', () => {
    expect(() => rulesOf('2026-06-01', [criterion('price', -1)])).toThrow(RangeError);
    expect(() => rulesOf('2023-06-01', [criterion('price', 100)])).toThrow(RangeError);
  });
});

describe('minimum turnover requirement (T11, R2142-7)', () => {
  const check = (launchedOn: string, requiredTurnoverCents: number, estimatedCents = 10_000_000) =>
    checkTurnoverRequirement({ launchedOn, requiredTurnoverCents, estimatedCents });

  it('allows exactly 1.5 × the estimated value from 1/1/2026, refuses one cent more', () => {
    expect(check('2026-01-01', 15_000_000)).toBeNull();
    expect(check('2026-01-01', 15_000_001)).toEqual({
      rule: 'turnover-requirement-too-high',
      legalReference: 'R2142-7',
      message: expect.stringContaining('150 %'),
      values: {
        requiredTurnoverCents: 15_000_001,
        estimatedCents: 10_000_000,
        maxPercent: 150,
        maxTurnoverCents: 15_000_000,
        table: '2026-01-01',
      },
    });
  });

  it('allows 2 × on 31/12/2025 and refuses the same requirement on 1/1/2026', () => {
    expect(check('2025-12-31', 20_000_000)).toBeNull();
    expect(check('2025-12-31', 20_000_001)?.values).toMatchObject({
      maxPercent: 200,
      maxTurnoverCents: 20_000_000,
    });
    expect(check('2026-01-01', 20_000_000)?.values).toMatchObject({ maxPercent: 150, table: '2026-01-01' });
  });

  it('compares exactly when 1.5 × falls between two cents', () => {
    expect(check('2026-06-01', 4, 3)).toBeNull();
    expect(check('2026-06-01', 5, 3)?.values).toMatchObject({ maxTurnoverCents: 4 });
  });

  it('throws RangeError for a fractional or negative amount', () => {
    expect(() => check('2026-06-01', 1.5)).toThrow(RangeError);
    expect(() => check('2026-06-01', 100, -1)).toThrow(RangeError);
  });
});

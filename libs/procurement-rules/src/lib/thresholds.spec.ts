import { addDays } from './calendar';
import { THRESHOLD_PERIODS, thresholdsOn } from './thresholds';

describe('dated threshold tables (domain-rules §2)', () => {
  it('lists contiguous periods, oldest first, the last one open', () => {
    THRESHOLD_PERIODS.forEach((period, index) => {
      const next = THRESHOLD_PERIODS[index + 1];
      if (next) expect(addDays(period.until!, 1)).toBe(next.from);
      else expect(period.until).toBeNull();
    });
    expect(THRESHOLD_PERIODS.map((period) => period.from)).toEqual([
      '2024-01-01',
      '2026-01-01',
      '2026-04-01',
      '2026-08-21',
    ]);
  });

  it('finds each period again by its id, so a recorded decision can be replayed', () => {
    THRESHOLD_PERIODS.forEach((period) => expect(thresholdsOn(period.from)).toBe(period));
  });

  it.each([
    ['2025-12-31', '2024-01-01'],
    ['2026-01-01', '2026-01-01'],
    ['2026-03-31', '2026-01-01'],
    ['2026-04-01', '2026-04-01'],
    ['2026-08-20', '2026-04-01'],
    ['2026-08-21', '2026-08-21'],
    ['2031-06-30', '2026-08-21'],
  ])('gives on %s the table in force from %s', (date, from) => {
    expect(thresholdsOn(date).from).toBe(from);
  });

  it('throws RangeError before the first period and for a malformed date', () => {
    expect(() => thresholdsOn('2023-12-31')).toThrow(RangeError);
    expect(() => thresholdsOn('2026-02-30')).toThrow(RangeError);
    expect(() => thresholdsOn('1/4/2026')).toThrow(RangeError);
  });

  it('holds the EU thresholds 2024-2025 and 2026-2027 in cents HT (T2, CCP annexe 2)', () => {
    expect(thresholdsOn('2025-06-01').values.euCents).toEqual({
      'sub-central': { supplies: 22_100_000, services: 22_100_000, works: 553_800_000 },
      central: { supplies: 14_300_000, services: 14_300_000, works: 553_800_000 },
      utility: { supplies: 44_300_000, services: 44_300_000, works: 553_800_000 },
    });
    expect(thresholdsOn('2026-06-01').values.euCents).toEqual({
      'sub-central': { supplies: 21_600_000, services: 21_600_000, works: 540_400_000 },
      central: { supplies: 14_000_000, services: 14_000_000, works: 540_400_000 },
      utility: { supplies: 43_200_000, services: 43_200_000, works: 540_400_000 },
    });
  });

  it('holds the dispense thresholds of R2122-8 and R2122-9-1 by period (T3)', () => {
    expect(THRESHOLD_PERIODS.map((period) => period.values.dispenseBelowCents)).toEqual([
      { works: 10_000_000, suppliesServices: 4_000_000, innovative: 10_000_000 },
      { works: 10_000_000, suppliesServices: 4_000_000, innovative: 10_000_000 },
      { works: 10_000_000, suppliesServices: 6_000_000, innovative: 10_000_000 },
      { works: 10_000_000, suppliesServices: 6_000_000, innovative: 10_000_000 },
    ]);
  });

  it('holds the publicity, small-lots, turnover and criteria values (T4, T5, T10, T11)', () => {
    const before = thresholdsOn('2025-12-31').values;
    const after = thresholdsOn('2026-08-21').values;
    expect(after.publicity).toEqual({ freeBelowCents: 9_000_000, mapaNotice: 'boamp-or-jal' });
    expect(after.smallLots).toEqual({
      suppliesServicesBelowCents: 8_000_000,
      worksBelowCents: 100_000_000,
      maxSharePercent: 20,
    });
    expect(after.socialServicesEuCents).toEqual({ classic: 75_000_000, utility: 100_000_000 });
    expect([before.maxTurnoverPercent, after.maxTurnoverPercent]).toEqual([200, 150]);
    expect(thresholdsOn('2026-08-20').values.criteria).toEqual({
      environmentalRequired: false,
      singlePriceAllowed: true,
    });
    expect(after.criteria).toEqual({ environmentalRequired: true, singlePriceAllowed: false });
  });

  it('is frozen to the last value: no caller can rewrite history', () => {
    const frozen = (value: unknown): boolean =>
      typeof value !== 'object' ||
      value === null ||
      (Object.isFrozen(value) && Object.values(value).every(frozen));
    expect(frozen(THRESHOLD_PERIODS)).toBe(true);
  });
});

import {
  estimatedValue,
  type MemberNeed,
  type NeedsDuration,
  valueOverWholeDuration,
} from './estimated-value';

// Three communes of the buyers fixture pooling their needs.
const PREVESSIN = '21010313100012';
const VONNAS = '21010457600017';
const VALSERHONE = '20008386300015';

const need = (memberSiret: string, lot: number, annualCents: number, optionsAnnualCents = 0): MemberNeed => ({
  memberSiret,
  lot,
  annualCents,
  optionsAnnualCents,
});

const ONE_YEAR: NeedsDuration = { initialMonths: 12, renewals: 0, monthsPerRenewal: 0 };

describe('estimated value of pooled needs (T1, R2121-1)', () => {
  it('sums every member, lot, option and renewal over the whole duration (T1, R2121-1)', () => {
    // 36 months + 1 renewal of 12 = 48 months = 4 years.
    // Lot 1: Prévessin (10 000 € + 2 000 € options) + Vonnas 5 000 € + Valserhône (3 000 € + 500 € options)
    //        = 20 500 € a year × 4 = 82 000 €.
    // Lot 2: Prévessin 2 500 € + Valserhône (1 000 € + 250 € options) = 3 750 € a year × 4 = 15 000 €.
    const value = estimatedValue({ initialMonths: 36, renewals: 1, monthsPerRenewal: 12 }, [
      need(PREVESSIN, 1, 1_000_000, 200_000),
      need(VONNAS, 1, 500_000),
      need(VALSERHONE, 1, 300_000, 50_000),
      need(PREVESSIN, 2, 250_000),
      need(VALSERHONE, 2, 100_000, 25_000),
    ]);
    expect(value).toEqual({
      totalCents: 9_700_000,
      perLot: [
        { lot: 1, cents: 8_200_000, members: 3 },
        { lot: 2, cents: 1_500_000, members: 2 },
      ],
      wholeDurationMonths: 48,
    });
  });

  it('counts the whole need, not any member share: 97 000 € in total though no member reaches 90 000 € (T1)', () => {
    const duration = { initialMonths: 36, renewals: 1, monthsPerRenewal: 12 };
    const needs = [
      need(PREVESSIN, 1, 1_000_000, 200_000),
      need(VONNAS, 1, 500_000),
      need(VALSERHONE, 1, 300_000, 50_000),
      need(PREVESSIN, 2, 250_000),
      need(VALSERHONE, 2, 100_000, 25_000),
    ];
    const shares = [PREVESSIN, VONNAS, VALSERHONE].map(
      (siret) =>
        estimatedValue(
          duration,
          needs.filter((n) => n.memberSiret === siret),
        ).totalCents,
    );
    expect(shares).toEqual([5_800_000, 2_000_000, 1_900_000]);
    expect(estimatedValue(duration, needs).totalCents).toBe(9_700_000);
  });

  it('counts a member with needs on one lot only in that lot alone (T1)', () => {
    const value = estimatedValue(ONE_YEAR, [
      need(PREVESSIN, 1, 100),
      need(PREVESSIN, 3, 300),
      need(VONNAS, 3, 30),
    ]);
    expect(value.perLot).toEqual([
      { lot: 1, cents: 100, members: 1 },
      { lot: 3, cents: 330, members: 2 },
    ]);
    expect(value.totalCents).toBe(430);
  });

  it('adds up several needs of one member on one lot and counts that member once (T1)', () => {
    const value = estimatedValue(ONE_YEAR, [need(VONNAS, 2, 100, 10), need('210 104 576 00017', 2, 50)]);
    expect(value.perLot).toEqual([{ lot: 2, cents: 160, members: 1 }]);
  });

  it('rounds up to the cent once per lot, never below the true value (T1)', () => {
    // 7 months of 1 cent a year is 7/12 of a cent. Three such needs on lot 1 are 21/12 = 1.75 cents → 2, where
    // rounding each need would give 3. Lot 2: 1 cent × 7/12 → 1; lot 3: 12 cents × 7/12 = 7, no rounding.
    const value = estimatedValue({ initialMonths: 7, renewals: 0, monthsPerRenewal: 0 }, [
      need(PREVESSIN, 1, 1),
      need(VONNAS, 1, 1),
      need(VALSERHONE, 1, 0, 1),
      need(PREVESSIN, 2, 1),
      need(PREVESSIN, 3, 12),
    ]);
    expect(value.perLot).toEqual([
      { lot: 1, cents: 2, members: 3 },
      { lot: 2, cents: 1, members: 1 },
      { lot: 3, cents: 7, members: 1 },
    ]);
    expect(value.totalCents).toBe(10);
  });

  it('sorts the lots by number whatever the order of the needs (T1)', () => {
    const value = estimatedValue(ONE_YEAR, [need(VONNAS, 10, 1), need(VONNAS, 2, 1), need(VONNAS, 1, 1)]);
    expect(value.perLot.map(({ lot }) => lot)).toEqual([1, 2, 10]);
  });

  it('takes every renewal at its own length: 24 months + 3 renewals of 6 months = 42 months (T1)', () => {
    const value = estimatedValue({ initialMonths: 24, renewals: 3, monthsPerRenewal: 6 }, [
      need(VONNAS, 1, 1_200),
    ]);
    expect(value).toEqual({
      totalCents: 4_200,
      perLot: [{ lot: 1, cents: 4_200, members: 1 }],
      wholeDurationMonths: 42,
    });
  });

  it('is zero with no needs (T1)', () => {
    expect(estimatedValue(ONE_YEAR, [])).toEqual({ totalCents: 0, perLot: [], wholeDurationMonths: 12 });
  });

  it('computes exactly up to Number.MAX_SAFE_INTEGER cents, products beyond it included (T1)', () => {
    // 2^53 − 1 cents a year over 12 months: the product in twelfths is beyond 2^53, the result exact.
    const value = estimatedValue(ONE_YEAR, [need(VONNAS, 1, Number.MAX_SAFE_INTEGER - 1, 1)]);
    expect(value.totalCents).toBe(Number.MAX_SAFE_INTEGER);
    expect(
      estimatedValue({ initialMonths: 36, renewals: 0, monthsPerRenewal: 0 }, [
        need(VONNAS, 1, 3_002_399_751_580_330),
      ]).totalCents,
    ).toBe(9_007_199_254_740_990);
  });

  describe('refusals (RangeError)', () => {
    it.each<[string, NeedsDuration]>([
      ['zero initialMonths', { initialMonths: 0, renewals: 1, monthsPerRenewal: 12 }],
      ['negative initialMonths', { initialMonths: -12, renewals: 0, monthsPerRenewal: 0 }],
      ['non-integer initialMonths', { initialMonths: 1.5, renewals: 0, monthsPerRenewal: 0 }],
      ['NaN initialMonths', { initialMonths: NaN, renewals: 0, monthsPerRenewal: 0 }],
      ['infinite initialMonths', { initialMonths: Infinity, renewals: 0, monthsPerRenewal: 0 }],
      ['negative renewals', { initialMonths: 12, renewals: -1, monthsPerRenewal: 12 }],
      ['non-integer renewals', { initialMonths: 12, renewals: 0.5, monthsPerRenewal: 12 }],
      ['negative monthsPerRenewal', { initialMonths: 12, renewals: 1, monthsPerRenewal: -12 }],
      ['non-integer monthsPerRenewal', { initialMonths: 12, renewals: 1, monthsPerRenewal: 0.25 }],
      [
        'a whole duration beyond Number.MAX_SAFE_INTEGER months',
        { initialMonths: 1, renewals: Number.MAX_SAFE_INTEGER, monthsPerRenewal: 2 },
      ],
    ])('refuses %s', (_case, duration) => {
      expect(() => estimatedValue(duration, [need(VONNAS, 1, 100)])).toThrow(RangeError);
    });

    it.each<[string, MemberNeed]>([
      ['a negative annualCents', need(VONNAS, 1, -1)],
      ['a non-integer annualCents', need(VONNAS, 1, 100.5)],
      ['a NaN annualCents', need(VONNAS, 1, NaN)],
      ['a negative optionsAnnualCents', need(VONNAS, 1, 100, -1)],
      ['a non-integer optionsAnnualCents', need(VONNAS, 1, 100, 0.1)],
      ['an annualCents beyond Number.MAX_SAFE_INTEGER', need(VONNAS, 1, 2 ** 53)],
      ['a negative lot', need(VONNAS, -1, 100)],
      ['a non-integer lot', need(VONNAS, 1.5, 100)],
    ])('refuses %s', (_case, bad) => {
      expect(() => estimatedValue(ONE_YEAR, [need(PREVESSIN, 1, 100), bad])).toThrow(RangeError);
    });

    it('refuses a lot worth more than Number.MAX_SAFE_INTEGER cents', () => {
      expect(() => estimatedValue(ONE_YEAR, [need(VONNAS, 1, Number.MAX_SAFE_INTEGER, 1)])).toThrow(
        'the estimated value of lot 1 exceeds Number.MAX_SAFE_INTEGER',
      );
      expect(() =>
        estimatedValue({ initialMonths: 24, renewals: 0, monthsPerRenewal: 0 }, [
          need(VONNAS, 1, Math.ceil(Number.MAX_SAFE_INTEGER / 2)),
        ]),
      ).toThrow(RangeError);
    });

    it('refuses a total beyond Number.MAX_SAFE_INTEGER cents even when every lot is below it', () => {
      const half = Math.ceil(Number.MAX_SAFE_INTEGER / 2);
      expect(() => estimatedValue(ONE_YEAR, [need(VONNAS, 1, half), need(VONNAS, 2, half)])).toThrow(
        'the total estimated value exceeds Number.MAX_SAFE_INTEGER',
      );
    });
  });
});

describe('a value over the initial period carried over the whole duration (T1, R2121-1)', () => {
  it('T1 (R2121-1): 100 000 € over 12 months with 3 reconductions of 12 months is 400 000 € HT', () => {
    expect(valueOverWholeDuration(10_000_000, { initialMonths: 12, renewals: 3, monthsPerRenewal: 12 })).toBe(
      40_000_000,
    );
  });

  it('T1 (R2121-1): leaves the value alone without reconduction', () => {
    expect(valueOverWholeDuration(10_000_000, { initialMonths: 12, renewals: 0, monthsPerRenewal: 0 })).toBe(
      10_000_000,
    );
  });

  it('T1 (R2121-1): rounds up to the cent, never below: 1 cent over 3 months and one of 1 month is 2 cents', () => {
    expect(valueOverWholeDuration(1, { initialMonths: 3, renewals: 1, monthsPerRenewal: 1 })).toBe(2);
    expect(valueOverWholeDuration(3, { initialMonths: 3, renewals: 1, monthsPerRenewal: 1 })).toBe(4);
  });

  it('throws RangeError for an initial period of zero months or a fractional amount', () => {
    expect(() =>
      valueOverWholeDuration(100, { initialMonths: 0, renewals: 1, monthsPerRenewal: 12 }),
    ).toThrow(RangeError);
    expect(() =>
      valueOverWholeDuration(10.5, { initialMonths: 12, renewals: 1, monthsPerRenewal: 12 }),
    ).toThrow(RangeError);
  });
});

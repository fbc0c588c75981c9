import { advanceRequirement, checkAdvance, type AdvanceFacts } from './advance';

// 60 000 € HT, 72 000 € TTC, 6 months, a collectivité under 60 M€ of spending, a holder that is not an SME.
const facts = (overrides: Partial<AdvanceFacts>): AdvanceFacts => ({
  initialCentsHT: 6_000_000,
  initialCentsTTC: 7_200_000,
  durationMonths: 6,
  holderSme: false,
  buyer: 'collectivite',
  buyerSpendingOver60M: false,
  ...overrides,
});

describe('avance (C5, R2191-3, R2191-7)', () => {
  it('is required strictly above 50 000 € HT (R2191-3)', () => {
    expect(advanceRequirement(facts({ initialCentsHT: 5_000_000 })).required).toBe(false);
    expect(advanceRequirement(facts({ initialCentsHT: 5_000_001 })).required).toBe(true);
  });

  it('is required strictly above 2 months', () => {
    expect(advanceRequirement(facts({ durationMonths: 2 })).required).toBe(false);
    expect(advanceRequirement(facts({ durationMonths: 3 })).required).toBe(true);
  });

  it('applies the rate to the TTC amount up to 12 months, to 12 × TTC / months beyond (R2191-7)', () => {
    expect(advanceRequirement(facts({ durationMonths: 12 }))).toEqual({
      required: true,
      minimumRatePercent: 5,
      baseCentsTTC: 7_200_000,
      minimumCents: 360_000,
    });
    // 12 × 7 200 000 / 13 = 6 646 153.85
    expect(advanceRequirement(facts({ durationMonths: 13 })).baseCentsTTC).toBe(6_646_154);
    // 12 × 6 000 001 / 24 = 3 000 000.5, rounded half up
    expect(advanceRequirement(facts({ initialCentsTTC: 6_000_001, durationMonths: 24 })).baseCentsTTC).toBe(
      3_000_001,
    );
  });

  it('rounds the minimum amount up to the cent', () => {
    // 5 % of 1 000 001 cents is 50 000.05 cents.
    expect(advanceRequirement(facts({ initialCentsTTC: 1_000_001 })).minimumCents).toBe(50_001);
  });

  it('sets the SME minimum at 30 % for the State, 10 % for a collectivité over 60 M€, else 5 %', () => {
    const rate = (overrides: Partial<AdvanceFacts>) =>
      advanceRequirement(facts(overrides)).minimumRatePercent;
    expect(rate({ holderSme: true, buyer: 'state' })).toBe(30);
    expect(rate({ holderSme: true, buyer: 'state', buyerSpendingOver60M: true })).toBe(30);
    expect(rate({ holderSme: true, buyerSpendingOver60M: true })).toBe(10);
    expect(rate({ holderSme: true, buyerSpendingOver60M: false })).toBe(5);
    expect(rate({ holderSme: false, buyer: 'state', buyerSpendingOver60M: true })).toBe(5);
    expect(rate({ holderSme: false, buyerSpendingOver60M: true })).toBe(5);
  });

  it('refuses a required avance under the minimum rate, accepts the minimum (R2191-7)', () => {
    expect(checkAdvance({ ...facts({}), ratePercent: 5, waived: false })).toEqual([]);
    expect(checkAdvance({ ...facts({}), ratePercent: 4.99, waived: false })).toEqual([
      {
        rule: 'advance-rate-too-low',
        legalReference: 'R2191-7',
        message: expect.stringContaining('5 %'),
        values: {
          ratePercent: 4.99,
          minimumRatePercent: 5,
          baseCentsTTC: 7_200_000,
          minimumCents: 360_000,
          holderSme: false,
        },
      },
    ]);
    const sme = facts({ holderSme: true, buyer: 'state' });
    expect(checkAdvance({ ...sme, ratePercent: 30, waived: false })).toEqual([]);
    expect(checkAdvance({ ...sme, ratePercent: 29, waived: false }).map((b) => b.rule)).toEqual([
      'advance-rate-too-low',
    ]);
  });

  it('accepts a waiver by the holder, and any rate when the avance is not required', () => {
    expect(checkAdvance({ ...facts({}), ratePercent: 0, waived: true })).toEqual([]);
    expect(checkAdvance({ ...facts({ initialCentsHT: 5_000_000 }), ratePercent: 0, waived: false })).toEqual(
      [],
    );
  });

  it('throws RangeError for a rate outside 0..100, a bad amount or an unknown buyer', () => {
    expect(() => checkAdvance({ ...facts({}), ratePercent: 100.5, waived: false })).toThrow(RangeError);
    expect(() => checkAdvance({ ...facts({}), ratePercent: -1, waived: true })).toThrow(RangeError);
    expect(() => checkAdvance({ ...facts({}), ratePercent: NaN, waived: false })).toThrow(RangeError);
    expect(checkAdvance({ ...facts({}), ratePercent: 100, waived: false })).toEqual([]);
    expect(() => advanceRequirement(facts({ initialCentsTTC: -1 }))).toThrow(RangeError);
    expect(() => advanceRequirement(facts({ durationMonths: 1.5 }))).toThrow(RangeError);
    expect(() => advanceRequirement(facts({ buyer: 'hospital' as never }))).toThrow(RangeError);
  });
});

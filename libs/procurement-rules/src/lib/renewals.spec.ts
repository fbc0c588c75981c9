import { checkRenewal, type RenewalTerms } from './renewals';

const terms: RenewalTerms = { count: 3, monthsEach: 12, tacit: true };

describe('reconduction (C9, R2112-4)', () => {
  it('refuses a reconduction the initial documents did not announce', () => {
    expect(checkRenewal({ terms: null, renewalsSoFar: 0 })).toEqual({
      rule: 'renewal-not-announced',
      legalReference: 'R2112-4',
      message: expect.any(String),
      values: { count: 0 },
    });
    expect(checkRenewal({ terms: { ...terms, count: 0 }, renewalsSoFar: 0 })?.rule).toBe(
      'renewal-not-announced',
    );
  });

  it('allows the last announced reconduction, refuses one more', () => {
    expect(checkRenewal({ terms, renewalsSoFar: 0 })).toBeNull();
    expect(checkRenewal({ terms, renewalsSoFar: 2 })).toBeNull();
    expect(checkRenewal({ terms, renewalsSoFar: 3 })).toEqual({
      rule: 'renewals-exhausted',
      legalReference: 'R2112-4',
      message: expect.stringContaining('3 reconductions'),
      values: { count: 3, renewalsSoFar: 3 },
    });
  });

  it('answers the same for tacit and express reconductions', () => {
    expect(checkRenewal({ terms: { ...terms, tacit: false }, renewalsSoFar: 2 })).toBeNull();
    expect(checkRenewal({ terms: { ...terms, tacit: false }, renewalsSoFar: 3 })?.rule).toBe(
      'renewals-exhausted',
    );
  });

  it('throws RangeError for a malformed count', () => {
    expect(() => checkRenewal({ terms, renewalsSoFar: -1 })).toThrow(RangeError);
    expect(() => checkRenewal({ terms: { ...terms, count: 1.5 }, renewalsSoFar: 0 })).toThrow(RangeError);
    expect(() => checkRenewal({ terms: { ...terms, monthsEach: -12 }, renewalsSoFar: 0 })).toThrow(
      RangeError,
    );
  });
});

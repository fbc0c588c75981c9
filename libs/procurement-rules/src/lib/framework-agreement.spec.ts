import { checkFrameworkAgreement, type FrameworkAgreementTerms } from './framework-agreement';

const terms = (overrides: Partial<FrameworkAgreementTerms>): FrameworkAgreementTerms => ({
  maximumCents: 50_000_000,
  durationMonths: 48,
  buyer: 'public-authority',
  ...overrides,
});

describe('framework agreements (T8, R2162-4, L2125-1)', () => {
  it('accepts a maximum in value or in quantity', () => {
    expect(checkFrameworkAgreement(terms({}))).toEqual([]);
    expect(checkFrameworkAgreement(terms({ maximumCents: null, maximumQuantity: 1_250.5 }))).toEqual([]);
  });

  it('refuses a framework agreement without a maximum (R2162-4)', () => {
    expect(checkFrameworkAgreement(terms({ maximumCents: undefined }))).toEqual([
      {
        rule: 'framework-maximum-missing',
        legalReference: 'R2162-4',
        message: expect.any(String),
        values: { maximumCents: null, maximumQuantity: null },
      },
    ]);
  });

  it('allows 48 months to a public authority, refuses 49 without a justification (L2125-1)', () => {
    expect(checkFrameworkAgreement(terms({ durationMonths: 48 }))).toEqual([]);
    expect(checkFrameworkAgreement(terms({ durationMonths: 49 }))).toEqual([
      {
        rule: 'framework-duration-exceeded',
        legalReference: 'L2125-1',
        message: expect.stringContaining('48 months'),
        values: { durationMonths: 49, maxMonths: 48, buyer: 'public-authority' },
      },
    ]);
  });

  it('allows 96 months to an entity operator, refuses 97', () => {
    expect(checkFrameworkAgreement(terms({ buyer: 'entity-operator', durationMonths: 96 }))).toEqual([]);
    expect(
      checkFrameworkAgreement(terms({ buyer: 'entity-operator', durationMonths: 97 })).map((b) => b.values),
    ).toEqual([{ durationMonths: 97, maxMonths: 96, buyer: 'entity-operator' }]);
  });

  it('accepts a longer term with a recorded justification, not with a blank one', () => {
    const justification = 'équipements amortis sur 6 ans';
    expect(checkFrameworkAgreement(terms({ durationMonths: 72, justification }))).toEqual([]);
    expect(
      checkFrameworkAgreement(terms({ durationMonths: 72, justification: '  ' })).map((b) => b.rule),
    ).toEqual(['framework-duration-exceeded']);
  });

  it('reports both breaches together', () => {
    expect(
      checkFrameworkAgreement(terms({ maximumCents: null, durationMonths: 60 })).map((b) => b.rule),
    ).toEqual(['framework-maximum-missing', 'framework-duration-exceeded']);
  });

  it('T8 (L2125-1): holds the total duration, reconductions included, to 48 months: 24 + 4 × 6 passes, 24 + 25 does not', () => {
    expect(checkFrameworkAgreement(terms({ durationMonths: 24, reconductionMonths: 24 }))).toEqual([]);
    expect(checkFrameworkAgreement(terms({ durationMonths: 24, reconductionMonths: 25 }))).toEqual([
      expect.objectContaining({
        rule: 'framework-duration-exceeded',
        legalReference: 'L2125-1',
        values: { durationMonths: 49, maxMonths: 48, buyer: 'public-authority', reconductionMonths: 25 },
      }),
    ]);
  });

  it('T8 (L2125-1): 96 months with reconductions for an entité adjudicatrice, 97 refused unless justified', () => {
    const utility = { buyer: 'entity-operator' as const, durationMonths: 48 };
    expect(checkFrameworkAgreement(terms({ ...utility, reconductionMonths: 48 }))).toEqual([]);
    expect(checkFrameworkAgreement(terms({ ...utility, reconductionMonths: 49 })).map((b) => b.rule)).toEqual(
      ['framework-duration-exceeded'],
    );
    const justification = 'Amortissement des équipements sur dix ans';
    expect(checkFrameworkAgreement(terms({ ...utility, reconductionMonths: 49, justification }))).toEqual([]);
  });

  it('throws RangeError for a maximum of zero, a fractional amount or duration, or an unknown buyer', () => {
    expect(() => checkFrameworkAgreement(terms({ maximumCents: 0 }))).toThrow(RangeError);
    expect(() => checkFrameworkAgreement(terms({ maximumCents: 10.5 }))).toThrow(RangeError);
    expect(() => checkFrameworkAgreement(terms({ maximumQuantity: -3 }))).toThrow(RangeError);
    expect(() => checkFrameworkAgreement(terms({ durationMonths: 12.5 }))).toThrow(RangeError);
    expect(() => checkFrameworkAgreement(terms({ reconductionMonths: -1 }))).toThrow(RangeError);
    const buyer = 'state' as unknown as FrameworkAgreementTerms['buyer'];
    expect(() => checkFrameworkAgreement(terms({ buyer }))).toThrow(RangeError);
  });
});

import { DomainError } from './domain-error';

class DeMinimisCapExceeded extends DomainError {
  constructor(capCents: number, totalCents: number) {
    super('The amendment exceeds 10 % of the initial amount', {
      rule: 'de-minimis-cap-exceeded',
      legalReference: 'R2194-8',
      values: { capCents, totalCents },
    });
  }
}

describe('DomainError', () => {
  it('carries the rule, its article and the values, under the subclass name', () => {
    const error = new DeMinimisCapExceeded(100_000, 120_000);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('DeMinimisCapExceeded');
    expect(error.refusal).toEqual({
      rule: 'de-minimis-cap-exceeded',
      legalReference: 'R2194-8',
      values: { capCents: 100_000, totalCents: 120_000 },
    });
  });
});

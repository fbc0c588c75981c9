import { checkVigilance, VIGILANCE_CONTRACT_THRESHOLD_CENTS, vigilanceRequired } from './vigilance';

describe('attestation de vigilance (C10, L8222-1, D8222-5)', () => {
  it('is required from 5 000 € HT, not one cent below', () => {
    expect(VIGILANCE_CONTRACT_THRESHOLD_CENTS).toBe(500_000);
    expect(vigilanceRequired(499_999)).toBe(false);
    expect(vigilanceRequired(500_000)).toBe(true);
  });

  it('raises an alert when a required attestation is not valid', () => {
    expect(
      checkVigilance({ contractAmountCentsHT: 500_000, vigilanceValid: false, on: '2025-06-01' }),
    ).toEqual({
      rule: 'vigilance-attestation-missing',
      legalReference: 'D8222-5',
      message: expect.stringContaining('2025-06-01'),
      values: { on: '2025-06-01', contractAmountCentsHT: 500_000, thresholdCents: 500_000 },
    });
    expect(
      checkVigilance({ contractAmountCentsHT: 500_000, vigilanceValid: true, on: '2025-06-01' }),
    ).toBeNull();
  });

  it('asks nothing under 5 000 € HT', () => {
    expect(
      checkVigilance({ contractAmountCentsHT: 499_999, vigilanceValid: false, on: '2025-06-01' }),
    ).toBeNull();
  });

  it('throws RangeError for a malformed amount or date', () => {
    expect(() => vigilanceRequired(-1)).toThrow(RangeError);
    expect(() =>
      checkVigilance({ contractAmountCentsHT: 1.5, vigilanceValid: true, on: '2025-06-01' }),
    ).toThrow(RangeError);
    expect(() => checkVigilance({ contractAmountCentsHT: 1, vigilanceValid: true, on: '2025-6-1' })).toThrow(
      RangeError,
    );
  });
});

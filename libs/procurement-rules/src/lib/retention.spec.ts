import { checkRetention, retentionCapPercent } from './retention';

describe('retenue de garantie (C6, R2191-32)', () => {
  it('caps it at 5 %, at 3 % for an SME holder of a buyer spending over 60 M€', () => {
    expect(retentionCapPercent({ holderSme: false, buyerSpendingOver60M: false })).toBe(5);
    expect(retentionCapPercent({ holderSme: false, buyerSpendingOver60M: true })).toBe(5);
    expect(retentionCapPercent({ holderSme: true, buyerSpendingOver60M: false })).toBe(5);
    expect(retentionCapPercent({ holderSme: true, buyerSpendingOver60M: true })).toBe(3);
  });

  it('accepts exactly 5 %, refuses more', () => {
    expect(checkRetention({ percent: 5, holderSme: false, buyerSpendingOver60M: true })).toBeNull();
    expect(checkRetention({ percent: 5.01, holderSme: false, buyerSpendingOver60M: true })).toEqual({
      rule: 'retention-over-cap',
      legalReference: 'R2191-32',
      message: expect.stringContaining('5 %'),
      values: { percent: 5.01, capPercent: 5, holderSme: false, buyerSpendingOver60M: true },
    });
  });

  it('accepts exactly 3 % for an SME holder of a buyer over 60 M€, refuses more', () => {
    expect(checkRetention({ percent: 3, holderSme: true, buyerSpendingOver60M: true })).toBeNull();
    expect(
      checkRetention({ percent: 3.5, holderSme: true, buyerSpendingOver60M: true })?.values,
    ).toMatchObject({
      capPercent: 3,
    });
    expect(checkRetention({ percent: 0, holderSme: true, buyerSpendingOver60M: true })).toBeNull();
  });

  it('throws RangeError for a percentage outside 0..100', () => {
    expect(() => checkRetention({ percent: -1, holderSme: false, buyerSpendingOver60M: false })).toThrow(
      RangeError,
    );
    expect(() => checkRetention({ percent: 101, holderSme: false, buyerSpendingOver60M: false })).toThrow(
      RangeError,
    );
  });
});

import { checkDirectPayment, DIRECT_PAYMENT_FLOOR_CENTS_TTC } from './subcontracting';

const rules = (subcontractCentsTTC: number, acceptedOn: string | null, workFrom = '2025-04-01') =>
  checkDirectPayment({ subcontractCentsTTC, acceptedOn, workFrom }).map((breach) => breach.rule);

describe('direct payment of subcontractors (C8, L2193-10, R2193-10)', () => {
  it('pays directly an accepted subcontractor from 600 € TTC, not one cent below (R2193-10)', () => {
    expect(DIRECT_PAYMENT_FLOOR_CENTS_TTC).toBe(60_000);
    expect(rules(60_000, '2025-03-01')).toEqual([]);
    expect(
      checkDirectPayment({ subcontractCentsTTC: 59_999, acceptedOn: '2025-03-01', workFrom: '2025-04-01' }),
    ).toEqual([
      {
        rule: 'subcontract-below-direct-payment-floor',
        legalReference: 'R2193-10',
        message: expect.stringContaining('75-1334'),
        values: { subcontractCentsTTC: 59_999, floorCentsTTC: 60_000 },
      },
    ]);
  });

  it('refuses direct payment to a subcontractor not accepted (L2193-10)', () => {
    expect(
      checkDirectPayment({ subcontractCentsTTC: 60_000, acceptedOn: null, workFrom: '2025-04-01' }),
    ).toEqual([
      {
        rule: 'subcontractor-not-accepted',
        legalReference: 'L2193-10',
        message: expect.any(String),
        values: { acceptedOn: null },
      },
    ]);
  });

  it('pays work from the day of acceptance, not work from the day before', () => {
    expect(rules(60_000, '2025-04-01', '2025-04-01')).toEqual([]);
    expect(
      checkDirectPayment({ subcontractCentsTTC: 60_000, acceptedOn: '2025-04-01', workFrom: '2025-03-31' }),
    ).toEqual([
      {
        rule: 'work-before-acceptance',
        legalReference: 'L2193-10',
        message: expect.stringContaining('2025-03-31'),
        values: { workFrom: '2025-03-31', acceptedOn: '2025-04-01' },
      },
    ]);
  });

  it('reports every breach together', () => {
    expect(rules(100, null)).toEqual([
      'subcontractor-not-accepted',
      'subcontract-below-direct-payment-floor',
    ]);
    expect(rules(100, '2025-04-02')).toEqual([
      'subcontract-below-direct-payment-floor',
      'work-before-acceptance',
    ]);
  });

  it('throws RangeError for a malformed amount or date', () => {
    expect(() => rules(-1, null)).toThrow(RangeError);
    expect(() => rules(600.5, null)).toThrow(RangeError);
    expect(() => rules(60_000, '2025-02-30')).toThrow(RangeError);
    expect(() => rules(60_000, null, 'tomorrow')).toThrow(RangeError);
  });
});

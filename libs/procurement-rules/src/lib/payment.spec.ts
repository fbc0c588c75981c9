import { compareDates, isCivilDate } from './calendar';
import {
  ECB_MAIN_REFINANCING_RATES,
  ecbRateOn,
  LATE_PAYMENT_INDEMNITY_CENTS,
  latePayment,
  ECB_MAIN_REFINANCING_RATES_UPDATED_ON,
  ecbRateStatusOn,
  latePaymentAfter,
  checkPaymentInterruption,
  paymentDueAfterInterruption,
  PAYMENT_PERIOD_DAYS,
  paymentDueOn,
} from './payment';

const invoice = (receivedOn: string, paidOn: string, amountCentsTTC = 1_000_000) =>
  latePayment({ amountCentsTTC, receivedOn, buyer: 'collectivite', paidOn });

describe('délai global de paiement (C4, R2192-10, R2192-11)', () => {
  it('is 30 days for the State and collectivités, 50 for hospitals, 60 for public undertakings', () => {
    expect(PAYMENT_PERIOD_DAYS).toEqual({
      collectivite: 30,
      state: 30,
      hospital: 50,
      'public-undertaking': 60,
    });
    expect(paymentDueOn('2025-01-10', 'collectivite')).toBe('2025-02-09');
    expect(paymentDueOn('2025-01-10', 'state')).toBe('2025-02-09');
    expect(paymentDueOn('2025-01-10', 'hospital')).toBe('2025-03-01');
    expect(paymentDueOn('2025-01-10', 'public-undertaking')).toBe('2025-03-11');
  });

  it('throws RangeError for an unknown buyer or a malformed date', () => {
    expect(() => paymentDueOn('2025-01-10', 'region' as never)).toThrow(RangeError);
    expect(() => paymentDueOn('2025-02-30', 'state')).toThrow(RangeError);
  });
});

describe('late payment (C4)', () => {
  it('is on time when paid on day 30 after receipt, one day late on day 31 (collectivité)', () => {
    expect(invoice('2025-01-10', '2025-02-09')).toBeNull();
    expect(invoice('2025-01-10', '2025-01-15')).toBeNull();
    expect(invoice('2025-01-10', '2025-02-10')).toEqual({
      dueOn: '2025-02-09',
      daysLate: 1,
      ecbRateBasisPoints: 315, // in force on 1/01/2025 (decision effective 18/12/2024)
      rateBasisPoints: 1_115,
      rateFixedOn: '2025-01-01',
      interestCents: 305, // 1 000 000 × 1 115 × 1 / 3 650 000 = 305.48
      indemnityCents: 4_000,
      totalCents: 4_305,
      payBy: '2025-03-27',
    });
  });

  it('is on time on day 50 for a hospital, late on day 51', () => {
    const hospital = (paidOn: string) =>
      latePayment({ amountCentsTTC: 1_000_000, receivedOn: '2025-01-10', buyer: 'hospital', paidOn });
    expect(hospital('2025-03-01')).toBeNull();
    expect(hospital('2025-03-02')).toMatchObject({ dueOn: '2025-03-01', daysLate: 1 });
  });

  it('fixes the rate on 1 January or 1 July of the half-year in which interest began to run', () => {
    // Interest from 30/06/2025: the rate of 1/01/2025 (3.15 %); from 1/07/2025: that of 1/07/2025 (2.15 %).
    expect(invoice('2025-05-30', '2025-06-30')).toMatchObject({
      rateFixedOn: '2025-01-01',
      rateBasisPoints: 1_115,
    });
    expect(invoice('2025-05-31', '2025-07-01')).toMatchObject({
      rateFixedOn: '2025-07-01',
      ecbRateBasisPoints: 215,
      rateBasisPoints: 1_015,
    });
  });

  it('keeps that rate for the whole delay, across half-years', () => {
    expect(invoice('2025-05-30', '2025-08-15')).toMatchObject({
      daysLate: 47,
      rateFixedOn: '2025-01-01',
      rateBasisPoints: 1_115,
      interestCents: 14_358, // 1 000 000 × 1 115 × 47 / 3 650 000 = 14 357.53
    });
  });

  it('rounds the interest half up to the cent', () => {
    // 365 000 × 1 115 × 1 / 3 650 000 = 111.5 exactly.
    expect(invoice('2025-01-10', '2025-02-10', 365_000)?.interestCents).toBe(112);
    expect(invoice('2025-01-10', '2025-02-10', 364_999)?.interestCents).toBe(111);
  });

  it('computes beyond the safe integers for large amounts', () => {
    const amountCentsTTC = 900_000_000_000_000; // 9 000 billion €: × 1 115 × 47 leaves the safe integers
    expect(invoice('2025-05-30', '2025-08-15', amountCentsTTC)?.interestCents).toBe(12_921_780_821_918);
  });

  it('uses the 0 % rate of 2016 for interest that began in the second half of 2022', () => {
    expect(invoice('2022-07-01', '2022-08-10')).toMatchObject({
      rateFixedOn: '2022-07-01',
      ecbRateBasisPoints: 0,
      rateBasisPoints: 800,
      daysLate: 10,
      interestCents: 2_192, // 1 000 000 × 800 × 10 / 3 650 000 = 2 191.78
    });
    expect(invoice('2022-12-15', '2023-01-20')).toMatchObject({
      rateFixedOn: '2023-01-01',
      ecbRateBasisPoints: 250,
    });
  });

  it('gives the interest accrued so far on an unpaid invoice, called with today', () => {
    const soFar = invoice('2025-01-10', '2025-03-11');
    expect(soFar).toMatchObject({
      daysLate: 30,
      interestCents: 9_164,
      indemnityCents: LATE_PAYMENT_INDEMNITY_CENTS,
    });
  });

  it('throws RangeError for a malformed amount, date or buyer', () => {
    expect(() => invoice('2025-01-10', '2025-03-11', -1)).toThrow(RangeError);
    expect(() => invoice('2025-01-10', '2025-03-11', 10.5)).toThrow(RangeError);
    expect(() => invoice('2025-01-10', '11/03/2025')).toThrow(RangeError);
    expect(() =>
      latePayment({
        amountCentsTTC: 1,
        receivedOn: '2025-01-10',
        buyer: 'region' as never,
        paidOn: '2025-03-11',
      }),
    ).toThrow(RangeError);
  });

  it('throws RangeError when the interest leaves the safe integers', () => {
    expect(() => invoice('2025-01-10', '2125-01-10', Number.MAX_SAFE_INTEGER)).toThrow(RangeError);
  });
});

describe('ECB main refinancing rates', () => {
  it('lists decisions in ascending order of effective date, frozen', () => {
    const dates = ECB_MAIN_REFINANCING_RATES.map((period) => period.from);
    dates.slice(1).forEach((date, index) => expect(compareDates(dates[index]!, date)).toBe(-1));
    expect(Object.isFrozen(ECB_MAIN_REFINANCING_RATES)).toBe(true);
    expect(Object.isFrozen(ECB_MAIN_REFINANCING_RATES[0])).toBe(true);
  });

  it('gives the decision in force on a date: the day before and the day of a change', () => {
    expect(ecbRateOn('2025-06-10')).toMatchObject({ from: '2025-04-23', basisPoints: 240 });
    expect(ecbRateOn('2025-06-11')).toEqual({
      from: '2025-06-11',
      basisPoints: 215,
      source: 'ECB monetary policy decision of 2025-06-05',
    });
    expect(ecbRateOn('2023-09-20').basisPoints).toBe(450);
    expect(ecbRateOn('2024-06-11').basisPoints).toBe(450);
  });

  it('keeps the last decision in force until another is appended', () => {
    expect(ecbRateOn('2030-01-01').basisPoints).toBe(215);
  });

  it('throws RangeError before the first decision of the table', () => {
    expect(ecbRateOn('2016-03-16').basisPoints).toBe(0);
    expect(() => ecbRateOn('2016-03-15')).toThrow(RangeError);
    expect(() => ecbRateOn('not a date')).toThrow(RangeError);
  });
});

describe('interruption of the délai global de paiement (R2192-27 to R2192-29)', () => {
  it('may interrupt the délai once, up to its last day (R2192-27), not the day after nor a second time', () => {
    expect(
      checkPaymentInterruption({
        dueOn: '2025-02-09',
        interruptedOn: '2025-02-09',
        alreadyInterrupted: false,
      }),
    ).toBeNull();
    expect(
      checkPaymentInterruption({
        dueOn: '2025-02-09',
        interruptedOn: '2025-02-10',
        alreadyInterrupted: false,
      }),
    ).toMatchObject({ rule: 'payment-period-already-run', legalReference: 'R2192-27' });
    expect(
      checkPaymentInterruption({
        dueOn: '2025-02-09',
        interruptedOn: '2025-01-20',
        alreadyInterrupted: true,
      }),
    ).toMatchObject({ rule: 'payment-period-interrupted-once', legalReference: 'R2192-27' });
  });

  it('opens a new délai of 30 days on receipt of the documents, or what was left when more (R2192-29)', () => {
    // Hospital: due 1 March, interrupted on 20 January with 40 days left: 40 days from the documents' receipt.
    expect(
      paymentDueAfterInterruption({
        dueOn: '2025-03-01',
        interruptedOn: '2025-01-20',
        completedOn: '2025-02-01',
      }),
    ).toEqual({ dueOn: '2025-03-13', remainingDays: 40, days: 40 });
    // 31 days left: 31; 30 left: 30; 10 left: still 30.
    expect(
      paymentDueAfterInterruption({
        dueOn: '2025-03-03',
        interruptedOn: '2025-01-31',
        completedOn: '2025-02-01',
      }).days,
    ).toBe(31);
    expect(
      paymentDueAfterInterruption({
        dueOn: '2025-03-02',
        interruptedOn: '2025-01-31',
        completedOn: '2025-02-01',
      }).days,
    ).toBe(30);
    expect(
      paymentDueAfterInterruption({
        dueOn: '2025-02-09',
        interruptedOn: '2025-01-30',
        completedOn: '2025-02-01',
      }),
    ).toEqual({ dueOn: '2025-03-03', remainingDays: 10, days: 30 });
  });

  it('counts interest from the recorded last day of the délai (latePaymentAfter)', () => {
    expect(
      latePaymentAfter({ amountCentsTTC: 1_000_000, dueOn: '2025-03-03', paidOn: '2025-03-03' }),
    ).toBeNull();
    expect(
      latePaymentAfter({ amountCentsTTC: 1_000_000, dueOn: '2025-03-03', paidOn: '2025-03-04' }),
    ).toMatchObject({ dueOn: '2025-03-03', daysLate: 1 });
  });
});

describe('the ECB table’s last update (C4)', () => {
  it('says the date it was last updated, on or after its last decision', () => {
    expect(isCivilDate(ECB_MAIN_REFINANCING_RATES_UPDATED_ON)).toBe(true);
    expect(ECB_MAIN_REFINANCING_RATES_UPDATED_ON >= ECB_MAIN_REFINANCING_RATES.at(-1)!.from).toBe(true);
  });

  it('knows the rate of a half-year that began on or before the update, not of one that began after it', () => {
    expect(ecbRateStatusOn('2025-06-30')).toMatchObject({ halfYearStartsOn: '2025-01-01', known: true });
    expect(ecbRateStatusOn('2025-01-01')).toMatchObject({ halfYearStartsOn: '2025-01-01', known: true });
    expect(ecbRateStatusOn('2025-07-01')).toMatchObject({
      halfYearStartsOn: '2025-07-01',
      tableUpdatedOn: ECB_MAIN_REFINANCING_RATES_UPDATED_ON,
      known: false,
      rate: { from: '2025-06-11', basisPoints: 215 },
    });
    expect(ecbRateStatusOn('2026-12-07')).toMatchObject({ halfYearStartsOn: '2026-07-01', known: false });
  });
});

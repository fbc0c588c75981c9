import {
  addDays,
  addMonths,
  addYears,
  compareDates,
  daysBetween,
  endOfParisDay,
  isCivilDate,
  parisDate,
  startOfParisDay,
} from './calendar';

describe('civil dates (YYYY-MM-DD)', () => {
  it.each(['2026-01-01', '2026-12-31', '2028-02-29', '2000-02-29', '0001-01-01', '9999-12-31'])(
    'accepts %s as a civil date',
    (date) => expect(isCivilDate(date)).toBe(true),
  );

  it.each([
    ['2026-02-29', '2026 is not a leap year'],
    ['1900-02-29', 'a century year is not leap unless divisible by 400'],
    ['2100-02-29', 'a century year is not leap unless divisible by 400'],
    ['2026-04-31', 'April has 30 days'],
    ['2026-13-01', 'there is no month 13'],
    ['2026-00-10', 'there is no month 0'],
    ['2026-01-00', 'there is no day 0'],
    ['0000-01-01', 'there is no year 0'],
    ['2026-1-05', 'the month takes two digits'],
    ['20260105', 'the dashes are required'],
    ['2026-01-05T00:00:00Z', 'an instant is not a date'],
    [' 2026-01-05', 'no surrounding space'],
    ['', 'empty'],
  ])('refuses %j as a civil date: %s', (date) => expect(isCivilDate(date)).toBe(false));
});

describe('adding days', () => {
  it.each([
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-03-28', 1, '2026-03-29'],
    ['2026-10-24', 2, '2026-10-26'],
    ['2026-05-04', 11, '2026-05-15'],
    ['2026-01-15', 0, '2026-01-15'],
  ])('%s + %i days is %s', (date, n, expected) => expect(addDays(date, n)).toBe(expected));

  it('counts the 35 days of an open tender across the spring DST change', () => {
    expect(addDays('2026-03-10', 35)).toBe('2026-04-14');
    expect(daysBetween('2026-03-10', '2026-04-14')).toBe(35);
  });
});

describe('adding months and years date à date', () => {
  it.each([
    ['2026-08-31', 6, '2027-02-28'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-05-31', 1, '2026-06-30'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-01-15', -1, '2025-12-15'],
    ['2026-01-15', -13, '2024-12-15'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-07-14', 2, '2026-09-14'],
  ])('%s + %i months is %s, the last day of the month when the day does not exist', (date, n, expected) =>
    expect(addMonths(date, n)).toBe(expected),
  );

  it.each([
    ['2028-02-29', 1, '2029-02-28'],
    ['2028-02-29', 4, '2032-02-29'],
    ['2024-02-29', -1, '2023-02-28'],
    ['2026-06-30', 5, '2031-06-30'],
  ])('%s + %i years is %s, 29 February becoming 28 outside leap years', (date, n, expected) =>
    expect(addYears(date, n)).toBe(expected),
  );
});

describe('comparing dates', () => {
  it.each([
    ['2026-03-01', '2026-04-05', 35],
    ['2028-02-28', '2028-03-01', 2],
    ['2026-02-28', '2026-03-01', 1],
    ['2026-04-05', '2026-03-01', -35],
    ['2000-01-01', '2100-01-01', 36525],
    ['2026-10-24', '2026-10-26', 2],
  ])('counts from %s to %s as %i days', (a, b, days) => expect(daysBetween(a, b)).toBe(days));

  it('orders dates', () => {
    expect(compareDates('2026-01-31', '2026-02-01')).toBe(-1);
    expect(compareDates('2026-02-01', '2026-02-01')).toBe(0);
    expect(compareDates('2027-01-01', '2026-12-31')).toBe(1);
  });
});

describe('refusing what is not a civil date or a whole number', () => {
  it('throws a RangeError rather than compute with an impossible date', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addMonths('2026-2-01', 1)).toThrow(RangeError);
    expect(() => daysBetween('2026-01-01', '')).toThrow(RangeError);
    expect(() => compareDates('2026-13-01', '2026-01-01')).toThrow(RangeError);
  });

  it('throws a RangeError for a fractional or non-finite count', () => {
    expect(() => addDays('2026-01-01', 1.5)).toThrow(RangeError);
    expect(() => addMonths('2026-01-01', Number.NaN)).toThrow(RangeError);
    expect(() => addYears('2026-01-01', Infinity)).toThrow(RangeError);
  });

  it('throws a RangeError when the result leaves years 0001 to 9999', () => {
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
    expect(() => addYears('0001-06-01', -1)).toThrow(RangeError);
  });
});

describe('the Europe/Paris date of an instant', () => {
  it.each([
    ['2026-03-28T23:30:00Z', '2026-03-29', 'UTC+1 on the night of the spring DST change'],
    ['2026-03-28T22:59:59Z', '2026-03-28', 'one second before Paris midnight in winter time'],
    ['2026-03-29T01:30:00Z', '2026-03-29', 'just after the clocks went forward'],
    ['2026-07-14T21:59:59Z', '2026-07-14', 'one second before Paris midnight in summer time (UTC+2)'],
    ['2026-07-14T22:00:00Z', '2026-07-15', 'Paris midnight in summer time'],
    ['2026-10-24T22:30:00Z', '2026-10-25', 'still UTC+2 before the autumn DST change'],
    ['2026-10-25T22:30:00Z', '2026-10-25', 'UTC+1 after the autumn DST change'],
    ['2026-12-31T23:00:00Z', '2027-01-01', 'the new year in Paris'],
    ['2026-03-29T00:30:00+01:00', '2026-03-29', 'an instant with an offset'],
    [
      '2026-03-28T18:30:00.123-05:00',
      '2026-03-29',
      'an instant with fractional seconds and a negative offset',
    ],
  ])('%s is %s in Paris (%s)', (instant, expected) => expect(parisDate(instant)).toBe(expected));

  it('takes a Date too', () => {
    expect(parisDate(new Date('2026-03-28T23:30:00Z'))).toBe('2026-03-29');
  });

  it('gives the same date whatever the host time zone', () => {
    const hostZone = process.env['TZ'];
    try {
      process.env['TZ'] = 'Pacific/Kiritimati';
      expect(parisDate('2026-03-28T23:30:00Z')).toBe('2026-03-29');
      expect(addMonths('2026-03-29', 1)).toBe('2026-04-29');
      expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    } finally {
      if (hostZone === undefined) delete process.env['TZ'];
      else process.env['TZ'] = hostZone;
    }
  });

  it.each(['2026-03-28T23:30:00', '2026-03-28', 'yesterday', '2026-03-28T25:00:00Z', ''])(
    'refuses %j: an instant needs a date, a time and Z or an offset',
    (instant) => expect(() => parisDate(instant)).toThrow(RangeError),
  );

  it('refuses an invalid Date', () => {
    expect(() => parisDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('the bounds of a Paris civil day, as UTC instants', () => {
  it('starts and ends a winter day at UTC+1 and a summer day at UTC+2', () => {
    expect(startOfParisDay('2026-01-15')).toBe('2026-01-14T23:00:00.000Z');
    expect(endOfParisDay('2026-01-15')).toBe('2026-01-15T22:59:59.999Z');
    expect(startOfParisDay('2026-07-01')).toBe('2026-06-30T22:00:00.000Z');
    expect(endOfParisDay('2026-07-01')).toBe('2026-07-01T21:59:59.999Z');
  });

  it('takes the offset in force at each bound on the days the clocks change', () => {
    // 29 March 2026: 02:00 becomes 03:00; 25 October 2026: 03:00 becomes 02:00.
    expect(startOfParisDay('2026-03-29')).toBe('2026-03-28T23:00:00.000Z');
    expect(endOfParisDay('2026-03-29')).toBe('2026-03-29T21:59:59.999Z');
    expect(startOfParisDay('2026-10-25')).toBe('2026-10-24T22:00:00.000Z');
    expect(endOfParisDay('2026-10-25')).toBe('2026-10-25T22:59:59.999Z');
  });
});

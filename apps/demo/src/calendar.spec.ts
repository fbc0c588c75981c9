import {
  DEFAULT_START,
  parisInstant,
  planCalendar,
  SCENARIO_DAYS,
  scenarioStart,
  ScenarioStep,
} from './calendar';

describe('the scenario calendar', () => {
  it('starts on the default Monday when every clock is before it', () => {
    expect(scenarioStart(new Date('2026-11-29T17:00:00Z'))).toBe(DEFAULT_START);
  });

  it('moves by whole weeks past the latest clock, so that a second run starts after the first one ended', () => {
    expect(scenarioStart(new Date('2027-01-04T09:00:00Z'))).toBe('2027-01-11');
    expect(scenarioStart(new Date('2027-05-05T08:00:00Z'))).toBe('2027-05-10');
    expect(scenarioStart(new Date('2027-05-09T23:30:00Z'))).toBe('2027-05-17'); // already Monday in Paris
  });

  it('gives each step its day and a Paris instant with the offset of that day', () => {
    const calendar = planCalendar(DEFAULT_START);
    expect(calendar.on('publication')).toBe('2027-01-21');
    expect(calendar.at('formation')).toBe('2027-01-04T10:00:00+01:00');
    expect(calendar.at('payment')).toBe('2027-05-04T10:00:00+02:00');
    expect(calendar.daysBefore(21)).toBe('2026-12-14');
  });

  it('leaves 32 days of publicity, 11 days of délai de suspension and a payment 10 days past the 30-day term', () => {
    const calendar = planCalendar(DEFAULT_START);
    const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;
    expect(days(calendar.on('publication'), calendar.on('opening'))).toBe(32);
    expect(days(calendar.on('rejectionNotices'), calendar.on('signature'))).toBe(11);
    expect(days(calendar.on('rejectionNotices'), calendar.on('earlySignature'))).toBe(10);
    expect(days(calendar.on('invoice'), calendar.on('payment'))).toBe(40);
  });

  it('puts every act on a weekday', () => {
    const calendar = planCalendar(DEFAULT_START);
    const weekdays = Object.keys(SCENARIO_DAYS).map((step) =>
      new Date(`${calendar.on(step as ScenarioStep)}T12:00:00Z`).getUTCDay(),
    );
    expect(weekdays.filter((day) => day === 0 || day === 6)).toEqual([]);
  });

  it('writes summer and winter Paris times with their offsets', () => {
    expect(parisInstant('2027-03-27', '09:30')).toBe('2027-03-27T09:30:00+01:00');
    expect(parisInstant('2027-03-28', '09:30')).toBe('2027-03-28T09:30:00+02:00');
  });
});

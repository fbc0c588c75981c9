import { formatDate, formatDateTime, todayInParis } from './dates';

describe('dates in Europe/Paris', () => {
  it('says a calendar date as a French reader does, without moving it to the day before', () => {
    expect(formatDate('2026-03-01')).toBe('1 mars 2026');
  });

  it('says an instant at its time in Paris (UTC+1 in winter, UTC+2 in summer)', () => {
    expect(formatDateTime('2026-01-15T09:30:00Z')).toBe('15 janvier 2026 à 10:30');
    expect(formatDateTime('2026-07-15T09:30:00Z')).toBe('15 juillet 2026 à 11:30');
  });

  it('dates an instant by its day in Paris', () => {
    expect(formatDate('2026-02-28T23:30:00Z')).toBe('1 mars 2026');
    expect(todayInParis(new Date('2026-02-28T23:30:00Z'))).toBe('2026-03-01');
  });

  it('shows a dash for a missing date', () => {
    expect(formatDate(null)).toBe('—');
    expect(formatDateTime(undefined)).toBe('—');
  });
});

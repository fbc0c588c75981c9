import { OptionalInstantQuery } from './route-params';

describe('OptionalInstantQuery: instants, and bare dates as Paris days', () => {
  const end = new OptionalInstantQuery();
  const start = new OptionalInstantQuery('from', 'start');

  it('reads a bare date as the end of that Paris day, or its start for the start of a period', () => {
    expect(end.transform('2026-07-01')).toBe('2026-07-01T21:59:59.999Z');
    expect(start.transform('2026-07-01')).toBe('2026-06-30T22:00:00.000Z');
    expect(end.transform('2026-01-15')).toBe('2026-01-15T22:59:59.999Z');
    expect(start.transform('2026-01-15')).toBe('2026-01-14T23:00:00.000Z');
  });

  it('follows the clock changes: the last Sunday of March and of October', () => {
    expect(start.transform('2026-03-29')).toBe('2026-03-28T23:00:00.000Z');
    expect(end.transform('2026-03-29')).toBe('2026-03-29T21:59:59.999Z');
    expect(start.transform('2026-10-25')).toBe('2026-10-24T22:00:00.000Z');
    expect(end.transform('2026-10-25')).toBe('2026-10-25T22:59:59.999Z');
  });

  it('keeps instants with a time zone, and names the field it refuses', () => {
    expect(start.transform('2026-07-01T10:00:00+02:00')).toBe('2026-07-01T08:00:00.000Z');
    expect(end.transform(undefined)).toBeUndefined();
    expect(() => start.transform('01/07/2026')).toThrow(/from must be a date/);
  });
});

// Procurement time limits are counted in whole civil days, as French law reads them in Europe/Paris, so dates are
// plain 'YYYY-MM-DD' strings and arithmetic is done on UTC day numbers: the host's time zone and DST never matter.

const CIVIL_DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;
// A string without an offset would be read in the host's time zone, which is exactly what parisDate avoids.
const ISO_INSTANT =
  /^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?(?:Z|[+-][0-9]{2}:[0-9]{2})$/;

interface Civil {
  year: number;
  month: number;
  day: number;
}

/** Whether `s` is a real calendar date written `YYYY-MM-DD` (years 0001 to 9999). */
export function isCivilDate(s: string): boolean {
  return parseCivil(s) !== null;
}

/** The date `n` days after `date` (before it when `n` is negative). */
export function addDays(date: string, n: number): string {
  return fromDayNumber(dayNumber(civil(date)) + whole(n));
}

/** The same day `n` months later (date à date), or the last day of that month when it is shorter. */
export function addMonths(date: string, n: number): string {
  const { year, month, day } = civil(date);
  const months = year * 12 + (month - 1) + whole(n);
  const target = { year: Math.floor(months / 12), month: (months % 12) + 1 };
  return format({ ...target, day: Math.min(day, daysInMonth(target.year, target.month)) });
}

/** The same day `n` years later, 29 February becoming 28 February outside leap years. */
export function addYears(date: string, n: number): string {
  return addMonths(date, whole(n) * 12);
}

/** The number of days from `a` to `b`: positive when `b` is later. */
export function daysBetween(a: string, b: string): number {
  return dayNumber(civil(b)) - dayNumber(civil(a));
}

/** -1, 0 or 1 as `a` is before, the same day as, or after `b`. */
export function compareDates(a: string, b: string): -1 | 0 | 1 {
  return Math.sign(daysBetween(b, a)) as -1 | 0 | 1;
}

const PARIS_DAY = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Paris',
  calendar: 'gregory',
  numberingSystem: 'latn',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Whether `s` is an instant: an ISO 8601 date-time on a real calendar date, ending in `Z` or an offset. */
export function isInstant(s: string): boolean {
  return ISO_INSTANT.test(s) && isCivilDate(s.slice(0, 10)) && !Number.isNaN(Date.parse(s));
}

/** The Europe/Paris calendar date at an instant: a Date, or an ISO 8601 date-time ending in `Z` or an offset. */
export function parisDate(instant: string | Date): string {
  if (typeof instant === 'string' && !ISO_INSTANT.test(instant)) {
    throw new RangeError(
      `an instant is an ISO 8601 date-time with Z or an offset, got ${JSON.stringify(instant)}`,
    );
  }
  const time = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  if (Number.isNaN(time)) throw new RangeError(`not a valid instant: ${String(instant)}`);
  const parts = Object.fromEntries(PARIS_DAY.formatToParts(time).map((part) => [part.type, part.value]));
  return `${parts['year']!.padStart(4, '0')}-${parts['month']}-${parts['day']}`;
}

/** The first millisecond of a Paris civil day, as a UTC instant (the offset in force just after midnight). */
export function startOfParisDay(date: string): string {
  const midnight = Date.parse(`${date}T00:00:00.000Z`);
  return new Date(midnight - parisOffsetHours(new Date(midnight)) * 3_600_000).toISOString();
}

/** Paris's offset from UTC, in hours, at an instant. */
function parisOffsetHours(at: Date): number {
  const hour = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Paris',
    hour: '2-digit',
    hourCycle: 'h23',
  }).format(at);
  return (Number(hour) - at.getUTCHours() + 24) % 24;
}

/** The last millisecond of a Paris civil day, as a UTC instant. */
export function endOfParisDay(date: string): string {
  // Paris is UTC+1 or UTC+2: the day ends at 22:59:59.999 or 21:59:59.999 UTC; take the offset in force at noon.
  const noon = new Date(`${date}T12:00:00Z`);
  const parisNoon = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Paris',
    hour: '2-digit',
    hourCycle: 'h23',
  }).format(noon);
  const offsetHours = Number(parisNoon) - 12;
  return new Date(Date.parse(`${date}T23:59:59.999Z`) - offsetHours * 3_600_000).toISOString();
}

function parseCivil(s: string): Civil | null {
  const match = CIVIL_DATE.exec(s);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

function civil(date: string): Civil {
  const parsed = parseCivil(date);
  if (!parsed) throw new RangeError(`not a civil date YYYY-MM-DD: ${JSON.stringify(date)}`);
  return parsed;
}

function whole(n: number): number {
  if (!Number.isSafeInteger(n))
    throw new RangeError(`a number of days, months or years is an integer, got ${n}`);
  return n;
}

function format({ year, month, day }: Civil): string {
  if (!(year >= 1 && year <= 9999))
    throw new RangeError(`the date falls outside years 0001 to 9999 (year ${year})`);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

// UTC days all last 86,400,000 ms, so a UTC midnight is an exact day number; setUTCFullYear, unlike Date.UTC,
// does not turn years 0-99 into 1900-1999.
const MS_PER_DAY = 86_400_000;

function dayNumber({ year, month, day }: Civil): number {
  const midnight = new Date(0);
  midnight.setUTCFullYear(year, month - 1, day);
  return midnight.getTime() / MS_PER_DAY;
}

function fromDayNumber(n: number): string {
  const midnight = new Date(n * MS_PER_DAY);
  return format({
    year: midnight.getUTCFullYear(),
    month: midnight.getUTCMonth() + 1,
    day: midnight.getUTCDate(),
  });
}

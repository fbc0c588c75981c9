import { addDays, daysBetween, parisDate } from '@mutualis/procurement-rules';

/** The scenario's first day when the services' clocks have not reached it: a Monday, in the future of 2026. */
export const DEFAULT_START = '2027-01-04';

/**
 * The day of each act, counted from the first day (a Monday: acts fall on weekdays). The gaps are the law's: 32
 * days of publicity where an electronic appel d'offres ouvert needs 30 (R2161-2, R2161-3), 11 days of délai de
 * suspension after electronic rejection notices (R2182-1), 30 days to pay an invoice (R2192-10) here exceeded by
 * 10, and the DECP published within two months of the notification (D1).
 */
export const SCENARIO_DAYS = {
  formation: 0,
  suppliers: 1,
  censusOpened: 2,
  needs: 9,
  censusClosed: 16,
  publication: 17,
  bids: 31,
  opening: 49,
  evaluation: 51,
  rejectionNotices: 53,
  earlySignature: 63,
  signature: 64,
  notification: 66,
  orders: 72,
  avenant: 77,
  invoice: 80,
  payment: 120,
  audit: 121,
} as const;

export type ScenarioStep = keyof typeof SCENARIO_DAYS;

/** The dates of one run of the scenario. */
export interface ScenarioCalendar {
  start: string;
  /** The civil date of a step. */
  on(step: ScenarioStep): string;
  /** A Paris wall-clock time on the day of a step, as an instant with its offset. */
  at(step: ScenarioStep, time?: string): string;
  /** A civil date some days before the first day (délibérations, attestations, convention). */
  daysBefore(days: number): string;
}

/**
 * The first day of a run: the default start, moved by whole weeks past the latest of the services' clocks, so that
 * a second run on the same services keeps the same weekdays and only moves their clocks forward.
 */
export function scenarioStart(latestClock: Date, defaultStart = DEFAULT_START): string {
  const today = parisDate(latestClock);
  const late = daysBetween(defaultStart, today);
  if (late < 0) return defaultStart;
  return addDays(defaultStart, (Math.floor(late / 7) + 1) * 7);
}

export function planCalendar(start: string): ScenarioCalendar {
  const on = (step: ScenarioStep) => addDays(start, SCENARIO_DAYS[step]);
  return {
    start,
    on,
    at: (step, time = '10:00') => parisInstant(on(step), time),
    daysBefore: (days) => addDays(start, -days),
  };
}

const PARIS_OFFSET = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  timeZoneName: 'longOffset',
});

/** `date` at `time` in Paris, with the offset in force that day (+01:00 in winter, +02:00 in summer). */
export function parisInstant(date: string, time: string): string {
  const zone = PARIS_OFFSET.formatToParts(new Date(`${date}T12:00:00Z`)).find(
    (part) => part.type === 'timeZoneName',
  )!.value;
  return `${date}T${time}:00${zone.replace('GMT', '') || '+00:00'}`;
}

const PARIS = 'Europe/Paris';

const dayFormat = new Intl.DateTimeFormat('fr-FR', { timeZone: PARIS, dateStyle: 'long' });
const instantFormat = new Intl.DateTimeFormat('fr-FR', {
  timeZone: PARIS,
  dateStyle: 'long',
  timeStyle: 'short',
});

/**
 * A calendar date (`2026-03-01`) or an instant, as a French reader says it (« 1 mars 2026 »). A calendar date is a day
 * in Paris: it is read at noon UTC so that no time zone moves it to the day before.
 */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return Number.isNaN(date.getTime()) ? value : dayFormat.format(date);
}

/** An instant with its time in Paris (« 1 mars 2026 à 10:30 »). */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '—';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : instantFormat.format(date);
}

/** Today's date in Paris, as `AAAA-MM-JJ` (the default of the forms' date fields). */
export function todayInParis(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: PARIS }).format(now);
}

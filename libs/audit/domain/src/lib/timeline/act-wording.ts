import { parisDate } from '@mutualis/procurement-rules';
import { TimelineSubject } from './timeline-subject';

/** Euro cents as a French reader writes the amount: 2 500 000 cents give "25 000,00 €". */
export function euros(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const whole = Math.floor(Math.abs(cents) / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${sign}${whole},${String(Math.abs(cents) % 100).padStart(2, '0')} €`;
}

/** A civil date `YYYY-MM-DD` as a French reader writes it: `06/04/2026`. */
export function frenchDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

/** The Paris date of an instant, written for a French reader. */
export const frenchDay = (instant: string): string => frenchDate(parisDate(instant));

const NOUNS: Record<TimelineSubject['kind'], string> = {
  consortium: 'groupement',
  authority: 'acheteur',
  procedure: 'procédure',
  census: 'recensement',
  tender: 'consultation',
  lot: 'lot',
  bid: 'offre',
  supplier: 'entreprise',
  contract: 'marché',
  person: 'personne',
  stream: 'flux',
};

/**
 * How a sentence names a subject: a commune or a company by its name and SIRET, anything else by its label, or by
 * its kind and identifier when the ledger does not know its name.
 */
export function designation({ kind, id, label }: TimelineSubject): string {
  if (kind === 'authority' || kind === 'supplier') return label ? `${label} (${id})` : `SIRET ${id}`;
  return label ?? `${NOUNS[kind]} ${id}`;
}

/** A count with its noun, in the plural from two: `1 lot`, `3 lots`. */
export const count = (n: number, singular: string, plural = `${singular}s`): string =>
  `${n} ${n >= 2 ? plural : singular}`;

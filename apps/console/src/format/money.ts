const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
const integers = new Intl.NumberFormat('fr-FR');

/** An amount in cents as euros, saying whether taxes are included (« 12 500,00 € HT »). */
export function formatEuros(cents: number | null | undefined, taxes: 'HT' | 'TTC'): string {
  if (cents === null || cents === undefined) return '—';
  return `${euros.format(cents / 100)} ${taxes}`;
}

/** A count or a population with French digit grouping (« 12 345 »). */
export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : integers.format(value);
}

/**
 * Euros typed by a person (« 12 500,50 », « 12500.5 ») as cents; null when it is not an amount. Spaces (including the
 * narrow no-break space French formatting puts between thousands) are ignored, and a comma is the decimal mark.
 */
export function parseEurosToCents(text: string): number | null {
  const normalised = text.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(normalised)) return null;
  return Math.round(Number(normalised) * 100);
}

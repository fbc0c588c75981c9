const EUROS = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });

/** An amount in euro cents as the French write it: `12 345,67 €`. */
export function euros(cents: number): string {
  return EUROS.format(cents / 100).replace(/\u202f|\u00a0/g, ' ');
}

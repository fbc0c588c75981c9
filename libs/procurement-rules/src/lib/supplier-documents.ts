/**
 * How long the compliance documents a supplier files stay valid. The attestation de vigilance must be less than
 * 6 months old (code du travail D8222-5, CSS L243-15); other documents carry their own end date. Values not
 * fixed by a text are data entries marked UNCONFIRMED, to be corrected here.
 */
export interface DocumentValidity {
  /** Legal or customary maximum age in months, when there is one. */
  maxMonths: number | null;
  /** Whether the document must state its own end date. */
  expiryOnDocument: boolean;
  legalReference: string;
}

export const DOCUMENT_VALIDITY = {
  'urssaf-vigilance': { maxMonths: 6, expiryOnDocument: false, legalReference: 'D8222-5' },
  // Buyers ask for an extract "de moins de 3 mois" (practice; UNCONFIRMED as a rule of law).
  kbis: { maxMonths: 3, expiryOnDocument: false, legalReference: 'D8222-5' },
  'tax-regularity': { maxMonths: null, expiryOnDocument: true, legalReference: 'L2141-2' },
  // Professional liability insurance: the article buyers cite for it is UNCONFIRMED.
  insurance: { maxMonths: null, expiryOnDocument: true, legalReference: 'R2142-6' },
} as const satisfies Record<string, DocumentValidity>;

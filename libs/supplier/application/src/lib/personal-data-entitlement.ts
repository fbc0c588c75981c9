import type { Principal } from '@mutualis/shared/api';

/** Why a reader may see a supplier's contacts in clear: the supplier itself, or the platform's administrator. */
export type ContactsEntitlement = 'own-record' | 'platform-administration';

/**
 * Who reads a supplier's contacts' personal data in clear (ADR 0018): the supplier itself and the platform
 * administrator; no consortium role, of any consortium. Null: the reader gets the supplier without it.
 */
export function contactsEntitlement(reader: Principal, siret: string): ContactsEntitlement | null {
  if (reader.role === 'platform-admin') return 'platform-administration';
  if (reader.role === 'supplier' && reader.supplierSiret === siret) return 'own-record';
  return null;
}

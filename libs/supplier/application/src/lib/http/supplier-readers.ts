import type { Role } from '@mutualis/shared/api';

/**
 * Who reads a supplier and what it filed: every authenticated role, a supplier only under its own SIRET (the access
 * guard matches the route's `supplierSiret` with the token's).
 */
export const SUPPLIER_READERS = [
  'platform-admin',
  'coordinator',
  'member-buyer',
  'supplier',
  'auditor',
] as const satisfies readonly Role[];

import { Actor } from '@mutualis/shared/contracts';

/** The roles a Mutualis token may carry (architecture §6). */
export const ROLES = ['platform-admin', 'coordinator', 'member-buyer', 'supplier', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who a verified token speaks for: a person in one role, for the consortia it names and, for a member buyer or a
 * supplier, for one organisation identified by its SIRET.
 */
export interface Principal {
  userId: string;
  role: Role;
  /** Ids of the consortia (lower-case UUIDs) the token may act on; every request is scoped to them. */
  consortia: readonly string[];
  /** SIRET of the public authority a member buyer acts for. */
  authoritySiret?: string;
  /** SIRET of the company a supplier acts for. */
  supplierSiret?: string;
}

/** True when the principal may act on the consortium `consortiumId`. */
export function speaksFor(principal: Principal, consortiumId: string): boolean {
  return principal.consortia.includes(consortiumId);
}

/** The actor recorded in the envelope of the events a principal's command decides. */
export function actorOf(principal: Principal): Actor {
  return {
    userId: principal.userId,
    role: principal.role,
    ...(principal.authoritySiret ? { authoritySiret: principal.authoritySiret } : {}),
    ...(principal.supplierSiret ? { supplierSiret: principal.supplierSiret } : {}),
  };
}

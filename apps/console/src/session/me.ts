/** The roles a person holds in a groupement (from Mutualis' own data, resolved by the access service). */
export type ConsortiumRole = 'coordinator' | 'member-buyer' | 'auditor';
/** The role a call is made in (`X-Mutualis-Role`). */
export type ActingRole = ConsortiumRole | 'platform-admin' | 'supplier';

/** A groupement the signed-in person has a role in. */
export interface MyConsortium {
  consortiumId: string;
  name: string;
  kind: string;
  roles: ConsortiumRole[];
}

/** `GET /me`: who is signed in, for which organisation, and what they may do where. */
export interface Me {
  person: { subject: string; name: string; email: string; organisationSiret: string | null };
  platformAdmin: boolean;
  supplierSirets: string[];
  consortia: MyConsortium[];
  csrfToken: string;
  sessionExpiresAt: string;
}

/** The role a page of a groupement acts in: the highest the person holds there. */
export function roleIn(me: Me, consortiumId: string): ConsortiumRole | null {
  const roles = me.consortia.find((consortium) => consortium.consortiumId === consortiumId)?.roles ?? [];
  for (const role of ['coordinator', 'member-buyer', 'auditor'] as const) {
    if (roles.includes(role)) return role;
  }
  return null;
}

import { Access, ConsortiumRole } from './resolve-access';
import { refuse } from './access-refusal';

export type ActingRole = ConsortiumRole | 'platform-admin' | 'supplier';
export const ACTING_ROLES: readonly ActingRole[] = [
  'platform-admin',
  'coordinator',
  'member-buyer',
  'auditor',
  'supplier',
];

/** What a token minted for one call says: the role the person acts in, where, and for which organisation. */
export interface ActingAs {
  role: ActingRole;
  consortia: string[];
  authoritySiret?: string;
  supplierSiret?: string;
}

/** What the call asks for: the groupement its address names (if any), and the role the console chose (if any). */
export interface CallScope {
  consortiumId: string | null;
  role: ActingRole | null;
  supplierSiret: string | null;
}

/** Of the roles a person holds in a groupement, the one acted in unless the console chooses. */
const PREFERRED: ConsortiumRole[] = ['coordinator', 'member-buyer', 'auditor'];

/**
 * The role and scope of one call made for a signed-in person, from their access; refused (rule `role-not-held`) when
 * they do not hold the role asked for, where it is asked. A platform administrator acts on every groupement of the
 * platform; the others only on the groupements where they hold the role (all of them, for an address naming none).
 */
export function actingAs(access: Access, organisationSiret: string | null, scope: CallScope): ActingAs {
  const role = scope.role ?? defaultRole(access, scope.consortiumId);
  const notHeld = () =>
    refuse(
      scope.consortiumId
        ? `you do not act as ${role} in this groupement`
        : `you do not act as ${role} on this platform`,
      { rule: 'role-not-held' },
    );
  if (role === 'platform-admin') {
    if (!access.platformAdmin) throw notHeld();
    return { role, consortia: scope.consortiumId ? [scope.consortiumId] : [] };
  }
  if (role === 'supplier') {
    const supplierSiret = scope.supplierSiret ?? access.supplierSirets[0];
    if (!supplierSiret || !access.supplierSirets.includes(supplierSiret) || !scope.consortiumId)
      throw notHeld();
    return { role, consortia: [scope.consortiumId], supplierSiret };
  }
  const consortia = access.consortia
    .filter((consortium) => consortium.roles.includes(role))
    .map((consortium) => consortium.consortiumId);
  if (consortia.length === 0 || (scope.consortiumId && !consortia.includes(scope.consortiumId)))
    throw notHeld();
  if (role === 'member-buyer') {
    if (!organisationSiret) throw notHeld();
    return { role, consortia, authoritySiret: organisationSiret };
  }
  return { role, consortia };
}

function defaultRole(access: Access, consortiumId: string | null): ActingRole {
  if (consortiumId === null) {
    if (access.platformAdmin) return 'platform-admin';
    const held = PREFERRED.find((role) =>
      access.consortia.some((consortium) => consortium.roles.includes(role)),
    );
    return held ?? (access.supplierSirets.length > 0 ? 'supplier' : 'member-buyer');
  }
  const roles = access.consortia.find((consortium) => consortium.consortiumId === consortiumId)?.roles ?? [];
  const held = PREFERRED.find((role) => roles.includes(role));
  if (held) return held;
  return access.platformAdmin
    ? 'platform-admin'
    : access.supplierSirets.length > 0
      ? 'supplier'
      : 'member-buyer';
}

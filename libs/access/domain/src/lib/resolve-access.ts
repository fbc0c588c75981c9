import { MembershipFacts } from '@mutualis/shared/contracts';
import { Grant } from './access-events';

/** Who signed in, as the identity provider vouches for them (ProConnect gives a public agent's organisation SIRET). */
export interface SignedInPerson {
  /** The verified e-mail address, or null when the provider gives none. */
  email: string | null;
  /** The SIRET of the organisation the person works for, or null (a company's employee, a person on their own). */
  organisationSiret: string | null;
}

export type ConsortiumRole = 'coordinator' | 'member-buyer' | 'auditor';

/** What a person may do, and where: what the console shows them and the tokens it mints for them carry. */
export interface Access {
  platformAdmin: boolean;
  /** The companies the person acts for as a supplier. */
  supplierSirets: string[];
  /** The groupements the person acts in, each with its roles, in the order given. */
  consortia: { consortiumId: string; roles: ConsortiumRole[] }[];
}

/**
 * A person's access, from Mutualis' own data: the agents of a groupement's coordinator are its coordinators; the
 * agents of an authority that applied to it, is or will be a member are its member buyers (not once its withdrawal
 * has taken effect); everything else comes from explicit grants in force for the person's e-mail address.
 */
export function resolveAccess(
  person: SignedInPerson,
  consortia: { consortiumId: string; facts: MembershipFacts }[],
  grants: Grant[],
  today: string,
): Access {
  const email = person.email?.trim().toLowerCase() ?? null;
  const own = email === null ? [] : grants.filter((grant) => grant.email === email);
  const audited = new Set(
    own.filter((grant) => grant.role === 'auditor').flatMap((grant) => grant.consortia),
  );
  const access: Access = {
    platformAdmin: own.some((grant) => grant.role === 'platform-admin'),
    supplierSirets: [
      ...new Set(
        own.flatMap((grant) =>
          grant.role === 'supplier' && grant.supplierSiret ? [grant.supplierSiret] : [],
        ),
      ),
    ],
    consortia: [],
  };
  for (const { consortiumId, facts } of consortia) {
    const roles: ConsortiumRole[] = [];
    const siret = person.organisationSiret;
    if (siret !== null && facts.consortium?.coordinatorSiret === siret) roles.push('coordinator');
    if (siret !== null && actsAsMember(facts, siret, today)) roles.push('member-buyer');
    if (audited.has(consortiumId)) roles.push('auditor');
    if (roles.length > 0) access.consortia.push({ consortiumId, roles });
  }
  return access;
}

/** An applicant (no adhesion yet), a member, or a future member; not an authority whose withdrawal took effect. */
function actsAsMember(facts: MembershipFacts, siret: string, today: string): boolean {
  const periods = facts.members[siret]?.periods;
  if (!periods) return false;
  return periods.length === 0 || periods.some((period) => period.until === null || today < period.until);
}

import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '@mutualis/shared/api';
import { Access, resolveAccess } from '@mutualis/access/domain';
import { Grants } from '../grants/grants';
import { Person } from '../sessions/session-store';
import { KnownConsortia, KnownConsortium } from './known-consortia';

/** A person's access, with the groupements it concerns (their names, for the console). */
export interface PersonAccess {
  access: Access;
  consortia: KnownConsortium[];
}

/**
 * Resolves what a signed-in person may do from Mutualis' own data, at each request: the groupements their
 * organisation coordinates or belongs to, and the grants in force for their e-mail address. A membership or a grant
 * that ends takes effect at the next call, not at the next sign-in.
 */
@Injectable()
export class PeopleAccess {
  constructor(
    @Inject(KnownConsortia) private readonly known: KnownConsortia,
    @Inject(Grants) private readonly grants: Grants,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async of(person: Person): Promise<PersonAccess> {
    const grants = await this.grants.inForce();
    const audited = grants
      .filter((grant) => grant.role === 'auditor' && grant.email === person.email)
      .flatMap((grant) => grant.consortia);
    const consortia = await this.known.concerning(person.organisationSiret, audited);
    const access = resolveAccess(person, consortia, grants, this.clock.today());
    const concerned = new Set(access.consortia.map((consortium) => consortium.consortiumId));
    return { access, consortia: consortia.filter((consortium) => concerned.has(consortium.consortiumId)) };
  }
}

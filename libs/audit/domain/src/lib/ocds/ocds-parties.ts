import {
  ConsortiumFormed,
  EventEnvelope,
  MembershipApplied,
  SupplierRegistered,
} from '@mutualis/shared/contracts';
import { Json } from './ocds-merge';

/**
 * The organisations of the OCDS releases: public buyers and companies, identified by their SIRET under the scheme
 * `FR-RCS`, as the official DECP aggregator's OCDS mapping does.
 */

export interface OrganisationNames {
  nameOf(siret: string): string | undefined;
  coordinatorOf(consortiumId: string): string | undefined;
}

/** A party and the roles it is given in one step. */
export type PartyRole = [siret: string | null | undefined, roles: string[]];
/** Each party's roles so far in one procedure. */
export type PartyRoles = Map<string, Set<string>>;

/** The names the ledger knows: the consortia's coordinators and applicants, the registered suppliers. */
export function organisationNames(events: EventEnvelope[]): OrganisationNames {
  const names = new Map<string, string>();
  const coordinators = new Map<string, string>();
  for (const event of events) {
    if (event.type === 'membership.ConsortiumFormed') {
      const formed = event.data as ConsortiumFormed;
      names.set(formed.coordinator.siret, formed.coordinator.name);
      coordinators.set(formed.consortiumId, formed.coordinator.siret);
    } else if (event.type === 'membership.MembershipApplied') {
      const applied = event.data as MembershipApplied;
      names.set(applied.authority.siret, applied.authority.name);
    } else if (event.type === 'supplier.SupplierRegistered') {
      const registered = event.data as SupplierRegistered;
      names.set(registered.siret, registered.legalName);
    }
  }
  return {
    nameOf: (siret) => names.get(siret),
    coordinatorOf: (consortiumId) => coordinators.get(consortiumId),
  };
}

const partyId = (siret: string) => `FR-RCS-${siret}`;

/** How a release points at a party. */
export function reference(siret: string, names: OrganisationNames): Record<string, Json> {
  const name = names.nameOf(siret);
  return { id: partyId(siret), ...(name ? { name } : {}) };
}

/**
 * The `parties` of a release: each party given a role in this step, with every role it has had in the procedure,
 * since a later release replaces the list of roles.
 */
export function parties(
  procedure: { roles: PartyRoles },
  names: OrganisationNames,
  ...given: PartyRole[]
): Record<string, Json> {
  const named = given.filter((entry): entry is [string, string[]] => Boolean(entry[0]));
  if (named.length === 0) return {};
  for (const [siret, roles] of named) {
    const known = procedure.roles.get(siret) ?? new Set<string>();
    for (const role of roles) known.add(role);
    procedure.roles.set(siret, known);
  }
  return {
    parties: [...new Set(named.map(([siret]) => siret))].map((siret) => ({
      ...reference(siret, names),
      identifier: { scheme: 'FR-RCS', id: siret },
      roles: [...(procedure.roles.get(siret) ?? [])],
    })),
  };
}

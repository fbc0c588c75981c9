import { Authority, ConsortiumEvent, Convention } from '@mutualis/shared/contracts';
import { AuthorityInput } from '../lib/consortium.commands';

export const CONSORTIUM_ID = '0190c6a4-7c1e-7000-8000-0000000000aa';
export const PROCEDURE_ID = '0190c6a4-7c1e-7000-8000-0000000000bb';

/** Real communes of Loire-Atlantique and their EPCI (reference data: communes buyers, EPCI list). */
export const SAINT_NAZAIRE: AuthorityInput = {
  siret: '21440184600016',
  name: 'Saint-Nazaire',
  kind: 'commune',
};
export const CROSSAC: AuthorityInput = { siret: '21440050900011', name: 'Crossac', kind: 'commune' };
export const MESANGER: AuthorityInput = { siret: '21440096200012', name: 'Mésanger', kind: 'commune' };
export const SAVENAY: AuthorityInput = { siret: '21440195200012', name: 'Savenay', kind: 'commune' };
export const ESTUAIRE_ET_SILLON: AuthorityInput = {
  siret: '20007273400011',
  name: 'CC Estuaire et Sillon',
  kind: 'epci',
};

/** Saint-Nazaire's council decided to coordinate the groupement before the convention was signed (M2). */
export const COORDINATOR_DELIBERATION = {
  number: 'DCM-2026-002',
  adoptedOn: '2026-01-10',
  body: 'conseil municipal',
};

export const convention = (overrides: Partial<Convention> = {}): Convention => ({
  reference: 'CONV-CYBER-2026-01',
  signedOn: '2026-01-15',
  effectiveOn: '2026-02-01',
  adhesionClause: true,
  exitClause: { allowed: true, noticeDays: 90, financialConsequencesBorneBy: 'le membre sortant' },
  costSharing: { rule: 'flat', brackets: [] },
  cao: 'dedicated',
  entrustedOperations: ['award', 'signature', 'notification'],
  ...overrides,
});

export const asAuthority = (
  input: AuthorityInput,
  inseeCode: string,
  population: number | null,
): Authority => ({
  siret: input.siret,
  siren: input.siret.slice(0, 9),
  name: input.name,
  kind: input.kind,
  inseeCode,
  population,
});

export const formed = (
  kind: 'one-off-groupement' | 'permanent-groupement' | 'purchasing-centre',
  overrides: Partial<Convention> = {},
): ConsortiumEvent => ({
  type: 'membership.ConsortiumFormed',
  data: {
    consortiumId: CONSORTIUM_ID,
    kind,
    name: 'Groupement cybersécurité de l’estuaire',
    coordinator: asAuthority(SAINT_NAZAIRE, '44184', null),
    convention: convention(overrides),
    coordinatorDeliberation: COORDINATOR_DELIBERATION,
  },
});

/** The three events of an authority that joined on `acceptedOn`, on a délibération of `adoptedOn`. */
export const joined = (
  input: AuthorityInput,
  inseeCode: string,
  adoptedOn: string,
  acceptedOn: string,
): ConsortiumEvent[] => [
  {
    type: 'membership.MembershipApplied',
    data: { authority: asAuthority(input, inseeCode, null), appliedOn: adoptedOn },
  },
  {
    type: 'membership.DeliberationRecorded',
    data: { siret: input.siret, number: `DCM-${adoptedOn}`, adoptedOn, body: 'conseil municipal' },
  },
  {
    type: 'membership.AdhesionAccepted',
    data: { siret: input.siret, acceptedOn, deliberationNumber: `DCM-${adoptedOn}` },
  },
];

export const launched = (launchedOn: string, beneficiaries: string[]): ConsortiumEvent => ({
  type: 'membership.ProcedureLaunched',
  data: {
    procedureId: PROCEDURE_ID,
    launchedOn,
    object: 'Audit de sécurité',
    beneficiaries,
    entrustedOperations: ['award', 'signature', 'notification'],
  },
});

/** A permanent groupement with Crossac and Mésanger admitted on 1 March 2026 besides its coordinator. */
export const withTwoMembers = (): ConsortiumEvent[] => [
  formed('permanent-groupement'),
  ...joined(CROSSAC, '44050', '2026-02-10', '2026-03-01'),
  ...joined(MESANGER, '44096', '2026-02-12', '2026-03-01'),
];

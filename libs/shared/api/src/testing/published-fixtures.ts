import { uuidv7 } from '@mutualis/shared/contracts';
import { NewEventData } from './publish-context-events';

/**
 * Events of the supplier registry and the membership service, in their published language, for the integration
 * tests of the services that consume them. The broker is shared by every test file of a run and consumers read
 * topics from their start: each file gives its suppliers and consortia identifiers of their own.
 */

/** A SIRET no other test uses, valid under S1 as the registry checks it: its SIREN and itself pass Luhn. */
export function freshSiret(): string {
  const withLuhnKey = (digits: string) =>
    digits + [...'0123456789'].find((key) => luhnSum(digits + key) % 10 === 0)!;
  const siren = withLuhnKey(`9${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`);
  return withLuhnKey(`${siren}${String(Math.floor(Math.random() * 1e4)).padStart(4, '0')}`);
}

function luhnSum(candidate: string): number {
  return [...candidate].reverse().reduce((sum, char, index) => {
    const doubled = index % 2 === 1 ? Number(char) * 2 : Number(char);
    return sum + (doubled > 9 ? doubled - 9 : doubled);
  }, 0);
}

export const documentFiled = (kind: string, issuedOn: string, expiresOn: string): NewEventData => ({
  type: 'supplier.DocumentFiled',
  data: {
    documentId: uuidv7(),
    kind,
    issuedOn,
    expiresOn,
    fileSha256: 'f'.repeat(64),
    fileName: `${kind}.pdf`,
  },
});

/** A registered supplier with its attestation de vigilance (`vigilance`: issued, expires) and tax certificate. */
export const supplierEvents = (
  siret: string,
  n: number,
  vigilance: [string, string],
  extra: NewEventData[] = [],
): NewEventData[] => [
  {
    type: 'supplier.SupplierRegistered',
    data: {
      siret,
      siren: siret.slice(0, 9),
      legalName: `Fournisseur ${n}`,
      address: { street: '1 rue', postalCode: '44000', city: 'Nantes', departement: '44', region: '52' },
      size: 'pme',
      cpvCodes: ['79212000-3'],
      contacts: [],
    },
  },
  documentFiled('urssaf-vigilance', ...vigilance),
  documentFiled('tax-regularity', '2026-07-01', '2027-07-01'),
  ...extra,
];

export const communeAuthority = (siret: string, name: string, inseeCode: string) => ({
  siret,
  siren: siret.slice(0, 9),
  name,
  kind: 'commune',
  inseeCode,
  population: null,
});

/** A permanent groupement formed with its coordinator, convention in force from 1 February 2026. */
export const consortiumFormed = (
  consortiumId: string,
  coordinator: ReturnType<typeof communeAuthority>,
): NewEventData => ({
  type: 'membership.ConsortiumFormed',
  consortiumId,
  data: {
    consortiumId,
    kind: 'permanent-groupement',
    name: 'Groupement cybersécurité',
    coordinator,
    convention: {
      reference: 'CONV',
      signedOn: '2026-01-15',
      effectiveOn: '2026-02-01',
      adhesionClause: true,
      exitClause: { allowed: true, noticeDays: 90, financialConsequencesBorneBy: 'le membre sortant' },
      costSharing: { rule: 'flat', brackets: [] },
      cao: 'dedicated',
      entrustedOperations: ['award', 'signature', 'notification'],
    },
    coordinatorDeliberation: { number: 'D1', adoptedOn: '2026-01-10', body: 'conseil municipal' },
  },
});

/** An authority that applied and was accepted as a member from `acceptedOn`. */
export const memberJoined = (
  consortiumId: string,
  authority: ReturnType<typeof communeAuthority>,
  acceptedOn: string,
): NewEventData[] => [
  { type: 'membership.MembershipApplied', consortiumId, data: { authority, appliedOn: acceptedOn } },
  {
    type: 'membership.AdhesionAccepted',
    consortiumId,
    data: { siret: authority.siret, acceptedOn, deliberationNumber: 'D2' },
  },
];

/** A tender of one lot for a sub-central buyer, not allotted on a recorded ground; `overrides` change its data. */
export const tenderCreated = (
  tenderId: string,
  consortiumId: string,
  overrides: Record<string, unknown> = {},
): NewEventData => ({
  type: 'tender.TenderCreated',
  consortiumId,
  data: {
    tenderId,
    consortiumId,
    object: 'Audit de sécurité des systèmes d’information',
    cpvCode: '72000000-5',
    nature: 'services',
    buyer: 'sub-central',
    lots: [{ number: 1, title: 'Audit', estimatedCents: 30_000_000, smallLotMapa: false }],
    estimatedCents: 30_000_000,
    beneficiaries: [],
    censusId: null,
    framework: null,
    nonAllotment: { ground: 'technically-difficult-or-costly', motivation: 'Un seul prestataire' },
    turnoverRequirementCents: null,
    innovative: false,
    ...overrides,
  },
});

/** The open procedure chosen, the thresholds calling for a formalised one. */
export const procedureChosen = (consortiumId: string): NewEventData => ({
  type: 'tender.ProcedureChosen',
  consortiumId,
  data: { procedure: 'open', negotiationGround: null, required: 'formalised', thresholdTable: '2026-01-01' },
});

/** The notice of a formalised tender, sent on 2 March 2026 unless `overrides` say otherwise. */
export const tenderPublished = (
  consortiumId: string,
  overrides: Record<string, unknown> = {},
): NewEventData => ({
  type: 'tender.TenderPublished',
  consortiumId,
  data: {
    object: 'Audit de sécurité',
    noticeSentOn: '2026-03-02',
    deadlineAt: '2026-04-06T10:00:00.000Z',
    electronic: true,
    pin: false,
    urgency: false,
    publicity: 'boamp-and-joue',
    required: 'formalised',
    thresholdTable: '2026-01-01',
    ...overrides,
  },
});

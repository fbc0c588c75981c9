import { MembershipEventData } from '@mutualis/shared/contracts';
import { SAMPLE } from './sample-ids';

const savenay = {
  siret: SAMPLE.member,
  siren: SAMPLE.member.slice(0, 9),
  name: 'Commune de Savenay',
  kind: 'commune',
  inseeCode: '44195',
  population: 8_900,
} as const;

/** One valid payload of every membership event type. */
export const MEMBERSHIP_SAMPLES: { [Type in keyof MembershipEventData]: MembershipEventData[Type] } = {
  'membership.ConsortiumFormed': {
    consortiumId: SAMPLE.consortium,
    kind: 'permanent-groupement',
    name: 'Groupement cybersécurité de Loire-Atlantique',
    coordinator: {
      siret: SAMPLE.coordinator,
      siren: SAMPLE.coordinator.slice(0, 9),
      name: 'Commune de Saint-Nazaire',
      kind: 'commune',
      inseeCode: '44184',
      population: 72_000,
    },
    convention: {
      reference: 'CONV-2026-01',
      signedOn: '2026-01-15',
      effectiveOn: '2026-02-01',
      adhesionClause: true,
      exitClause: { allowed: true, noticeDays: 90, financialConsequencesBorneBy: 'le membre sortant' },
      costSharing: { rule: 'flat', brackets: [] },
      cao: 'dedicated',
      entrustedOperations: ['award', 'signature', 'notification'],
    },
    coordinatorDeliberation: { number: 'D2026-01', adoptedOn: '2026-01-10', body: 'conseil municipal' },
  },
  'membership.MembershipApplied': { authority: savenay, appliedOn: '2026-02-10' },
  'membership.DeliberationRecorded': {
    siret: SAMPLE.member,
    number: 'D2026-014',
    adoptedOn: '2026-02-20',
    body: 'conseil municipal',
  },
  'membership.AdhesionAccepted': {
    siret: SAMPLE.member,
    acceptedOn: '2026-03-01',
    deliberationNumber: 'D2026-014',
  },
  'membership.WithdrawalRecorded': {
    siret: SAMPLE.member,
    requestedOn: '2027-09-01',
    effectiveOn: '2027-12-01',
    financialConsequencesBorneBy: 'le membre sortant',
  },
  'membership.ProcedureLaunched': {
    procedureId: SAMPLE.procedure,
    launchedOn: '2026-03-02',
    object: 'Cybersécurité des communes',
    beneficiaries: [SAMPLE.coordinator, SAMPLE.member],
    entrustedOperations: ['award', 'signature'],
  },
  'membership.CaoComposed': {
    composedOn: '2026-03-10',
    composition: 'dedicated',
    chair: { siret: SAMPLE.coordinator, personId: SAMPLE.person, sealed: 'c2NlbGxl' },
    members: [{ siret: SAMPLE.coordinator, personId: SAMPLE.person, sealed: 'c2NlbGxl' }],
  },
  'membership.PersonErased': { personId: SAMPLE.person, erasedOn: '2026-11-29' },
  'membership.CensusOpened': {
    censusId: SAMPLE.census,
    consortiumId: SAMPLE.consortium,
    object: 'Besoins en cybersécurité 2027',
    cpvCode: '72000000-5',
    lots: [{ number: 1, title: 'Audit de sécurité' }],
    duration: { initialMonths: 24, renewals: 1, monthsPerRenewal: 12 },
    options: '',
    openedOn: '2026-02-15',
  },
  'membership.NeedsSubmitted': {
    memberSiret: SAMPLE.member,
    submittedOn: '2026-02-25',
    needs: [{ lot: 1, annualCents: 1_500_000, optionsAnnualCents: 0 }],
  },
  'membership.CensusClosed': {
    closedOn: '2026-02-28',
    wholeDurationMonths: 36,
    perLot: [{ lot: 1, cents: 4_500_000, members: 1 }],
    totalCents: 4_500_000,
    beneficiaries: [SAMPLE.member],
  },
};

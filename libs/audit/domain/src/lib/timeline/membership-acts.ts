import { MembershipEventData } from '@mutualis/shared/contracts';
import { count, designation, euros, frenchDate } from './act-wording';
import { authority, census, consortium, person } from './subjects';
import { ActRules, streamKey } from './timeline-subject';

const KINDS = {
  'one-off-groupement': 'groupement de commandes ponctuel',
  'permanent-groupement': 'groupement de commandes permanent',
  'purchasing-centre': 'centrale d’achat',
} as const;

/** How each act of consortium membership and of its needs censuses reads. */
export const MEMBERSHIP_ACTS: ActRules<MembershipEventData> = {
  'membership.ConsortiumFormed': (data, { names }) => {
    const coordinator = authority(data.coordinator.siret, names, data.coordinator.name);
    return {
      subject: consortium(data.consortiumId, names, data.name),
      summary: `Groupement constitué (${KINDS[data.kind]}) : ${data.name}, coordonnateur ${designation(coordinator)}`,
      businessDate: data.convention.signedOn,
    };
  },
  'membership.MembershipApplied': (data, { names }) => {
    const subject = authority(data.authority.siret, names, data.authority.name);
    return { subject, summary: `Demande d’adhésion : ${designation(subject)}`, businessDate: data.appliedOn };
  },
  'membership.DeliberationRecorded': (data, { names }) => {
    const subject = authority(data.siret, names);
    return {
      subject,
      summary: `Délibération n° ${data.number} (${data.body}) enregistrée : ${designation(subject)}`,
      businessDate: data.adoptedOn,
    };
  },
  'membership.AdhesionAccepted': (data, { names }) => {
    const subject = authority(data.siret, names);
    return { subject, summary: `Adhésion acceptée : ${designation(subject)}`, businessDate: data.acceptedOn };
  },
  'membership.WithdrawalRecorded': (data, { names }) => {
    const subject = authority(data.siret, names);
    return {
      subject,
      summary: `Retrait du groupement : ${designation(subject)}, demandé le ${frenchDate(data.requestedOn)}`,
      businessDate: data.effectiveOn,
    };
  },
  'membership.ProcedureLaunched': (data) => ({
    subject: { kind: 'procedure', id: data.procedureId, label: data.object },
    summary: `Procédure lancée : ${data.object} (${count(data.beneficiaries.length, 'bénéficiaire')})`,
    businessDate: data.launchedOn,
  }),
  'membership.CaoComposed': (data, { event, names }) => ({
    // The representatives' names are sealed personal data: the act names the groupement, never them.
    subject: consortium(event.consortiumId, names),
    summary:
      `Commission d’appel d’offres composée (${data.composition === 'dedicated' ? 'CAO du groupement' : 'CAO du coordonnateur'}) : ` +
      `${count(data.members.length, 'membre')}`,
    businessDate: data.composedOn,
  }),
  'membership.PersonErased': (data, { event, names }) => {
    const groupement = names.consortium(event.consortiumId);
    return {
      subject: person(data.personId, `Représentant à la CAO${groupement ? ` de ${groupement}` : ''}`),
      summary: 'Données personnelles d’un représentant effacées (RGPD, art. 17)',
      businessDate: data.erasedOn,
    };
  },
  'membership.CensusOpened': (data, { names }) => ({
    subject: census(data.censusId, names, data.object),
    summary: `Recensement des besoins ouvert : ${data.object} (${count(data.lots.length, 'lot')})`,
    businessDate: data.openedOn,
  }),
  'membership.NeedsSubmitted': (data, { event, names }) => {
    const subject = authority(data.memberSiret, names);
    const of = names.census(streamKey(event.streamId));
    return {
      subject,
      summary: `Besoins transmis${of ? ` au recensement « ${of} »` : ''} : ${designation(subject)}`,
      businessDate: data.submittedOn,
    };
  },
  'membership.CensusClosed': (data, { event, names }) => {
    const subject = census(streamKey(event.streamId), names);
    return {
      subject,
      summary:
        `Recensement clos : ${designation(subject)}, ${euros(data.totalCents)} HT sur ${data.wholeDurationMonths} mois, ` +
        `${count(data.beneficiaries.length, 'bénéficiaire')}`,
      businessDate: data.closedOn,
    };
  },
};

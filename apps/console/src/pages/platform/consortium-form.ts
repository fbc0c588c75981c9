import type { FormConsortiumBody } from '../../api/schemas';
import type { RuleFields } from '../../forms/problem-fields';

type Operation = FormConsortiumBody['convention']['entrustedOperations'][number];

/** What the « Créer un groupement » form holds, as typed (numbers as text until sent). */
export interface ConsortiumForm {
  kind: FormConsortiumBody['kind'];
  name: string;
  coordinator: {
    siret: string;
    name: string;
    kind: FormConsortiumBody['coordinator']['kind'];
    inseeCode: string;
    population: string;
  };
  deliberation: { number: string; adoptedOn: string; body: string };
  convention: {
    reference: string;
    signedOn: string;
    effectiveOn: string;
    adhesionClause: boolean;
    exitAllowed: boolean;
    noticeDays: string;
    financialConsequencesBorneBy: string;
    costSharingRule: FormConsortiumBody['convention']['costSharing']['rule'];
    brackets: { upToPopulation: string; weight: string }[];
    cao: FormConsortiumBody['convention']['cao'];
    entrustedOperations: Operation[];
  };
}

/** Sensible defaults: a permanent groupement of communes, adhesion and exit allowed, costs by population bracket. */
export function defaultConsortiumForm(today: string): ConsortiumForm {
  return {
    kind: 'permanent-groupement',
    name: '',
    coordinator: { siret: '', name: '', kind: 'commune', inseeCode: '', population: '' },
    deliberation: { number: '', adoptedOn: today, body: 'conseil municipal' },
    convention: {
      reference: '',
      signedOn: today,
      effectiveOn: today,
      adhesionClause: true,
      exitAllowed: true,
      noticeDays: '90',
      financialConsequencesBorneBy: 'le membre qui se retire',
      costSharingRule: 'population-brackets',
      brackets: [
        { upToPopulation: '2000', weight: '1' },
        { upToPopulation: '10000', weight: '2' },
        { upToPopulation: '', weight: '4' },
      ],
      cao: 'dedicated',
      entrustedOperations: ['award', 'signature', 'notification'],
    },
  };
}

/** The form's fields by their path in the body of `POST /consortia`: where a refusal is shown. */
export const CONSORTIUM_FIELDS = [
  'kind',
  'name',
  'coordinator.siret',
  'coordinator.name',
  'coordinator.kind',
  'coordinator.inseeCode',
  'coordinator.population',
  'coordinatorDeliberation.number',
  'coordinatorDeliberation.adoptedOn',
  'coordinatorDeliberation.body',
  'convention.reference',
  'convention.signedOn',
  'convention.effectiveOn',
  'convention.adhesionClause',
  'convention.exitClause',
  'convention.exitClause.noticeDays',
  'convention.exitClause.financialConsequencesBorneBy',
  'convention.costSharing',
  'convention.cao',
  'convention.entrustedOperations',
] as const;

/** The field each rule of the membership context concerns, in this form. */
export const CONSORTIUM_RULE_FIELDS: RuleFields = {
  'invalid-siret': 'coordinator.siret',
  'convention-effective-before-signature': 'convention.effectiveOn',
  'deliberation-required': 'coordinatorDeliberation.adoptedOn',
  'cost-sharing-brackets-invalid': 'convention.costSharing',
  'no-population-bracket': 'convention.costSharing',
  'cao-composition-not-per-convention': 'convention.cao',
  'award-not-entrusted': 'convention.entrustedOperations',
};

const integer = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);

/**
 * The body of `POST /consortia`. Numbers typed as text go as numbers (a text that is not one goes as NaN, which JSON
 * sends as null and the service refuses beside its field); a population bracket left without its upper bound is the
 * open one the last bracket must be; the coordinator's délibération goes only when numbered.
 */
export function consortiumBody(form: ConsortiumForm): FormConsortiumBody {
  const { coordinator, deliberation, convention } = form;
  return {
    kind: form.kind,
    name: form.name.trim(),
    coordinator: {
      siret: coordinator.siret.replace(/\s/g, ''),
      name: coordinator.name.trim(),
      kind: coordinator.kind,
      ...(coordinator.inseeCode.trim() ? { inseeCode: coordinator.inseeCode.trim() } : {}),
      ...(coordinator.population.trim() ? { population: integer(coordinator.population) } : {}),
    },
    ...(deliberation.number.trim()
      ? {
          coordinatorDeliberation: {
            number: deliberation.number.trim(),
            adoptedOn: deliberation.adoptedOn,
            body: deliberation.body.trim(),
          },
        }
      : {}),
    convention: {
      reference: convention.reference.trim(),
      signedOn: convention.signedOn,
      effectiveOn: convention.effectiveOn,
      adhesionClause: convention.adhesionClause,
      exitClause: {
        allowed: convention.exitAllowed,
        noticeDays: integer(convention.noticeDays),
        financialConsequencesBorneBy: convention.financialConsequencesBorneBy.trim(),
      },
      costSharing: {
        rule: convention.costSharingRule,
        brackets:
          convention.costSharingRule === 'population-brackets'
            ? convention.brackets.map((bracket) => ({
                upToPopulation: bracket.upToPopulation.trim() ? integer(bracket.upToPopulation) : null,
                weight: integer(bracket.weight),
              }))
            : [],
      },
      cao: convention.cao,
      entrustedOperations: convention.entrustedOperations,
    },
  };
}

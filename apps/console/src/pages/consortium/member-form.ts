import type { ApplyBody, DeliberationBody } from '../../api/schemas';
import type { RuleFields } from '../../forms/problem-fields';

/** What « Ajouter un membre » holds, as typed. */
export interface MemberForm {
  authority: {
    siret: string;
    name: string;
    kind: ApplyBody['authority']['kind'];
    inseeCode: string;
    population: string;
  };
  deliberation: DeliberationBody;
  acceptedOn: string;
}

export function blankMember(today: string): MemberForm {
  return {
    authority: { siret: '', name: '', kind: 'commune', inseeCode: '', population: '' },
    deliberation: { number: '', adoptedOn: today, body: 'conseil municipal' },
    acceptedOn: today,
  };
}

/** The fields of the three bodies (application, délibération, adhesion): where their refusals show. */
export const MEMBER_FIELDS = [
  'authority.siret',
  'authority.name',
  'authority.kind',
  'authority.inseeCode',
  'authority.population',
  'number',
  'adoptedOn',
  'body',
  'acceptedOn',
] as const;

export const MEMBER_RULE_FIELDS: RuleFields = {
  'invalid-siret': 'authority.siret',
  'already-a-member': 'authority.siret',
  'authority-mismatch': 'authority.name',
  'deliberation-required': 'adoptedOn',
  'convention-not-in-force': 'acceptedOn',
  'dated-before-launch': 'acceptedOn',
  'no-adhesion-clause': 'acceptedOn',
  'one-off-groupement-frozen': 'acceptedOn',
};

/** The three bodies the form sends, in order, and the SIRET their paths name. */
export function memberSteps(form: MemberForm) {
  const siret = form.authority.siret.replace(/\s/g, '');
  const population = form.authority.population.trim();
  const application: ApplyBody = {
    authority: {
      siret,
      name: form.authority.name.trim(),
      kind: form.authority.kind,
      ...(form.authority.inseeCode.trim() ? { inseeCode: form.authority.inseeCode.trim() } : {}),
      ...(population ? { population: /^\d+$/.test(population) ? Number(population) : Number.NaN } : {}),
    },
  };
  return {
    siret,
    application,
    deliberation: {
      ...form.deliberation,
      number: form.deliberation.number.trim(),
      body: form.deliberation.body.trim(),
    },
    adhesion: { acceptedOn: form.acceptedOn },
  };
}

import { ConsortiumEvent, membersOn } from '@mutualis/shared/contracts';
import { deliberates } from './authority';
import { ComposeCao, ErasePerson } from './consortium.commands';
import { requireFormed } from './form-consortium';
import { refuse } from './membership-refusal';
import { ConsortiumState } from './consortium.state';

const CAO_REFERENCE = 'CGCT L1414-3';

/**
 * M6: a groupement made mostly of collectivités has its own CAO, one representative per member, chaired by the
 * coordinator's representative, unless the convention designates the coordinator's CAO.
 */
export function composeCao(command: ComposeCao, state: ConsortiumState): ConsortiumEvent[] {
  const formed = requireFormed(state);
  if (formed.kind === 'purchasing-centre') {
    throw refuse('a centrale d’achat awards through its own bodies, not a groupement’s CAO', {
      rule: 'cao-not-for-purchasing-centre',
      legalReference: CAO_REFERENCE,
    });
  }
  if (command.composition !== formed.convention.cao) {
    throw refuse(`the convention provides a ${formed.convention.cao} CAO`, {
      rule: 'cao-composition-not-per-convention',
      legalReference: CAO_REFERENCE,
      values: { convention: formed.convention.cao, given: command.composition },
    });
  }
  if (command.chair.siret !== formed.coordinator.siret) {
    throw refuse('the CAO is chaired by the coordinator’s representative', {
      rule: 'cao-chair-not-coordinator',
      legalReference: CAO_REFERENCE,
    });
  }
  const members = membersOn(state.facts, command.composedOn);
  const authorities = members.map((siret) => state.facts.members[siret]!.authority);
  const mostlyCollectivites = authorities.filter(deliberates).length * 2 > authorities.length;
  if (command.composition === 'dedicated' && mostlyCollectivites) {
    const represented = command.members.map((member) => member.siret);
    const missing = members.filter((siret) => !represented.includes(siret));
    const strangers = represented.filter((siret) => !members.includes(siret));
    const repeated = represented.filter((siret, index) => represented.indexOf(siret) !== index);
    if (missing.length + strangers.length + repeated.length > 0) {
      throw refuse('a dedicated CAO has exactly one representative of each member', {
        rule: 'cao-one-representative-per-member',
        legalReference: CAO_REFERENCE,
        values: { missing, notMembers: strangers, repeated },
      });
    }
  }
  const { composedOn, composition, chair } = command;
  return [
    { type: 'membership.CaoComposed', data: { composedOn, composition, chair, members: command.members } },
  ];
}

/**
 * RGPD art. 17: a representative's name is erased by destroying their key (the service does it once the erasure is
 * recorded). Erasing again records nothing new; a person the consortium never sealed is refused.
 */
export function erasePerson(command: ErasePerson, state: ConsortiumState): ConsortiumEvent[] {
  requireFormed(state);
  const { personId, today } = command;
  if (!state.sealedPersons.includes(personId)) {
    throw refuse(`${personId} is not a representative of this consortium`, {
      rule: 'unknown-person',
      legalReference: 'RGPD art. 17',
      values: { personId },
    });
  }
  if (state.erasedPersons.includes(personId)) return [];
  return [{ type: 'membership.PersonErased', data: { personId, erasedOn: today } }];
}

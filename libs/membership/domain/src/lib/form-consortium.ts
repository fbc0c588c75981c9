import { ConsortiumEvent } from '@mutualis/shared/contracts';
import { checkedAuthority } from './authority';
import { FormConsortium } from './consortium.commands';
import { refuse } from './membership-refusal';
import { ConsortiumState } from './consortium.state';

/** Forms a consortium under its convention constitutive, the coordinator a member from the convention's effect. */
export function formConsortium(command: FormConsortium, state: ConsortiumState): ConsortiumEvent[] {
  if (state.formed) throw refuse('this consortium is already formed', { rule: 'consortium-already-formed' });
  const { convention } = command;
  if (convention.effectiveOn < convention.signedOn) {
    throw refuse('a convention cannot take effect before it is signed', {
      rule: 'convention-effective-before-signature',
      legalReference: 'L2113-7',
      values: { signedOn: convention.signedOn, effectiveOn: convention.effectiveOn },
    });
  }
  if (convention.costSharing.rule === 'population-brackets' && convention.costSharing.brackets.length === 0) {
    throw refuse('a population-bracket cost sharing needs its brackets', {
      rule: 'cost-sharing-brackets-missing',
    });
  }
  return [
    {
      type: 'membership.ConsortiumFormed',
      data: {
        consortiumId: command.consortiumId,
        kind: command.kind,
        name: command.name.trim(),
        coordinator: checkedAuthority(command.coordinator),
        convention,
      },
    },
  ];
}

export function requireFormed(state: ConsortiumState): NonNullable<ConsortiumState['formed']> {
  if (!state.formed) throw refuse('no such consortium', { rule: 'consortium-not-formed' });
  return state.formed;
}

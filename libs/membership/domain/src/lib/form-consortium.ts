import { ConsortiumEvent, Convention } from '@mutualis/shared/contracts';
import { checkedAuthority, deliberates } from './authority';
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
  requireBrackets(convention);
  if (!convention.entrustedOperations.includes('award')) {
    throw refuse('the convention must entrust at least the award procedure to the coordinator', {
      rule: 'award-not-entrusted',
      legalReference: 'L2113-7',
    });
  }
  const coordinator = checkedAuthority(command.coordinator);
  const deliberation = command.coordinatorDeliberation;
  if (deliberates(coordinator) && (!deliberation || deliberation.adoptedOn > convention.signedOn)) {
    throw refuse(
      `${coordinator.name} signs the convention on a délibération adopted on or before ${convention.signedOn}`,
      {
        rule: 'deliberation-required',
        legalReference: 'CE 25/04/1994 Région d’Aquitaine n°99926',
        values: {
          siret: coordinator.siret,
          signedOn: convention.signedOn,
          ...(deliberation ? { adoptedOn: deliberation.adoptedOn } : {}),
        },
      },
    );
  }
  return [
    {
      type: 'membership.ConsortiumFormed',
      data: {
        consortiumId: command.consortiumId,
        kind: command.kind,
        name: command.name.trim(),
        coordinator,
        convention,
        coordinatorDeliberation: deliberates(coordinator) ? deliberation : null,
      },
    },
  ];
}

export function requireFormed(state: ConsortiumState): NonNullable<ConsortiumState['formed']> {
  if (!state.formed) throw refuse('no such consortium', { rule: 'consortium-not-formed' });
  return state.formed;
}

/** Population brackets ascend, and the last one is open, so every member falls in exactly one. */
function requireBrackets(convention: Convention): void {
  const { rule, brackets } = convention.costSharing;
  if (rule !== 'population-brackets') return;
  const bounds = brackets.map((bracket) => bracket.upToPopulation);
  const ascending = bounds.slice(0, -1).every((bound, index) => {
    const next = bounds[index + 1];
    return bound !== null && (next === null || (next !== undefined && bound < next));
  });
  if (bounds.length === 0 || bounds.at(-1) !== null || !ascending) {
    throw refuse('population brackets must ascend and end with an open bracket (upToPopulation: null)', {
      rule: 'cost-sharing-brackets-invalid',
      values: { brackets: bounds },
    });
  }
}

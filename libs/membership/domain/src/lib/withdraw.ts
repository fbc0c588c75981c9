import { addDays } from '@mutualis/procurement-rules';
import { ConsortiumEvent, isMemberOn } from '@mutualis/shared/contracts';
import { Withdraw } from './consortium.commands';
import { requireFormed } from './form-consortium';
import { latestLaunchDate } from './join-consortium';
import { refuse } from './membership-refusal';
import { ConsortiumState } from './consortium.state';

/**
 * M4: a member withdraws only as the convention's exit clause allows, after its notice, and the event records who
 * bears the financial consequences. A one-off groupement's composition is fixed once a procedure is launched (M3).
 * The member stays in the history; it is no member from the effective date on.
 */
export function withdraw(command: Withdraw, state: ConsortiumState): ConsortiumEvent[] {
  const formed = requireFormed(state);
  const { siret, requestedOn, effectiveOn } = command;
  const open = state.facts.members[siret]?.periods.some((period) => period.until === null) ?? false;
  if (!open && isMemberOn(state.facts, siret, requestedOn)) {
    throw refuse(`the withdrawal of ${siret} is already recorded`, {
      rule: 'withdrawal-already-recorded',
      values: { siret },
    });
  }
  if (!isMemberOn(state.facts, siret, requestedOn)) {
    throw refuse(`${siret} is not a member on ${requestedOn}`, {
      rule: 'not-a-member',
      values: { siret, requestedOn },
    });
  }
  if (siret === formed.coordinator.siret) {
    throw refuse('the coordinator cannot withdraw: the convention must first designate another coordinator', {
      rule: 'coordinator-cannot-withdraw',
      legalReference: 'L2113-7',
    });
  }
  const exit = formed.convention.exitClause;
  if (!exit.allowed) {
    throw refuse('the convention has no exit clause: members cannot withdraw', {
      rule: 'no-exit-clause',
      legalReference: 'L2113-7',
    });
  }
  if (formed.kind === 'one-off-groupement' && state.facts.launches.length > 0) {
    throw refuse('a one-off groupement cannot change composition once its procedure is launched', {
      rule: 'one-off-groupement-frozen',
      legalReference: 'RM JO AN 17/05/2011 q.100136',
    });
  }
  const latest = latestLaunchDate(state);
  if (latest && effectiveOn <= latest) {
    throw refuse(`a withdrawal cannot take effect on or before the launch of ${latest}, already recorded`, {
      rule: 'dated-before-launch',
      legalReference: 'RM JO AN 17/05/2011 q.100136',
      values: { effectiveOn, launchedOn: latest },
    });
  }
  const earliest = addDays(requestedOn, exit.noticeDays);
  if (effectiveOn < earliest) {
    throw refuse(
      `the exit clause requires ${exit.noticeDays} days of notice: effective on ${earliest} at the earliest`,
      {
        rule: 'exit-notice-not-respected',
        legalReference: 'L2113-7',
        values: { requestedOn, effectiveOn, noticeDays: exit.noticeDays, earliest },
      },
    );
  }
  return [
    {
      type: 'membership.WithdrawalRecorded',
      data: {
        siret,
        requestedOn,
        effectiveOn,
        financialConsequencesBorneBy: exit.financialConsequencesBorneBy,
      },
    },
  ];
}

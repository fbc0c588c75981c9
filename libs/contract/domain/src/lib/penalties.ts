import { checkPenaltyApplication, delayPenaltyCents, penaltiesDue } from '@mutualis/procurement-rules';
import { ContractEvent } from '@mutualis/shared/contracts';
import { ApplyPenalty, InvitePenaltyObservations } from './contract.commands';
import { refuse, refuseBreaches } from './contract-refusal';
import { ContractState } from './contract.state';
import { requireNotified, requireOnOrAfter } from './guards';

/**
 * A delay penalty, computed with the CCAG's formula (C7), is first put to the holder, who has 15 days to answer
 * in writing; works contracts take the contract amount as the formula's value.
 */
export function invitePenaltyObservations(
  command: InvitePenaltyObservations,
  state: ContractState,
): ContractEvent[] {
  const { notified } = requireNotified(state);
  if (state.penalties[command.penaltyId])
    throw refuse('This penalty already exists.', { rule: 'penalty-exists' });
  requireOnOrAfter(command.invitedOn, notified.notifiedOn, 'The invitation');
  if (notified.ccag === 'none') {
    throw refuse('The contract refers to no CCAG: its own penalty clause is not modelled.', {
      rule: 'penalty-formula-unknown',
    });
  }
  const valueCents = notified.ccag === 'Travaux' ? state.amountCents : command.valueCents;
  return [
    {
      type: 'contract.PenaltyObservationsInvited',
      data: {
        penaltyId: command.penaltyId,
        invitedOn: command.invitedOn,
        daysLate: command.daysLate,
        valueCents,
        penaltyCents: delayPenaltyCents({
          ccag: notified.ccag,
          valueCentsHT: valueCents,
          daysLate: command.daysLate,
        }),
        reason: command.reason,
      },
    },
  ];
}

/**
 * Applies a penalty once the observation period has run (or the holder has answered): the total of all penalties
 * is then capped at 10 % of the amount HT, and nothing is due while it stays below 1 000 €, unless the contract
 * derogates from its CCAG (C7).
 */
export function applyPenalty(command: ApplyPenalty, state: ContractState): ContractEvent[] {
  const { notified } = requireNotified(state);
  const penalty = state.penalties[command.penaltyId];
  if (!penalty) throw refuse('No such penalty.', { rule: 'penalty-unknown' });
  if (penalty.appliedOn !== null)
    throw refuse('This penalty was already applied.', { rule: 'penalty-applied' });
  refuseBreaches([
    checkPenaltyApplication({
      invitedOn: penalty.invited.invitedOn,
      appliedOn: command.appliedOn,
      observationsReceivedOn: command.observationsReceivedOn,
    }),
  ]);
  const { penaltyCents } = penalty.invited;
  const due = penaltiesDue({
    ccag: notified.ccag,
    derogation: notified.penaltyDerogation,
    contractAmountCentsHT: state.amountCents,
    penaltiesCents: [...state.appliedPenaltiesCents, penaltyCents],
  });
  return [
    {
      type: 'contract.PenaltyApplied',
      data: {
        penaltyId: command.penaltyId,
        appliedOn: command.appliedOn,
        penaltyCents,
        totalDueCents: due.dueCents,
      },
    },
  ];
}

import { ContractEvent } from '@mutualis/shared/contracts';
import { NotifyAmendment } from './contract.commands';
import { refuse } from './contract-refusal';
import { ContractState } from './contract.state';
import { requireOnOrAfter } from './guards';

/**
 * An avenant signed is notified to the holder, once, on or after its signature: the day it takes effect, from which
 * its essential data are due (D1, `dateNotificationModification`).
 */
export function notifyAmendment(command: NotifyAmendment, state: ContractState): ContractEvent[] {
  const amendment = state.amendments.find((signed) => signed.amendmentId === command.amendmentId);
  if (!amendment) throw refuse('No avenant of this contract has this id.', { rule: 'amendment-unknown' });
  const notifiedOn = state.amendmentsNotifiedOn[command.amendmentId];
  if (notifiedOn) {
    throw refuse(`This avenant was notified on ${notifiedOn}.`, {
      rule: 'amendment-already-notified',
      values: { notifiedOn },
    });
  }
  requireOnOrAfter(command.notifiedOn, amendment.signedOn, 'The notification of the avenant');
  return [
    {
      type: 'contract.AmendmentNotified',
      data: { amendmentId: command.amendmentId, notifiedOn: command.notifiedOn },
    },
  ];
}

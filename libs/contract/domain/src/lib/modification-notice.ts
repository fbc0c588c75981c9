import { ContractEvent } from '@mutualis/shared/contracts';
import { RecordModificationNotice } from './contract.commands';
import { refuse } from './contract-refusal';
import { ContractState } from './contract.state';

/**
 * R2194-10: the avis de modification of an avenant flagged for it (R2194-2 or R2194-5 under the formalised regime),
 * recorded once with the date it was published in the JOUE and its reference — on or after the avenant's signature,
 * never after the day it is recorded. Whether it was in time is the compliance calendar's to say.
 */
export function recordModificationNotice(
  command: RecordModificationNotice,
  state: ContractState,
): ContractEvent[] {
  const amendment = state.amendments.find((one) => one.amendmentId === command.amendmentId);
  if (!amendment) throw refuse('No such avenant.', { rule: 'amendment-not-found' });
  if (!amendment.joueNoticeRequired) {
    throw refuse('This avenant calls for no avis de modification in the JOUE.', {
      rule: 'modification-notice-not-required',
      legalReference: 'R2194-10',
      values: { ground: amendment.ground },
    });
  }
  if (state.modificationNotices[command.amendmentId]) {
    throw refuse('The avis de modification of this avenant is already recorded.', {
      rule: 'modification-notice-recorded',
      values: { publishedOn: state.modificationNotices[command.amendmentId]!.publishedOn },
    });
  }
  if (command.publishedOn < amendment.signedOn || command.publishedOn > command.recordedOn) {
    throw refuse('An avis de modification is published after the avenant is signed, and not after today.', {
      rule: 'modification-notice-date',
      legalReference: 'R2194-10',
      values: { publishedOn: command.publishedOn, signedOn: amendment.signedOn, today: command.recordedOn },
    });
  }
  return [
    {
      type: 'contract.ModificationNoticePublished',
      data: {
        amendmentId: command.amendmentId,
        publishedOn: command.publishedOn,
        reference: command.reference,
      },
    },
  ];
}

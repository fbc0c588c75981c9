import { TenderEvent } from '@mutualis/shared/contracts';
import { RecordAwardNotice } from './tender.commands';
import { refuse } from './tender-refusal';
import { TenderState } from './tender.state';

/**
 * T15 (R2183-1): the avis d'attribution of a signed lot, recorded once with the date it was published and its
 * reference — on or after the signature, never after the day it is recorded. Whether it was in time (30 days after
 * the signature for a contract at or above the EU threshold) is the compliance calendar's to say, not a refusal:
 * a late notice is still due.
 */
export function recordAwardNotice(command: RecordAwardNotice, state: TenderState): TenderEvent[] {
  const signed = state.signed[command.lot];
  if (!signed) {
    throw refuse(
      `lot ${command.lot} has no signed contract: its avis d'attribution cannot be published yet`,
      {
        rule: 'lot-not-signed',
        legalReference: 'R2183-1',
        values: { lot: command.lot },
      },
    );
  }
  if (state.awardNotices[command.lot]) {
    throw refuse(`the avis d'attribution of lot ${command.lot} is already recorded`, {
      rule: 'award-notice-recorded',
      values: { lot: command.lot, publishedOn: state.awardNotices[command.lot]!.publishedOn },
    });
  }
  if (command.publishedOn < signed.signedOn || command.publishedOn > command.recordedOn) {
    throw refuse('an avis d’attribution is published after the signature, and not after today', {
      rule: 'award-notice-date',
      legalReference: 'R2183-1',
      values: { publishedOn: command.publishedOn, signedOn: signed.signedOn, today: command.recordedOn },
    });
  }
  return [
    {
      type: 'tender.AwardNoticePublished',
      data: { lot: command.lot, publishedOn: command.publishedOn, reference: command.reference },
    },
  ];
}

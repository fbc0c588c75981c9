import { TenderEvent } from '@mutualis/shared/contracts';
import { Decider } from '@mutualis/shared/event-sourcing';
import { openBids, submitBid, withdrawBid } from './bids';
import { chooseProcedure } from './choose-procedure';
import { amendNotice, answerQuestion, askQuestion, extendDeadline } from './consultation';
import { createTender } from './create-tender';
import { publishTender, setCriteria } from './publish-tender';
import { TenderCommand } from './tender.commands';
import { evolveTender, INITIAL_TENDER_STATE, TenderState } from './tender.state';

/** A tender run by a consortium's coordinator, stream `tender-<uuid>`: from creation to the opening of bids. */
export const tenderDecider: Decider<TenderCommand, TenderEvent, TenderState> = {
  initialState: INITIAL_TENDER_STATE,
  decide(command, state) {
    switch (command.type) {
      case 'CreateTender':
        return createTender(command, state);
      case 'ChooseProcedure':
        return chooseProcedure(command, state);
      case 'SetCriteria':
        return setCriteria(command, state);
      case 'PublishTender':
        return publishTender(command, state);
      case 'AskQuestion':
        return askQuestion(command, state);
      case 'AnswerQuestion':
        return answerQuestion(command, state);
      case 'ExtendDeadline':
        return extendDeadline(command, state);
      case 'AmendNotice':
        return amendNotice(command, state);
      case 'SubmitBid':
        return submitBid(command, state);
      case 'WithdrawBid':
        return withdrawBid(command, state);
      case 'OpenBids':
        return openBids(command, state);
    }
  },
  evolve: evolveTender,
};

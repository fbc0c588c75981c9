import { TenderEvent } from '@mutualis/shared/contracts';
import { Decider } from '@mutualis/shared/event-sourcing';
import { awardLot, closeLotWithoutAward, sendRejectionNotices, signContract, transferAward } from './award';
import { declareCandidatureInadmissible, requestAwardDocuments } from './award-documents';
import { openBids, submitBid, withdrawBid } from './bids';
import { chooseProcedure } from './choose-procedure';
import { amendNotice, answerQuestion, askQuestion, extendDeadline } from './consultation';
import { createTender } from './create-tender';
import {
  assessExplanation,
  findIrregular,
  regulariseBid,
  rejectBid,
  requestExplanation,
  requestRegularisation,
  scoreBid,
} from './evaluation';
import { publishTender, setCriteria } from './publish-tender';
import { drawTie } from './award';
import { recordAwardNotice } from './award-notice';
import { inviteToTender, submitCandidature } from './selection';
import { TenderCommand } from './tender.commands';
import { evolveTender, INITIAL_TENDER_STATE, TenderState } from './tender.state';

/** A tender run by a consortium's coordinator, stream `tender-<uuid>`: from creation to signature. */
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
      case 'SubmitCandidature':
        return submitCandidature(command, state);
      case 'InviteToTender':
        return inviteToTender(command, state);
      case 'SubmitBid':
        return submitBid(command, state);
      case 'WithdrawBid':
        return withdrawBid(command, state);
      case 'OpenBids':
        return openBids(command, state);
      case 'ScoreBid':
        return scoreBid(command, state);
      case 'RequestExplanation':
        return requestExplanation(command, state);
      case 'AssessExplanation':
        return assessExplanation(command, state);
      case 'FindIrregular':
        return findIrregular(command, state);
      case 'RequestRegularisation':
        return requestRegularisation(command, state);
      case 'RegulariseBid':
        return regulariseBid(command, state);
      case 'RejectBid':
        return rejectBid(command, state);
      case 'RecordTieDrawing':
        return drawTie(command, state);
      case 'RequestAwardDocuments':
        return requestAwardDocuments(command, state);
      case 'DeclareCandidatureInadmissible':
        return declareCandidatureInadmissible(command, state);
      case 'AwardLot':
        return awardLot(command, state);
      case 'SendRejectionNotices':
        return sendRejectionNotices(command, state);
      case 'TransferAward':
        return transferAward(command, state);
      case 'SignContract':
        return signContract(command, state);
      case 'CloseLotWithoutAward':
        return closeLotWithoutAward(command, state);
      case 'RecordAwardNotice':
        return recordAwardNotice(command, state);
    }
  },
  evolve: evolveTender,
};

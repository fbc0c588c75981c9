import { Eligibility, TenderEvent } from '@mutualis/shared/contracts';
import { AmendNotice, AnswerQuestion, AskQuestion, ExtendDeadline } from './tender.commands';
import { refuse } from './tender-refusal';
import { TenderState } from './tender.state';

/** The consultation while it is open: questions answered to all candidates, deadline extended, notice corrected. */
export function askQuestion(command: AskQuestion, state: TenderState): TenderEvent[] {
  requireOpenForCandidates(state, command.now);
  if (command.lot !== null && !state.created!.lots.some((lot) => lot.number === command.lot)) {
    throw refuse(`the tender has no lot ${command.lot}`, {
      rule: 'unknown-lot',
      values: { lot: command.lot },
    });
  }
  const { questionId, lot, text } = command;
  return [{ type: 'tender.QuestionAsked', data: { questionId, lot, text } }];
}

/** The answer is published to every candidate, never to the asker alone (equal treatment). */
export function answerQuestion(command: AnswerQuestion, state: TenderState): TenderEvent[] {
  const question = state.questions[command.questionId];
  if (!question) throw refuse('no such question', { rule: 'unknown-question' });
  if (question.answer !== null)
    throw refuse('this question is already answered', { rule: 'question-already-answered' });
  if (state.opened) throw refuse('the bids are opened: the consultation is over', { rule: 'bids-opened' });
  return [
    { type: 'tender.AnswerPublished', data: { questionId: command.questionId, answer: command.answer } },
  ];
}

/** Postpones the deadline while it has not passed; it never moves earlier. */
export function extendDeadline(command: ExtendDeadline, state: TenderState): TenderEvent[] {
  const deadlineAt = requireOpenForCandidates(state, command.now);
  if (Date.parse(command.deadlineAt) <= Date.parse(deadlineAt)) {
    throw refuse('a new deadline comes after the current one', {
      rule: 'deadline-not-later',
      values: { current: deadlineAt, requested: command.deadlineAt },
    });
  }
  if (command.reason.trim().length === 0)
    throw refuse('state why the deadline moves', { rule: 'reason-required' });
  return [
    {
      type: 'tender.DeadlineExtended',
      data: { deadlineAt: command.deadlineAt, reason: command.reason.trim() },
    },
  ];
}

/** A correction of the notice, published as an amendment while candidates may still answer. */
export function amendNotice(command: AmendNotice, state: TenderState): TenderEvent[] {
  requireOpenForCandidates(state, command.now);
  const { amendmentId, sentOn, summary } = command;
  return [{ type: 'tender.NoticeAmended', data: { amendmentId, sentOn, summary } }];
}

/** The deadline in force, when the notice is out and it has not passed at `now`. */
export function requireOpenForCandidates(state: TenderState, now: string): string {
  if (!state.published || !state.deadlineAt) {
    throw refuse('the notice is not sent yet', { rule: 'tender-not-published' });
  }
  if (Date.parse(now) >= Date.parse(state.deadlineAt)) {
    throw refuse(`the deadline passed at ${state.deadlineAt}`, {
      rule: 'deadline-passed',
      values: { deadlineAt: state.deadlineAt, now },
    });
  }
  return state.deadlineAt;
}

/** Refuses a supplier that may not bid on the date its eligibility was judged on, with the reasons and articles. */
export function requireEligible(eligibility: Eligibility, supplierSiret: string): void {
  if (eligibility.mayBid) return;
  const blocking = eligibility.reasons.filter((reason) => reason.blocks.includes('bid'));
  throw refuse(
    `${supplierSiret} may not bid on ${eligibility.on}: ${blocking.map((reason) => reason.detail).join('; ')}`,
    {
      rule: 'supplier-not-eligible',
      legalReference: blocking[0]?.legalReference ?? 'L2141-1',
      values: { siret: supplierSiret, on: eligibility.on, reasons: blocking.map((reason) => reason.code) },
    },
  );
}

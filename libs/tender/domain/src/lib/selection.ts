import { checkDeadline, parisDate, TimeLimitProcedure } from '@mutualis/procurement-rules';
import { TenderEvent, TenderProcedure } from '@mutualis/shared/contracts';
import { requireEligible, requireOpenForCandidates } from './consultation';
import { InviteToTender, SubmitCandidature } from './tender.commands';
import { refuse, refuseBreaches } from './tender-refusal';
import { TenderState } from './tender.state';

/** The procedures in two stages: candidatures first, then offers from the candidates selected and invited. */
const OFFERS_TIME_LIMIT: Partial<Record<TenderProcedure, TimeLimitProcedure>> = {
  restricted: 'restricted-offers',
  negotiated: 'negotiated-offers',
  // The competitive dialogue sets no minimum for the final offers: the restricted procedure's limits are applied.
  'competitive-dialogue': 'restricted-offers',
};

/** Whether the tender's procedure selects candidates before inviting them to tender. */
export function inTwoStages(state: TenderState): boolean {
  return state.procedure !== null && OFFERS_TIME_LIMIT[state.procedure.procedure] !== undefined;
}

/**
 * A candidature to a two-stage procedure, before the candidatures' deadline, from a supplier that is not excluded
 * (S3); its sworn declaration stands for the certificates, asked only of the intended awardee (R2143-3, R2144-4), and
 * the electronic DUME for the DC1 and DC2 forms (S4).
 */
export function submitCandidature(command: SubmitCandidature, state: TenderState): TenderEvent[] {
  if (!inTwoStages(state)) {
    throw refuse('this procedure takes offers directly, not candidatures', { rule: 'no-candidature-stage' });
  }
  if (state.invited)
    throw refuse('the candidates were already invited to tender', { rule: 'selection-done' });
  requireOpenForCandidates(state, command.now);
  const { candidatureId, supplierSiret, form, eligibility } = command;
  requireEligible(eligibility, supplierSiret);
  if (state.candidatures[supplierSiret]) {
    throw refuse('this supplier is already a candidate', { rule: 'candidature-exists' });
  }
  return [{ type: 'tender.CandidatureSubmitted', data: { candidatureId, supplierSiret, form } }];
}

/**
 * The invitation to tender, once the candidatures' deadline has passed, to candidates only, with an offers'
 * deadline that leaves the minimum time limit from the invitation (T6: 30 days, 25 electronic, 10 with a PIN or
 * urgency).
 */
export function inviteToTender(command: InviteToTender, state: TenderState): TenderEvent[] {
  const offersLimit = state.procedure ? OFFERS_TIME_LIMIT[state.procedure.procedure] : undefined;
  if (!offersLimit || !state.published || !state.deadlineAt) {
    throw refuse('only a published two-stage procedure invites candidates to tender', {
      rule: 'no-selection-stage',
    });
  }
  if (state.invited)
    throw refuse('the candidates were already invited to tender', { rule: 'selection-done' });
  if (Date.parse(command.now) < Date.parse(state.deadlineAt)) {
    throw refuse(`the candidatures are received until ${state.deadlineAt}`, {
      rule: 'deadline-not-passed',
      values: { deadlineAt: state.deadlineAt, now: command.now },
    });
  }
  const unknown = command.suppliers.filter((siret) => !state.candidatures[siret]);
  if (command.suppliers.length === 0 || unknown.length > 0) {
    throw refuse('only candidates may be invited to tender, at least one', {
      rule: 'not-a-candidate',
      legalReference: 'L2124-2',
      values: { suppliers: unknown },
    });
  }
  const { sentOn, offersDeadlineAt, electronic } = command;
  refuseBreaches([
    checkDeadline({
      procedure: offersLimit,
      electronic,
      pin: state.published.pin,
      urgency: state.published.urgency,
      noticeSentOn: sentOn,
      deadline: parisDate(offersDeadlineAt),
    }),
  ]);
  const suppliers = [...new Set(command.suppliers)].sort();
  return [{ type: 'tender.CandidatesInvited', data: { suppliers, sentOn, offersDeadlineAt, electronic } }];
}

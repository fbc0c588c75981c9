import {
  checkCriteria,
  checkDeadline,
  checkSmallLots,
  checkTurnoverRequirement,
  parisDate,
  RuleBreach,
  TimeLimitProcedure,
} from '@mutualis/procurement-rules';
import {
  launchReadiness,
  MembershipFacts,
  signedBeforeLaunch,
  TenderCreated,
  TenderEvent,
  TenderLot,
  TenderProcedure,
  tenderRegime,
} from '@mutualis/shared/contracts';
import { lawfulProcedure, requireCreated } from './choose-procedure';
import { PublishTender, SetCriteria } from './tender.commands';
import { refuse, refuseBreaches } from './tender-refusal';
import { TenderState } from './tender.state';

/** The time limit that applies to the first deadline of each procedure (candidatures for two-stage procedures). */
const FIRST_DEADLINE: Record<TenderProcedure, TimeLimitProcedure | null> = {
  open: 'open',
  restricted: 'restricted-candidatures',
  negotiated: 'restricted-candidatures',
  'competitive-dialogue': 'restricted-candidatures',
  mapa: 'mapa',
  dispense: null,
};

/** Sets a lot's award criteria; they are checked against the law in force when the notice is sent (T10). */
export function setCriteria(command: SetCriteria, state: TenderState): TenderEvent[] {
  const created = requireCreated(state);
  if (state.published)
    throw refuse('criteria cannot change once the notice is sent', { rule: 'tender-published' });
  if (!created.lots.some((lot) => lot.number === command.lot)) {
    throw refuse(`the tender has no lot ${command.lot}`, {
      rule: 'unknown-lot',
      values: { lot: command.lot },
    });
  }
  return [{ type: 'tender.CriteriaSet', data: { lot: command.lot, criteria: command.criteria } }];
}

/**
 * Sends the notice: the launch. Everything is checked under the rules in force on that date — procedure and
 * publicity (T2–T5, T7), small lots (T4), the offers' deadline against the minimum time limit (T6), each lot's
 * criteria (T10) and the turnover required (T11) — so replaying the history later gives the same answer.
 */
export function publishTender(command: PublishTender, state: TenderState): TenderEvent[] {
  const created = requireCreated(state);
  if (!state.procedure)
    throw refuse('choose the procedure before sending the notice', { rule: 'procedure-not-chosen' });
  if (state.published) throw refuse('the notice is already sent', { rule: 'tender-published' });
  const { noticeSentOn, deadlineAt, electronic, pin, urgency } = command;
  const { procedure, negotiationGround } = state.procedure;
  const decision = lawfulProcedure(created, procedure, negotiationGround, noticeSentOn);
  // A formalised procedure chosen below the threshold binds the buyer to its rules all the same.
  const kind = tenderRegime(procedure, decision.procedure);
  const deadlineOn = parisDate(deadlineAt);
  if (deadlineOn <= noticeSentOn) {
    throw refuse('the deadline must come after the notice is sent', {
      rule: 'deadline-before-notice',
      values: { noticeSentOn, deadlineAt },
    });
  }
  requireMembersAtLaunch(created.beneficiaries, command.membership, noticeSentOn);
  const timeLimit = FIRST_DEADLINE[procedure];
  const missingCriteria = created.lots.filter((lot) => !state.criteria[lot.number]).map((lot) => lot.number);
  if (procedure !== 'dispense' && missingCriteria.length > 0) {
    throw refuse('every lot needs its award criteria before the notice is sent', {
      rule: 'criteria-missing',
      legalReference: 'R2152-7',
      values: { lots: missingCriteria },
    });
  }
  refuseBreaches([
    ...(kind === 'formalised'
      ? checkSmallLots({
          nature: created.nature,
          buyer: created.buyer,
          launchedOn: noticeSentOn,
          lots: created.lots.map((lot) => ({
            lot: lot.number,
            estimatedCents: lot.estimatedCents,
            mapa: lot.smallLotMapa,
          })),
        })
      : []),
    timeLimit
      ? checkDeadline({ procedure: timeLimit, electronic, pin, urgency, noticeSentOn, deadline: deadlineOn })
      : null,
    ...created.lots.flatMap((lot) =>
      procedure === 'dispense'
        ? []
        : checkCriteria({
            procedure: kind,
            launchedOn: noticeSentOn,
            criteria: state.criteria[lot.number] ?? [],
          }),
    ),
    ...turnoverBreaches(created, noticeSentOn),
  ]);
  return [
    {
      type: 'tender.TenderPublished',
      data: {
        object: created.object,
        noticeSentOn,
        deadlineAt,
        electronic,
        pin,
        urgency,
        publicity: decision.publicity,
        required: decision.procedure,
        thresholdTable: decision.table,
        regime: kind,
      },
    },
  ];
}

/**
 * T11 (R2142-7, R2142-8): the minimum turnover required of a lot's candidates is capped by that lot's own value — a
 * candidate may answer one lot alone — never by the smallest lot for all. A lot states its own requirement or takes
 * the tender's.
 */
function turnoverBreaches(created: TenderCreated, launchedOn: string): (RuleBreach | null)[] {
  return created.lots.map((lot) => {
    const requiredTurnoverCents = lotTurnoverRequirement(created, lot);
    if (requiredTurnoverCents === null) return null;
    const breach = checkTurnoverRequirement({
      launchedOn,
      requiredTurnoverCents,
      estimatedCents: lot.estimatedCents,
    });
    return (
      breach && {
        ...breach,
        message: `lot ${lot.number}: ${breach.message}`,
        legalReference: 'R2142-7, R2142-8',
        values: { lot: lot.number, ...breach.values },
      }
    );
  });
}

/** The minimum turnover required of a lot's candidates: its own, else the tender's; null when none is. */
export function lotTurnoverRequirement(created: TenderCreated, lot: TenderLot): number | null {
  return lot.turnoverRequirementCents !== undefined
    ? lot.turnoverRequirementCents
    : created.turnoverRequirementCents;
}

/**
 * M1: the convention is in force and signed by the members strictly before the launch date; M3: every beneficiary
 * signed before it and is a member then, since only members at the launch benefit from the procedure and its
 * contracts (a signature given on the launch day is too late).
 */
function requireMembersAtLaunch(
  beneficiaries: string[],
  membership: MembershipFacts,
  launchedOn: string,
): void {
  const [reason] = launchReadiness(membership, launchedOn).reasons;
  if (reason) {
    throw refuse(`the procedure cannot be launched on ${launchedOn}: ${reason.detail}`, {
      rule: reason.rule,
      legalReference: reason.legalReference,
      values: { launchedOn },
    });
  }
  const strangers = beneficiaries.filter((siret) => !signedBeforeLaunch(membership, siret, launchedOn));
  if (strangers.length > 0) {
    throw refuse(
      'only members who signed the convention before the launch date may benefit from the procedure',
      {
        rule: 'beneficiary-not-member',
        legalReference: 'RM JO AN 17/05/2011 q.100136',
        values: { sirets: strangers, launchedOn },
      },
    );
  }
}

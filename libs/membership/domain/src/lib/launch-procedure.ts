import { ConsortiumEvent, launchReadiness, membersOn } from '@mutualis/shared/contracts';
import { RecordProcedureLaunch } from './consortium.commands';
import { requireFormed } from './form-consortium';
import { refuse } from './membership-refusal';
import { ConsortiumState } from './consortium.state';

/**
 * Records the launch of a procedure for the consortium: allowed only under M1, and its beneficiaries are the members
 * on the launch date, so that a member joining later is never a beneficiary of it (M3).
 */
export function recordProcedureLaunch(
  command: RecordProcedureLaunch,
  state: ConsortiumState,
): ConsortiumEvent[] {
  const formed = requireFormed(state);
  const { procedureId, launchedOn, object } = command;
  if (state.facts.launches.some((launch) => launch.procedureId === procedureId)) return [];
  const readiness = launchReadiness(state.facts, launchedOn);
  const [reason] = readiness.reasons;
  if (reason) {
    throw refuse(`the procedure cannot be launched on ${launchedOn}: ${reason.detail}`, {
      rule: reason.rule,
      legalReference: reason.legalReference,
      values: { launchedOn },
    });
  }
  return [
    {
      type: 'membership.ProcedureLaunched',
      data: {
        procedureId,
        launchedOn,
        object,
        beneficiaries: membersOn(state.facts, launchedOn),
        entrustedOperations: formed.convention.entrustedOperations,
      },
    },
  ];
}

import { ConsortiumEvent, launchReadiness, membersAtLaunch } from '@mutualis/shared/contracts';
import { RecordProcedureLaunch } from './consortium.commands';
import { requireFormed } from './form-consortium';
import { refuse } from './membership-refusal';
import { ConsortiumState } from './consortium.state';

/**
 * Records the launch of a procedure for the consortium: allowed only under M1 (convention in force and signed by
 * every member strictly before the launch date). Its beneficiaries — the mandating members jointly liable for the
 * operations entrusted to the coordinator (M5) — are those the procedure names (the tender's, whose needs it
 * covers), each having signed before the launch; when none are named, every member who signed before it. A member
 * joining later is never a beneficiary of it (M3).
 */
export function recordProcedureLaunch(
  command: RecordProcedureLaunch,
  state: ConsortiumState,
): ConsortiumEvent[] {
  const formed = requireFormed(state);
  const { procedureId, launchedOn, object } = command;
  if (state.facts.launches.some((launch) => launch.procedureId === procedureId)) return [];
  const named = command.beneficiaries ? [...new Set(command.beneficiaries)].sort() : undefined;
  if (named?.length === 0) {
    throw refuse('a procedure covers the needs of at least one member', {
      rule: 'no-beneficiaries',
      legalReference: 'L2113-7',
    });
  }
  const readiness = launchReadiness(state.facts, launchedOn, named);
  const [reason] = readiness.reasons;
  if (reason) {
    throw refuse(`the procedure cannot be launched on ${launchedOn}: ${reason.detail}`, {
      rule: reason.rule,
      legalReference: reason.legalReference,
      values: { launchedOn, ...(named ? { beneficiaries: named } : {}) },
    });
  }
  return [
    {
      type: 'membership.ProcedureLaunched',
      data: {
        procedureId,
        launchedOn,
        object,
        beneficiaries: named ?? membersAtLaunch(state.facts, launchedOn),
        entrustedOperations: formed.convention.entrustedOperations,
      },
    },
  ];
}

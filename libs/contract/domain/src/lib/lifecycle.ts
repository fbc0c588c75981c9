import { checkRenewal } from '@mutualis/procurement-rules';
import { ContractEvent } from '@mutualis/shared/contracts';
import {
  EndContract,
  RenewContract,
  ResumeContract,
  SuspendContract,
  TerminateContract,
} from './contract.commands';
import { refuse, refuseBreaches } from './contract-refusal';
import { ContractState } from './contract.state';
import { requireNotified, requireOnOrAfter, requireStatus } from './guards';
import { extendTerm } from './term';

/**
 * A reconduction (C9): only those announced with the total duration, one term more each time, decided before the
 * term in force ends. Tacit unless the contract says otherwise, and the holder cannot refuse it.
 */
export function renewContract(command: RenewContract, state: ContractState): ContractEvent[] {
  const { notified } = requireNotified(state);
  requireStatus(state, ['running'], 'renewed');
  refuseBreaches([checkRenewal({ terms: notified.renewals, renewalsSoFar: state.renewals })]);
  const endsOn = state.endsOn ?? notified.endsOn;
  requireOnOrAfter(command.renewedOn, notified.notifiedOn, 'The reconduction');
  if (command.renewedOn > endsOn) {
    throw refuse(`The contract ended on ${endsOn}: a reconduction is decided before the term passes.`, {
      rule: 'contract-term-passed',
      legalReference: 'R2112-4',
      values: { renewedOn: command.renewedOn, endsOn },
    });
  }
  const monthsEach = notified.renewals?.monthsEach ?? 0;
  return [
    {
      type: 'contract.ContractRenewed',
      data: {
        renewal: state.renewals + 1,
        renewedOn: command.renewedOn,
        endsOn: extendTerm(endsOn, monthsEach),
      },
    },
  ];
}

export function suspendContract(command: SuspendContract, state: ContractState): ContractEvent[] {
  const { notified } = requireNotified(state);
  requireStatus(state, ['running'], 'suspended');
  requireOnOrAfter(command.suspendedOn, notified.notifiedOn, 'The suspension');
  return [
    {
      type: 'contract.ContractSuspended',
      data: { suspendedOn: command.suspendedOn, reason: command.reason },
    },
  ];
}

export function resumeContract(command: ResumeContract, state: ContractState): ContractEvent[] {
  const { notified } = requireNotified(state);
  requireStatus(state, ['suspended'], 'resumed');
  requireOnOrAfter(command.resumedOn, notified.notifiedOn, 'The resumption');
  return [{ type: 'contract.ContractResumed', data: { resumedOn: command.resumedOn } }];
}

/** A résiliation: for the holder's fault, in the general interest (the holder is indemnified), or as agreed. */
export function terminateContract(command: TerminateContract, state: ContractState): ContractEvent[] {
  const { notified } = requireNotified(state);
  requireStatus(state, ['running', 'suspended'], 'terminated');
  requireOnOrAfter(command.terminatedOn, notified.notifiedOn, 'The termination');
  const { terminatedOn, ground, reason } = command;
  return [{ type: 'contract.ContractTerminated', data: { terminatedOn, ground, reason } }];
}

/** The end of the contract once its term (after avenants and reconductions) has passed, not before. */
export function endContract(command: EndContract, state: ContractState): ContractEvent[] {
  const { notified } = requireNotified(state);
  requireStatus(state, ['running', 'suspended'], 'ended');
  const endsOn = state.endsOn ?? notified.endsOn;
  if (command.endedOn <= endsOn) {
    throw refuse(`The contract runs until ${endsOn}.`, {
      rule: 'contract-term-not-reached',
      values: { endedOn: command.endedOn, endsOn },
    });
  }
  return [{ type: 'contract.ContractEnded', data: { endedOn: command.endedOn, reason: 'term-reached' } }];
}

import { addDays, checkRenewal } from '@mutualis/procurement-rules';
import { ContractEvent } from '@mutualis/shared/contracts';
import {
  DeclineRenewal,
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
 * A reconduction (C9, R2112-4): only those the tender announced with the total duration, one term more each time, and
 * none once the buyer decided not to reconduct. An express one is the buyer's decision, taken before the term in force
 * ends; a tacit one is no decision: it takes effect at the term, the day after it, and is recorded from then on. The
 * holder cannot refuse either.
 */
export function renewContract(command: RenewContract, state: ContractState): ContractEvent[] {
  const { notified } = requireNotified(state);
  requireStatus(state, ['running'], 'renewed');
  refuseBreaches([checkRenewal({ terms: notified.renewals, renewalsSoFar: state.renewals })]);
  const endsOn = state.endsOn ?? notified.endsOn;
  requireOnOrAfter(command.renewedOn, notified.notifiedOn, 'The reconduction');
  if (state.renewalDeclined) {
    throw refuse(`The buyer decided not to reconduct the contract: it ends on ${endsOn}.`, {
      rule: 'renewal-declined',
      legalReference: 'R2112-4',
      values: { endsOn },
    });
  }
  const { monthsEach, tacit } = notified.renewals!;
  const renewed = (renewedOn: string): ContractEvent[] => [
    {
      type: 'contract.ContractRenewed',
      data: { renewal: state.renewals + 1, renewedOn, endsOn: extendTerm(endsOn, monthsEach) },
    },
  ];
  const atTheTerm = addDays(endsOn, 1);
  if (tacit) {
    if (command.renewedOn < atTheTerm) {
      throw refuse(
        `A tacit reconduction takes effect at the term, on ${atTheTerm}, unless the buyer decides before it not to ` +
          'reconduct: there is nothing to decide before then.',
        {
          rule: 'tacit-renewal-before-term',
          legalReference: 'R2112-4',
          values: { renewedOn: command.renewedOn, endsOn },
        },
      );
    }
    return renewed(atTheTerm);
  }
  if (command.renewedOn > endsOn) {
    throw refuse(`The contract ended on ${endsOn}: a reconduction is decided before the term passes.`, {
      rule: 'contract-term-passed',
      legalReference: 'R2112-4',
      values: { renewedOn: command.renewedOn, endsOn },
    });
  }
  return renewed(command.renewedOn);
}

/**
 * The buyer's decision not to reconduct (C9, R2112-4), taken before the term in force passes (its last day included):
 * the next reconduction announced then does not happen, tacit or express, and the contract ends at its term.
 */
export function declineRenewal(command: DeclineRenewal, state: ContractState): ContractEvent[] {
  const { notified } = requireNotified(state);
  requireStatus(state, ['running', 'suspended'], 'kept from its reconduction');
  refuseBreaches([checkRenewal({ terms: notified.renewals, renewalsSoFar: state.renewals })]);
  if (state.renewalDeclined) {
    throw refuse('The buyer already decided not to reconduct the contract.', {
      rule: 'renewal-already-declined',
      legalReference: 'R2112-4',
    });
  }
  requireOnOrAfter(command.declinedOn, notified.notifiedOn, 'The decision not to reconduct');
  const endsOn = state.endsOn ?? notified.endsOn;
  if (command.declinedOn > endsOn) {
    throw refuse(
      `The term passed on ${endsOn}: a decision not to reconduct is taken before it` +
        (notified.renewals!.tacit ? ', and the contract was reconducted tacitly.' : '.'),
      {
        rule: 'contract-term-passed',
        legalReference: 'R2112-4',
        values: { declinedOn: command.declinedOn, endsOn },
      },
    );
  }
  return [
    {
      type: 'contract.RenewalDeclined',
      data: { renewal: state.renewals + 1, declinedOn: command.declinedOn, endsOn, reason: command.reason },
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
  // C9: at the term, a tacit reconduction still announced happens unless the buyer declined it before.
  const terms = notified.renewals;
  const renewalLeft = checkRenewal({ terms, renewalsSoFar: state.renewals }) === null;
  if (terms?.tacit && renewalLeft && !state.renewalDeclined) {
    throw refuse(
      `The contract was reconducted tacitly at its term (${endsOn}), the buyer not having decided otherwise before ` +
        'it: record the reconduction.',
      {
        rule: 'contract-tacitly-renewed',
        legalReference: 'R2112-4',
        values: { endsOn, renewal: state.renewals + 1 },
      },
    );
  }
  return [{ type: 'contract.ContractEnded', data: { endedOn: command.endedOn, reason: 'term-reached' } }];
}

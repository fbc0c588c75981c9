import { ContractNotified, ContractOpened } from '@mutualis/shared/contracts';
import { refuse } from './contract-refusal';
import { ContractState, ContractStatus } from './contract.state';

/** The contract's award, or a refusal. */
export function requireOpened(state: ContractState): ContractOpened {
  if (!state.opened) throw refuse('No such contract.', { rule: 'contract-unknown' });
  return state.opened;
}

/** The contract's award and notification, or a refusal: execution starts at the notification (R2182-4). */
export function requireNotified(state: ContractState): {
  opened: ContractOpened;
  notified: ContractNotified;
} {
  const opened = requireOpened(state);
  const { notified } = state;
  if (!notified) {
    throw refuse('The contract has not been notified: its execution has not started.', {
      rule: 'contract-not-notified',
      legalReference: 'R2182-4',
    });
  }
  return { opened, notified };
}

/** Refuses unless the contract is in one of the statuses the command needs. */
export function requireStatus(state: ContractState, allowed: ContractStatus[], doing: string): void {
  if (!allowed.includes(state.status)) {
    throw refuse(`A contract that is ${state.status} cannot be ${doing}.`, {
      rule: 'contract-status',
      values: { status: state.status, allowed },
    });
  }
}

/** Refuses a date before another one the contract already recorded. */
export function requireOnOrAfter(date: string, earliest: string, what: string): void {
  if (date < earliest) {
    throw refuse(`${what} (${date}) cannot come before ${earliest}.`, {
      rule: 'date-out-of-order',
      values: { date, earliest },
    });
  }
}

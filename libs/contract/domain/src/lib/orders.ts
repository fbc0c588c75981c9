import { ContractEvent, isMemberOn } from '@mutualis/shared/contracts';
import { PlaceOrder } from './contract.commands';
import { refuse } from './contract-refusal';
import { ContractState } from './contract.state';
import { requireNotified, requireOnOrAfter, requireStatus } from './guards';

/**
 * A bon de commande under an accord-cadre: placed by a beneficiary of the procedure (M3) that is still a member on
 * the day (M4), within the term, never beyond the maximum (R2162-4). The order that reaches the maximum exactly
 * is accepted and exhausts the accord-cadre.
 */
export function placeOrder(command: PlaceOrder, state: ContractState): ContractEvent[] {
  const { opened, notified } = requireNotified(state);
  requireStatus(state, ['running'], 'ordered from');
  if (opened.kind !== 'framework-agreement') {
    throw refuse('Bons de commande are placed under an accord-cadre only; this is a marché.', {
      rule: 'orders-need-framework-agreement',
      legalReference: 'R2162-2',
    });
  }
  if (state.orders[command.orderId]) {
    throw refuse('This order was already placed.', {
      rule: 'order-exists',
      values: { orderId: command.orderId },
    });
  }
  requireOnOrAfter(command.placedOn, notified.notifiedOn, 'The order');
  if (state.endsOn !== null && command.placedOn > state.endsOn) {
    throw refuse(`The accord-cadre ended on ${state.endsOn}.`, {
      rule: 'contract-term-passed',
      legalReference: 'R2162-4',
      values: { placedOn: command.placedOn, endsOn: state.endsOn },
    });
  }
  if (!opened.beneficiaries.includes(command.memberSiret)) {
    throw refuse(
      'This authority is not a beneficiary of the procedure: only the members at its launch may order under it.',
      { rule: 'not-a-beneficiary', legalReference: 'L2113-7', values: { memberSiret: command.memberSiret } },
    );
  }
  if (!isMemberOn(command.membership, command.memberSiret, command.placedOn)) {
    throw refuse('This authority has left the consortium: its withdrawal has taken effect.', {
      rule: 'member-withdrawn',
      legalReference: 'L2113-7',
      values: { memberSiret: command.memberSiret, placedOn: command.placedOn },
    });
  }
  const orderedTotalCents = state.orderedCents + command.amountCents;
  if (orderedTotalCents > state.amountCents) {
    throw refuse(
      `The order would bring the accord-cadre to ${orderedTotalCents} cents, beyond its maximum of ${state.amountCents}.`,
      {
        rule: 'framework-maximum-exceeded',
        legalReference: 'R2162-4',
        values: {
          maximumCents: state.amountCents,
          orderedCents: state.orderedCents,
          amountCents: command.amountCents,
          remainingCents: state.amountCents - state.orderedCents,
        },
      },
    );
  }
  const placed: ContractEvent = {
    type: 'contract.OrderPlaced',
    data: {
      orderId: command.orderId,
      memberSiret: command.memberSiret,
      placedOn: command.placedOn,
      amountCents: command.amountCents,
      description: command.description,
      orderedTotalCents,
    },
  };
  if (orderedTotalCents < state.amountCents) return [placed];
  return [
    placed,
    { type: 'contract.ContractEnded', data: { endedOn: command.placedOn, reason: 'maximum-reached' } },
  ];
}

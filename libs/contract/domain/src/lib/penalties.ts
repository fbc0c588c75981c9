import { checkPenaltyApplication, delayPenaltyCents, penaltiesDue } from '@mutualis/procurement-rules';
import { ContractEvent } from '@mutualis/shared/contracts';
import { ApplyPenalty, InvitePenaltyObservations } from './contract.commands';
import { refuse, refuseBreaches } from './contract-refusal';
import { ContractState } from './contract.state';
import { requireNotified, requireOnOrAfter } from './guards';

/**
 * A delay penalty, computed with the CCAG's formula (C7), is first put to the holder, who has 15 days to answer
 * in writing; works contracts take the contract amount as the formula's value. Under an accord-cadre executed by
 * bons de commande the penalty is for one late order, which is then the base of the 10 % cap (and, under the CCAG
 * Travaux, the formula's value).
 */
export function invitePenaltyObservations(
  command: InvitePenaltyObservations,
  state: ContractState,
): ContractEvent[] {
  const { notified } = requireNotified(state);
  if (state.penalties[command.penaltyId])
    throw refuse('This penalty already exists.', { rule: 'penalty-exists' });
  requireOnOrAfter(command.invitedOn, notified.notifiedOn, 'The invitation');
  if (notified.ccag === 'none') {
    throw refuse('The contract refers to no CCAG: its own penalty clause is not modelled.', {
      rule: 'penalty-formula-unknown',
    });
  }
  const order = lateOrder(command, state);
  const valueCents =
    notified.ccag === 'Travaux' ? (order?.amountCents ?? state.amountCents) : command.valueCents;
  const data = {
    penaltyId: command.penaltyId,
    invitedOn: command.invitedOn,
    daysLate: command.daysLate,
    valueCents,
    penaltyCents: delayPenaltyCents({
      ccag: notified.ccag,
      valueCentsHT: valueCents,
      daysLate: command.daysLate,
    }),
    reason: command.reason,
  };
  if (!order) return [{ type: 'contract.PenaltyObservationsInvited', data }];
  return [{ type: 'contract.OrderPenaltyObservationsInvited', data: { ...data, orderId: order.orderId } }];
}

/** The late bon de commande of an accord-cadre's penalty (required there), none for a marché. */
function lateOrder(command: InvitePenaltyObservations, state: ContractState) {
  if (state.opened?.kind !== 'framework-agreement') {
    if (command.orderId !== null) {
      throw refuse('A marché has no bons de commande: its penalties are reckoned on its amount.', {
        rule: 'orders-need-framework-agreement',
        legalReference: 'R2162-2',
        values: { orderId: command.orderId },
      });
    }
    return undefined;
  }
  const order = command.orderId === null ? undefined : state.orders[command.orderId];
  if (!order) {
    throw refuse(
      'A penalty under an accord-cadre executed by bons de commande is for one late order: its 10 % cap is reckoned on that order.',
      { rule: 'penalty-order-unknown', legalReference: 'CCAG 2021', values: { orderId: command.orderId } },
    );
  }
  return order;
}

/**
 * Applies a penalty once the observation period has run (or the holder has answered): nothing is due while the
 * contract's total does not exceed 1 000 € HT; above it, the penalties are capped at 10 % of the amount HT of the
 * marché or of each late bon de commande, unless the contract derogates from its CCAG (C7).
 */
export function applyPenalty(command: ApplyPenalty, state: ContractState): ContractEvent[] {
  const { notified } = requireNotified(state);
  const penalty = state.penalties[command.penaltyId];
  if (!penalty) throw refuse('No such penalty.', { rule: 'penalty-unknown' });
  if (penalty.appliedOn !== null)
    throw refuse('This penalty was already applied.', { rule: 'penalty-applied' });
  refuseBreaches([
    checkPenaltyApplication({
      invitedOn: penalty.invited.invitedOn,
      appliedOn: command.appliedOn,
      observationsReceivedOn: command.observationsReceivedOn,
    }),
  ]);
  const { penaltyCents } = penalty.invited;
  const applied = [...state.appliedPenalties, { orderId: penalty.orderId, penaltyCents }];
  const byOrder = new Map<string, number[]>();
  for (const { orderId, penaltyCents: cents } of applied) {
    if (orderId !== null) byOrder.set(orderId, [...(byOrder.get(orderId) ?? []), cents]);
  }
  const due = penaltiesDue({
    ccag: notified.ccag,
    derogation: notified.penaltyDerogation,
    contractAmountCentsHT: state.amountCents,
    penaltiesCents: applied.filter(({ orderId }) => orderId === null).map(({ penaltyCents: cents }) => cents),
    orders: [...byOrder].map(([orderId, penaltiesCents]) => ({
      orderAmountCentsHT: state.orders[orderId]!.amountCents,
      penaltiesCents,
    })),
  });
  return [
    {
      type: 'contract.PenaltyApplied',
      data: {
        penaltyId: command.penaltyId,
        appliedOn: command.appliedOn,
        penaltyCents,
        totalDueCents: due.dueCents,
      },
    },
  ];
}

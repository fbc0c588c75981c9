import {
  checkDirectPayment,
  checkPaymentInterruption,
  checkVigilance,
  daysBetween,
  DIRECT_PAYMENT_FLOOR_CENTS_TTC,
  latePaymentAfter,
  paymentDueAfterInterruption,
  paymentDueOn,
} from '@mutualis/procurement-rules';
import { ContractEvent, MembershipFacts, OrderPlaced, PayingBuyer } from '@mutualis/shared/contracts';
import {
  AcceptSubcontractor,
  CompletePaymentRequest,
  InterruptPaymentPeriod,
  PayInvoice,
  ReceiveInvoice,
} from './contract.commands';
import { refuse, refuseBreaches } from './contract-refusal';
import { ContractState } from './contract.state';
import { requireNotified, requireOnOrAfter, requireStatus } from './guards';

/** Invoices and payments go on after the term or a termination: what was done is paid. */
const SETTLING = ['running', 'suspended', 'ended', 'terminated'] as const;

/**
 * Who pays a bon de commande, for its délai global de paiement (C4): each member pays its own orders. A commune, an
 * EPCI, a département or a région is a collectivité or one of its EPs (R2192-10: 30 days), whatever the contract
 * states. The membership context publishes no other kind than `other`, so for such a member (a public hospital,
 * say) the category stated at the notification applies (R2192-11: 50 days for a public health establishment): see
 * ADR 0011.
 */
export function payingBuyerOf(
  order: OrderPlaced,
  membership: MembershipFacts,
  stated: PayingBuyer,
): PayingBuyer {
  const kind = membership.members[order.memberSiret]?.authority.kind;
  return kind === undefined || kind === 'other' ? stated : 'collectivite';
}

/**
 * A payment request: the délai global de paiement runs from its receipt (C4), the délai of the buyer that placed
 * the bon de commande under an accord-cadre, of the contract's paying buyer for a marché. Under an accord-cadre it
 * settles one bon de commande, never beyond it; a marché is never invoiced beyond its amount. A subcontractor is paid directly
 * only once accepted, from 600 € TTC, and not for work done before its acceptance (C8).
 */
export function receiveInvoice(command: ReceiveInvoice, state: ContractState): ContractEvent[] {
  const { opened, notified } = requireNotified(state);
  requireStatus(state, [...SETTLING], 'invoiced');
  if (state.invoices[command.invoiceId])
    throw refuse('This invoice was already received.', { rule: 'invoice-exists' });
  requireOnOrAfter(command.receivedOn, notified.notifiedOn, 'The invoice');
  if (command.amountCentsTTC < command.amountCents) {
    throw refuse('The amount TTC cannot be lower than the amount HT.', { rule: 'amount-ttc-below-ht' });
  }
  if (opened.kind === 'framework-agreement') {
    const order = command.orderId === null ? undefined : state.orders[command.orderId];
    if (!order) {
      throw refuse('An invoice under an accord-cadre settles one of its bons de commande.', {
        rule: 'order-unknown',
        values: { orderId: command.orderId },
      });
    }
    const invoicedOnOrder = Object.values(state.invoices)
      .filter(({ received }) => received.orderId === order.orderId)
      .reduce((sum, { received }) => sum + received.amountCents, 0);
    refuseBeyond(invoicedOnOrder + command.amountCents, order.amountCents, 'the bon de commande');
  } else {
    refuseBeyond(state.invoicedCents + command.amountCents, state.amountCents, 'the marché');
  }
  const order = command.orderId === null ? undefined : state.orders[command.orderId];
  const buyer = order ? payingBuyerOf(order, command.membership, notified.payingBuyer) : notified.payingBuyer;
  if (command.subcontractor) refuseDirectPayment(command, state, command.subcontractor.siret);
  return [
    {
      type: 'contract.InvoiceReceived',
      data: {
        invoiceId: command.invoiceId,
        receivedOn: command.receivedOn,
        amountCents: command.amountCents,
        amountCentsTTC: command.amountCentsTTC,
        orderId: command.orderId,
        subcontractorSiret: command.subcontractor?.siret ?? null,
        dueOn: paymentDueOn(command.receivedOn, buyer),
      },
    },
  ];
}

/** C8: a subcontractor is paid directly once accepted, from 600 € TTC, never beyond its subcontract. */
function refuseDirectPayment(command: ReceiveInvoice, state: ContractState, siret: string): void {
  const accepted = state.subcontractors[siret];
  refuseBreaches(
    checkDirectPayment({
      subcontractCentsTTC: accepted?.subcontractCentsTTC ?? 0,
      acceptedOn: accepted?.acceptedOn ?? null,
      workFrom: command.subcontractor!.workFrom,
    }),
  );
  const claimedCentsTTC = Object.values(state.invoices)
    .filter(({ received }) => received.subcontractorSiret === siret)
    .reduce((sum, { received }) => sum + received.amountCentsTTC, command.amountCentsTTC);
  if (accepted && claimedCentsTTC > accepted.subcontractCentsTTC) {
    throw refuse('The subcontractor’s payment requests would exceed its accepted subcontract.', {
      rule: 'subcontract-amount-exceeded',
      legalReference: 'R2193-10',
      values: { claimedCentsTTC, subcontractCentsTTC: accepted.subcontractCentsTTC },
    });
  }
}

function refuseBeyond(totalCents: number, limitCents: number, what: string): void {
  if (totalCents > limitCents) {
    throw refuse(`The invoices would reach ${totalCents} cents HT, beyond ${what} (${limitCents}).`, {
      rule: 'invoice-exceeds-amount',
      values: { invoicedCents: totalCents, limitCents },
    });
  }
}

/**
 * A payment: when late, it records the moratorium interest and the 40 € indemnity owed by law (C4), and the retenue
 * de garantie kept (C6). A holder without a valid attestation de vigilance (C10, D8222-5) is paid all the same for
 * the work done, since withholding the payment would run the délai global de paiement into intérêts moratoires: the
 * payment records the alert to the coordinator and the request of a new attestation to the holder.
 */
export function payInvoice(command: PayInvoice, state: ContractState): ContractEvent[] {
  const { notified } = requireNotified(state);
  const invoice = state.invoices[command.invoiceId];
  if (!invoice) throw refuse('No such invoice.', { rule: 'invoice-unknown' });
  if (invoice.paid) throw refuse('This invoice was already paid.', { rule: 'invoice-already-paid' });
  const { received } = invoice;
  requireOnOrAfter(command.paidOn, received.receivedOn, 'The payment');
  // While the délai is interrupted (R2192-27), it does not run: no interest is owed.
  const late = invoice.interrupted
    ? null
    : latePaymentAfter({
        amountCentsTTC: received.amountCentsTTC,
        dueOn: invoice.dueOn,
        paidOn: command.paidOn,
      });
  const paid: ContractEvent = {
    type: 'contract.InvoicePaid',
    data: {
      invoiceId: command.invoiceId,
      paidOn: command.paidOn,
      daysLate: late?.daysLate ?? 0,
      rateBasisPoints: late?.rateBasisPoints ?? 0,
      interestCents: late?.interestCents ?? 0,
      indemnityCents: late?.indemnityCents ?? 0,
      retainedCents: Math.floor((received.amountCentsTTC * notified.retentionPercent) / 100),
    },
  };
  // A subcontractor paid directly is not the holder whose attestation is asked for.
  const alert =
    received.subcontractorSiret === null
      ? checkVigilance({
          contractAmountCentsHT: state.amountCents,
          vigilanceValid: command.holderEligibility.mayBePaid,
          on: command.paidOn,
        })
      : null;
  if (!alert) return [paid];
  const { reasons } = command.holderEligibility;
  const blocking = reasons.filter((reason) => reason.blocks.includes('payment'));
  return [
    paid,
    {
      type: 'contract.VigilanceAttestationRequested',
      data: {
        requestedOn: command.paidOn,
        holderSiret: state.holderSiret!,
        invoiceId: command.invoiceId,
        reasons: (blocking.length > 0 ? blocking : reasons).map((reason) => reason.code),
        legalReference: alert.legalReference,
      },
    },
  ];
}

/**
 * R2192-27, R2192-28: the délai of a payment request lacking documents or mentions (or wrong ones) is interrupted
 * once, before it has run out, by notifying the holder of the reasons and of the documents to provide.
 */
export function interruptPaymentPeriod(
  command: InterruptPaymentPeriod,
  state: ContractState,
): ContractEvent[] {
  requireNotified(state);
  const invoice = state.invoices[command.invoiceId];
  if (!invoice) throw refuse('No such invoice.', { rule: 'invoice-unknown' });
  if (invoice.paid) throw refuse('This invoice was already paid.', { rule: 'invoice-already-paid' });
  requireOnOrAfter(command.interruptedOn, invoice.received.receivedOn, 'The interruption');
  refuseBreaches([
    checkPaymentInterruption({
      dueOn: invoice.dueOn,
      interruptedOn: command.interruptedOn,
      alreadyInterrupted: invoice.interruptedOn !== null,
    }),
  ]);
  return [
    {
      type: 'contract.PaymentPeriodInterrupted',
      data: {
        invoiceId: command.invoiceId,
        interruptedOn: command.interruptedOn,
        reason: command.reason,
        remainingDays: daysBetween(command.interruptedOn, invoice.dueOn),
      },
    },
  ];
}

/** R2192-29: the missing documents received, a new délai opens: 30 days, or the days left if more. */
export function completePaymentRequest(
  command: CompletePaymentRequest,
  state: ContractState,
): ContractEvent[] {
  requireNotified(state);
  const invoice = state.invoices[command.invoiceId];
  if (!invoice) throw refuse('No such invoice.', { rule: 'invoice-unknown' });
  if (!invoice.interrupted || invoice.interruptedOn === null) {
    throw refuse('The délai of this invoice is not interrupted.', {
      rule: 'payment-period-not-interrupted',
      legalReference: 'R2192-29',
    });
  }
  requireOnOrAfter(command.completedOn, invoice.interruptedOn, 'The receipt of the documents');
  const { dueOn } = paymentDueAfterInterruption({
    dueOn: invoice.dueOn,
    interruptedOn: invoice.interruptedOn,
    completedOn: command.completedOn,
  });
  return [
    {
      type: 'contract.PaymentPeriodResumed',
      data: { invoiceId: command.invoiceId, completedOn: command.completedOn, dueOn },
    },
  ];
}

/**
 * A subcontractor accepted and its payment terms agreed (acte spécial, R2193-3): paid directly from 600 € TTC (C8);
 * its amount HT, duration and price variation are the DECP's acte de sous-traitance.
 */
export function acceptSubcontractor(command: AcceptSubcontractor, state: ContractState): ContractEvent[] {
  const { notified } = requireNotified(state);
  requireStatus(state, ['running', 'suspended'], 'given a subcontractor');
  if (state.subcontractors[command.subcontractorSiret]) {
    throw refuse('This subcontractor was already accepted.', { rule: 'subcontractor-exists' });
  }
  requireOnOrAfter(command.acceptedOn, notified.notifiedOn, 'The acceptance');
  if (command.subcontractCentsHT > command.subcontractCentsTTC) {
    throw refuse('The amount TTC of the sous-traité cannot be lower than its amount HT.', {
      rule: 'amount-ttc-below-ht',
    });
  }
  const { subcontractCentsHT, durationMonths, priceVariation } = command;
  return [
    {
      type: 'contract.SubcontractorAccepted',
      data: {
        subcontractorSiret: command.subcontractorSiret,
        acceptedOn: command.acceptedOn,
        subcontractCentsTTC: command.subcontractCentsTTC,
        directPayment: command.subcontractCentsTTC >= DIRECT_PAYMENT_FLOOR_CENTS_TTC,
        subcontractCentsHT,
        durationMonths,
        priceVariation,
      },
    },
  ];
}

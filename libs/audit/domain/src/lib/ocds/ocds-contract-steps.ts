import {
  AmendmentSigned,
  ContractNotified,
  ContractOpened,
  ContractRenewed,
  ContractTerminated,
  EventEnvelope,
  InvoicePaid,
  InvoiceReceived,
  OrderPlaced,
} from '@mutualis/shared/contracts';
import { Json } from './ocds-merge';
import { OrganisationNames, parties, reference } from './ocds-parties';
import { instant, Procedure, Step, value } from './ocds-procedure';

/** A release of one contract's step: its fields, and the parties it names beside the contract. */
type ContractRelease = (fields: Record<string, Json>, tag: string, beside?: Record<string, Json>) => Step;

/** What the contract's execution makes public: its notification, avenants, renewals, payments and its end. */
export function contractStep(
  event: EventEnvelope,
  procedure: Procedure,
  names: OrganisationNames,
): Step | null {
  const contractId = event.streamId.replace(/^contract-/, '');
  const opened = procedure.contracts.get(contractId);
  if (!opened) return null;
  const contract: ContractRelease = (fields, tag, beside = {}) => ({
    tag,
    fields: {
      ...beside,
      contracts: [{ id: contractId, awardID: procedure.awards.get(opened.lot) ?? '', ...fields }],
    },
  });
  switch (event.type) {
    case 'contract.ContractNotified': {
      const notified = event.data as ContractNotified;
      return contract(
        {
          status: 'active',
          period: { startDate: instant(notified.notifiedOn), endDate: instant(notified.endsOn) },
        },
        'contractUpdate',
      );
    }
    case 'contract.AmendmentSigned': {
      const amendment = event.data as AmendmentSigned;
      return contract(
        {
          value: value(amendment.amountAfterCents),
          period: { endDate: instant(amendment.endsOn) },
          amendments: [
            {
              id: amendment.amendmentId,
              date: instant(amendment.signedOn),
              rationale: `Avenant (${amendment.ground})`,
              description: amendment.description,
            },
          ],
        },
        'contractAmendment',
      );
    }
    case 'contract.OrderPlaced': {
      const order = event.data as OrderPlaced;
      procedure.orders.set(order.orderId, order);
      return null;
    }
    case 'contract.InvoiceReceived': {
      const invoice = event.data as InvoiceReceived;
      procedure.invoices.set(invoice.invoiceId, invoice);
      return null;
    }
    case 'contract.ContractRenewed': {
      const renewed = event.data as ContractRenewed;
      return contract({ period: { endDate: instant(renewed.endsOn) } }, 'contractUpdate');
    }
    case 'contract.InvoicePaid':
      return payment(event, procedure, opened, names, contract);
    case 'contract.ContractTerminated': {
      const terminated = event.data as ContractTerminated;
      return contract(
        { status: 'terminated', period: { endDate: instant(terminated.terminatedOn) } },
        'contractTermination',
      );
    }
    case 'contract.ContractEnded':
      return contract({ status: 'terminated' }, 'contractTermination');
    default:
      return null;
  }
}

function payment(
  event: EventEnvelope,
  procedure: Procedure,
  opened: ContractOpened,
  names: OrganisationNames,
  contract: ContractRelease,
): Step | null {
  const paid = event.data as InvoicePaid;
  const invoice = procedure.invoices.get(paid.invoiceId);
  if (!invoice) return null;
  const order = invoice.orderId ? procedure.orders.get(invoice.orderId) : undefined;
  const payer = order?.memberSiret ?? names.coordinatorOf(opened.consortiumId);
  const payee = invoice.subcontractorSiret ?? opened.holderSiret;
  const transaction = (id: string, cents: number) => ({
    id,
    date: instant(paid.paidOn),
    value: value(cents),
    ...(payer ? { payer: reference(payer, names) } : {}),
    payee: reference(payee, names),
  });
  const late = paid.interestCents + paid.indemnityCents;
  return contract(
    {
      implementation: {
        transactions: [
          transaction(paid.invoiceId, invoice.amountCentsTTC - paid.retainedCents),
          // Intérêts moratoires and the 40 € indemnity of a late payment, paid with the invoice.
          ...(late > 0 ? [transaction(`${paid.invoiceId}-interets-moratoires`, late)] : []),
        ],
      },
    },
    'implementation',
    parties(procedure, names, [payer, ['payer']], [payee, ['payee']]),
  );
}

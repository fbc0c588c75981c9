import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ContractStatus, overdueInvoice, OverdueInvoice } from '@mutualis/contract/domain';
import { ContractKind } from '@mutualis/shared/contracts';

export interface ContractSummary {
  contractId: string;
  consortiumId: string;
  tenderId: string;
  lot: number;
  object: string;
  kind: ContractKind;
  holderSiret: string;
  status: ContractStatus;
  amountCents: number;
  orderedCents: number;
  invoicedCents: number;
  paidCents: number;
  signedOn: string;
  notifiedOn: string | null;
  endsOn: string | null;
}

export interface OrderSummary {
  orderId: string;
  contractId: string;
  memberSiret: string;
  placedOn: string;
  amountCents: number;
  description: string;
}

export interface OverdueInvoiceSummary extends OverdueInvoice {
  contractId: string;
  holderSiret: string;
}

const L = 'contract_ledger';
const CONTRACT_COLUMNS = `contract_id, consortium_id, tender_id, lot, object, kind, holder_siret, status, amount_cents, ordered_cents,
  invoiced_cents, paid_cents, signed_on::text, notified_on::text, ends_on::text`;

/** Queries on the contract ledger read model. Amounts come back as numbers of cents. */
@Injectable()
export class ContractLedger {
  constructor(private readonly dataSource: DataSource) {}

  /** A consortium's contracts, or a holder's across consortia, in signature order. */
  async contracts(scope: { consortiumId: string } | { holderSiret: string }): Promise<ContractSummary[]> {
    const [column, value] =
      'consortiumId' in scope ? ['consortium_id', scope.consortiumId] : ['holder_siret', scope.holderSiret];
    const rows = await this.dataSource.query<Record<string, unknown>[]>(
      `SELECT ${CONTRACT_COLUMNS} FROM ${L}.contracts WHERE ${column} = $1 ORDER BY signed_on, contract_id`,
      [value],
    );
    return rows.map(contractSummary);
  }

  /** A member's bons de commande in a consortium, oldest first. */
  async orders(consortiumId: string, memberSiret: string): Promise<OrderSummary[]> {
    const rows = await this.dataSource.query<Record<string, string>[]>(
      `SELECT order_id, contract_id, member_siret, placed_on::text, amount_cents, description FROM ${L}.orders
        WHERE consortium_id = $1 AND member_siret = $2 ORDER BY placed_on, order_id`,
      [consortiumId, memberSiret],
    );
    return rows.map((row) => ({
      orderId: row['order_id']!,
      contractId: row['contract_id']!,
      memberSiret: row['member_siret']!,
      placedOn: row['placed_on']!,
      amountCents: Number(row['amount_cents']),
      description: row['description']!,
    }));
  }

  /** A consortium's unpaid invoices past their due date on `on`, with the interest and indemnity due then (C4). */
  async overdueInvoices(consortiumId: string, on: string): Promise<OverdueInvoiceSummary[]> {
    const rows = await this.dataSource.query<Record<string, string>[]>(
      `SELECT i.invoice_id, i.contract_id, c.holder_siret, i.received_on::text, i.amount_cents_ttc, i.due_on::text
         FROM ${L}.invoices i JOIN ${L}.contracts c USING (contract_id)
        WHERE i.consortium_id = $1 AND i.paid_on IS NULL AND i.due_on < $2::date
        ORDER BY i.due_on, i.invoice_id`,
      [consortiumId, on],
    );
    return rows.flatMap((row) => {
      const invoice = {
        invoiceId: row['invoice_id']!,
        receivedOn: row['received_on']!,
        amountCentsTTC: Number(row['amount_cents_ttc']),
        // The délai of the buyer that placed the order, or the new one after an interruption (R2192-29).
        dueOn: row['due_on']!,
      };
      const overdue = overdueInvoice(invoice, on);
      return overdue
        ? [{ ...overdue, contractId: row['contract_id']!, holderSiret: row['holder_siret']! }]
        : [];
    });
  }
}

function contractSummary(row: Record<string, unknown>): ContractSummary {
  return {
    contractId: row['contract_id'] as string,
    consortiumId: row['consortium_id'] as string,
    tenderId: row['tender_id'] as string,
    lot: Number(row['lot']),
    object: row['object'] as string,
    kind: row['kind'] as ContractKind,
    holderSiret: row['holder_siret'] as string,
    status: row['status'] as ContractStatus,
    amountCents: Number(row['amount_cents']),
    orderedCents: Number(row['ordered_cents']),
    invoicedCents: Number(row['invoiced_cents']),
    paidCents: Number(row['paid_cents']),
    signedOn: row['signed_on'] as string,
    notifiedOn: (row['notified_on'] as string | null) ?? null,
    endsOn: (row['ends_on'] as string | null) ?? null,
  };
}

import { EntityManager } from 'typeorm';
import { ContractEventData, EventEnvelope } from '@mutualis/shared/contracts';
import { Projection } from '@mutualis/shared/messaging';

const dataOf = <Type extends keyof ContractEventData>(event: EventEnvelope, _type: Type) =>
  event.data as ContractEventData[Type];
const streamContractId = (event: EventEnvelope) => event.streamId.slice('contract-'.length);
const setStatus = (status: string) => async (event: EventEnvelope, manager: EntityManager) => {
  await manager.query('UPDATE contracts SET status = $2 WHERE contract_id = $1', [
    streamContractId(event),
    status,
  ]);
};

/**
 * The contract ledger: the service's read model of contracts with their running totals, the members' bons de
 * commande and the invoices with their due dates, for the lists a purchasing centre, a member or a holder asks for.
 */
export const contractLedger: Projection = {
  name: 'contract_ledger',
  async createTables(manager: EntityManager) {
    await manager.query(`
      CREATE TABLE contracts (
        contract_id uuid PRIMARY KEY,
        consortium_id uuid NOT NULL,
        tender_id uuid NOT NULL,
        lot integer NOT NULL,
        object text NOT NULL,
        kind text NOT NULL,
        holder_siret text NOT NULL,
        amount_cents bigint NOT NULL,
        ordered_cents bigint NOT NULL DEFAULT 0,
        invoiced_cents bigint NOT NULL DEFAULT 0,
        paid_cents bigint NOT NULL DEFAULT 0,
        status text NOT NULL,
        signed_on date NOT NULL,
        notified_on date,
        ends_on date,
        paying_buyer text
      );
      CREATE INDEX contracts_consortium ON contracts (consortium_id, signed_on);
      CREATE INDEX contracts_holder ON contracts (holder_siret);
      CREATE TABLE orders (
        order_id uuid PRIMARY KEY,
        contract_id uuid NOT NULL,
        consortium_id uuid NOT NULL,
        member_siret text NOT NULL,
        placed_on date NOT NULL,
        amount_cents bigint NOT NULL,
        description text NOT NULL
      );
      CREATE INDEX orders_member ON orders (consortium_id, member_siret, placed_on);
      CREATE TABLE invoices (
        invoice_id uuid PRIMARY KEY,
        contract_id uuid NOT NULL,
        consortium_id uuid NOT NULL,
        order_id uuid,
        received_on date NOT NULL,
        due_on date NOT NULL,
        amount_cents bigint NOT NULL,
        amount_cents_ttc bigint NOT NULL,
        paid_on date,
        interest_cents bigint NOT NULL DEFAULT 0
      );
      CREATE INDEX invoices_unpaid ON invoices (consortium_id, due_on) WHERE paid_on IS NULL;`);
  },
  handlers: {
    'contract.ContractOpened': async (event, manager) => {
      const data = dataOf(event, 'contract.ContractOpened');
      await manager.query(
        `INSERT INTO contracts (contract_id, consortium_id, tender_id, lot, object, kind, holder_siret, amount_cents,
           status, signed_on)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'signed', $9)`,
        [
          data.contractId,
          data.consortiumId,
          data.tenderId,
          data.lot,
          data.object,
          data.kind,
          data.holderSiret,
          data.amountCents,
          data.signedOn,
        ],
      );
    },
    'contract.ContractNotified': async (event, manager) => {
      const { notifiedOn, endsOn, payingBuyer } = dataOf(event, 'contract.ContractNotified');
      await manager.query(
        `UPDATE contracts SET status = 'running', notified_on = $2, ends_on = $3, paying_buyer = $4
         WHERE contract_id = $1`,
        [streamContractId(event), notifiedOn, endsOn, payingBuyer],
      );
    },
    'contract.OrderPlaced': async (event, manager) => {
      const data = dataOf(event, 'contract.OrderPlaced');
      await manager.query(
        `INSERT INTO orders (order_id, contract_id, consortium_id, member_siret, placed_on, amount_cents, description)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          data.orderId,
          streamContractId(event),
          event.consortiumId,
          data.memberSiret,
          data.placedOn,
          data.amountCents,
          data.description,
        ],
      );
      await manager.query('UPDATE contracts SET ordered_cents = $2 WHERE contract_id = $1', [
        streamContractId(event),
        data.orderedTotalCents,
      ]);
    },
    'contract.AmendmentSigned': async (event, manager) => {
      const { amountAfterCents, endsOn, newHolderSiret } = dataOf(event, 'contract.AmendmentSigned');
      await manager.query(
        `UPDATE contracts SET amount_cents = $2, ends_on = $3, holder_siret = coalesce($4, holder_siret)
         WHERE contract_id = $1`,
        [streamContractId(event), amountAfterCents, endsOn, newHolderSiret],
      );
    },
    'contract.InvoiceReceived': async (event, manager) => {
      const data = dataOf(event, 'contract.InvoiceReceived');
      await manager.query(
        `INSERT INTO invoices (invoice_id, contract_id, consortium_id, order_id, received_on, due_on, amount_cents,
           amount_cents_ttc)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          data.invoiceId,
          streamContractId(event),
          event.consortiumId,
          data.orderId,
          data.receivedOn,
          data.dueOn,
          data.amountCents,
          data.amountCentsTTC,
        ],
      );
      await manager.query(
        'UPDATE contracts SET invoiced_cents = invoiced_cents + $2 WHERE contract_id = $1',
        [streamContractId(event), data.amountCents],
      );
    },
    // An interrupted délai does not run (R2192-27): the invoice is overdue on no day until a new délai opens.
    'contract.PaymentPeriodInterrupted': async (event, manager) => {
      const { invoiceId } = dataOf(event, 'contract.PaymentPeriodInterrupted');
      await manager.query(`UPDATE invoices SET due_on = 'infinity' WHERE invoice_id = $1`, [invoiceId]);
    },
    'contract.PaymentPeriodResumed': async (event, manager) => {
      const { invoiceId, dueOn } = dataOf(event, 'contract.PaymentPeriodResumed');
      await manager.query('UPDATE invoices SET due_on = $2 WHERE invoice_id = $1', [invoiceId, dueOn]);
    },
    'contract.InvoicePaid': async (event, manager) => {
      const { invoiceId, paidOn, interestCents } = dataOf(event, 'contract.InvoicePaid');
      await manager.query('UPDATE invoices SET paid_on = $2, interest_cents = $3 WHERE invoice_id = $1', [
        invoiceId,
        paidOn,
        interestCents,
      ]);
      await manager.query(
        `UPDATE contracts SET paid_cents = paid_cents + (SELECT amount_cents FROM invoices WHERE invoice_id = $2)
         WHERE contract_id = $1`,
        [streamContractId(event), invoiceId],
      );
    },
    'contract.ContractRenewed': async (event, manager) => {
      const { endsOn } = dataOf(event, 'contract.ContractRenewed');
      await manager.query('UPDATE contracts SET ends_on = $2 WHERE contract_id = $1', [
        streamContractId(event),
        endsOn,
      ]);
    },
    'contract.ContractSuspended': setStatus('suspended'),
    'contract.ContractResumed': setStatus('running'),
    'contract.ContractTerminated': setStatus('terminated'),
    'contract.ContractEnded': setStatus('ended'),
  },
};

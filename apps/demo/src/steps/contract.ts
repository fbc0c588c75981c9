import { actors } from '../actors';
import { Demo } from '../demo';
import { euros } from '../money';
import { Commune } from '../communes';
import { Groupement } from './onboarding';
import { DecidedTender } from './award';

interface ContractSummary {
  contractId: string;
  tenderId: string;
  lot: number;
  kind: string;
  holderSiret: string;
  amountCents: number;
}

interface Payment {
  paidOn: string;
  daysLate: number;
  interestCents: number;
  indemnityCents: number;
}

/** What execution left: the contracts per lot, and the late invoice with what its lateness cost. */
export interface Execution {
  contracts: { lot: number; contractId: string }[];
  orderCount: number;
  amendmentId: string;
  latePayment: Payment & { invoiceId: string };
}

/**
 * The contract service opens each lot's accord-cadre from the signed award it hears from the tender service's events; the coordinator
 * notifies them, members issue bons de commande, an avenant is signed, and an invoice is paid late (C4).
 */
export async function executeContracts(
  demo: Demo,
  groupement: Groupement,
  tender: DecidedTender,
): Promise<Execution> {
  const { api, calendar } = demo;
  const { consortiumId } = groupement;
  const coordinator = actors.coordinator(consortiumId);
  const path = (contractId: string) => `/consortia/${consortiumId}/contracts/${contractId}`;

  demo.chapter('5. Execution: accords-cadres, bons de commande, avenant, late payment');
  const opened = await demo.eventually('the contract service opens the three accords-cadres', async () => {
    const { contracts } = await api.get<{ contracts: ContractSummary[] }>(
      'contract',
      `/consortia/${consortiumId}/contracts`,
      coordinator,
    );
    const ours = contracts.filter((contract) => contract.tenderId === tender.tenderId);
    return ours.length === tender.lots.length ? ours.sort((a, b) => a.lot - b.lot) : undefined;
  });
  for (const contract of opened) {
    demo.say(
      `Contract ${contract.contractId} opened from the signature of lot ${contract.lot} (${contract.kind}).`,
    );
  }

  await demo.moveTo('notification');
  for (const contract of opened) {
    const { holder, maximumCents } = tender.lots.find((lot) => lot.lot === contract.lot)!;
    // Supervision is an IT service (CCAG-TIC); audit and training are intellectual services (CCAG-PI).
    const ccag = contract.lot === 2 ? 'TIC' : 'PI';
    await api.post(
      'contract',
      `${path(contract.contractId)}/notification`,
      {
        notifiedOn: calendar.on('notification'),
        // The initial period the consultation announced; its reconduction comes from the consultation (C9).
        durationMonths: 36,
        priceForm: 'unit',
        priceType: 'revisable',
        ccag,
        amountCentsTTC: Math.round(maximumCents * 1.2),
        payingBuyer: 'collectivite',
        holderSme: holder.size === 'micro' || holder.size === 'pme',
        buyerSpendingOver60M: false,
        advance: { ratePercent: 5, waived: false },
        retentionPercent: 0,
      },
      coordinator,
    );
    demo.say(
      `Lot ${contract.lot} notified to ${holder.legalName}: 36 months and one tacit reconduction of 12, avance 5 %, CCAG-${ccag}.`,
    );
  }

  await demo.moveTo('orders');
  const contractOf = (lot: number) => opened.find((contract) => contract.lot === lot)!;
  const [first, second, third, fourth] = groupement.communes;
  const orders = [
    {
      commune: first!,
      lot: 1,
      amountCents: 960_000,
      description: 'Audit organisationnel et technique de la mairie',
    },
    { commune: second!, lot: 2, amountCents: 2_550_000, description: 'Supervision SOC, première année' },
    { commune: third!, lot: 3, amountCents: 320_000, description: 'Sensibilisation de 40 agents' },
    { commune: fourth!, lot: 2, amountCents: 1_650_000, description: 'Supervision SOC, première année' },
  ];
  const placed: { orderId: string; commune: Commune; lot: number; amountCents: number }[] = [];
  for (const order of orders) {
    const { orderId } = await api.post<{ orderId: string }>(
      'contract',
      `/consortia/${consortiumId}/members/${order.commune.siret}/orders`,
      {
        contractId: contractOf(order.lot).contractId,
        amountCents: order.amountCents,
        description: order.description,
      },
      actors.memberBuyer(consortiumId, order.commune.siret),
    );
    placed.push({ orderId, ...order });
    demo.say(
      `${order.commune.name} issues a bon de commande on lot ${order.lot}: ${order.description}, ${euros(order.amountCents)} HT.`,
    );
  }

  await demo.moveTo('avenant');
  const training = contractOf(3);
  const amendmentCents = Math.round(training.amountCents * 0.05);
  const { amendmentId } = await api.post<{ amendmentId: string }>(
    'contract',
    `${path(training.contractId)}/amendments`,
    {
      ground: 'de-minimis',
      signedOn: calendar.on('avenant'),
      amountCents: amendmentCents,
      description: 'Avenant n° 1 : module de sensibilisation à l’hameçonnage pour les élus',
    },
    coordinator,
  );
  await api.post(
    'contract',
    `${path(training.contractId)}/amendments/${amendmentId}/notification`,
    { notifiedOn: calendar.on('avenant') },
    coordinator,
  );
  demo.say(
    `Avenant n° 1 on lot 3: +${euros(amendmentCents)} HT, de minimis (< 10 %, R2194-8), signed and notified to ` +
      'the holder the same day: its DECP modification is due within two months.',
  );

  await demo.moveTo('invoice');
  const settled = placed.find((order) => order.lot === 2)!;
  const soc = contractOf(2);
  const { invoiceId } = await api.post<{ invoiceId: string }>(
    'contract',
    `/suppliers/${soc.holderSiret}/contracts/${soc.contractId}/invoices`,
    {
      orderId: settled.orderId,
      amountCents: settled.amountCents,
      amountCentsTTC: Math.round(settled.amountCents * 1.2),
    },
    actors.supplier(soc.holderSiret, consortiumId),
  );
  demo.say(
    `The SOC holder invoices ${settled.commune.name}'s bon de commande: ${euros(settled.amountCents)} HT, ` +
      `received ${calendar.on('invoice')}.`,
  );

  await demo.moveTo('payment');
  // A lapsed attestation de vigilance would not stop the payment of work done (C10): it would be recorded as an
  // alert to the coordinator and a request to the holder, whose attestation here is valid.
  await api.post('contract', `${path(soc.contractId)}/invoices/${invoiceId}/payment`, {}, coordinator);
  const { invoices } = await api.get<{ invoices: { invoiceId: string; payment: Payment }[] }>(
    'contract',
    path(soc.contractId),
    coordinator,
  );
  const { payment } = invoices.find((invoice) => invoice.invoiceId === invoiceId)!;
  demo.say(
    `Paid on ${payment.paidOn}, ${payment.daysLate} days after the 30-day délai global de paiement: ` +
      `intérêts moratoires ${euros(payment.interestCents)} and indemnité forfaitaire ${euros(payment.indemnityCents)} (C4).`,
  );
  return {
    contracts: opened.map(({ lot, contractId }) => ({ lot, contractId })),
    orderCount: placed.length,
    amendmentId,
    latePayment: { invoiceId, ...payment },
  };
}

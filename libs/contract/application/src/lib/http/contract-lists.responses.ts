import { ApiProperty } from '@nestjs/swagger';
import { ContractStatus } from '@mutualis/contract/domain';
import { ContractKind } from '@mutualis/shared/contracts';
import { ContractSummary, OrderSummary, OverdueInvoiceSummary } from '../ledger/contract-ledger';
import { OverdueInvoiceView } from './contract-payments.responses';
import { ContractLotView } from './contract.responses';
import {
  CONTRACT_KINDS,
  CONTRACT_STATUSES,
  KIND_DESCRIPTION,
  STATUS_DESCRIPTION,
} from './contract.responses';

const CONTRACT_ID = '8c26bed0-2e27-5f5e-a270-499816732d8d';
const HOLDER_SIRET = '73282932000074';

/** A line of a list of contracts, with its totals. */
export class ContractSummaryView extends ContractLotView implements ContractSummary {
  @ApiProperty({ enum: CONTRACT_KINDS, description: KIND_DESCRIPTION, example: 'framework-agreement' })
  kind!: ContractKind;

  @ApiProperty({
    description: 'SIRET du titulaire en vigueur (après un éventuel avenant de transfert)',
    example: HOLDER_SIRET,
  })
  holderSiret!: string;

  @ApiProperty({ enum: CONTRACT_STATUSES, description: STATUS_DESCRIPTION, example: 'running' })
  status!: ContractStatus;

  @ApiProperty({
    description: 'Montant HT (maximum d’un accord-cadre), avenants compris, en centimes',
    example: 50_000_000,
  })
  amountCents!: number;

  @ApiProperty({ description: 'Total HT des bons de commande, en centimes', example: 2_000_000 })
  orderedCents!: number;

  @ApiProperty({ description: 'Total HT des factures reçues, en centimes', example: 1_000_000 })
  invoicedCents!: number;

  @ApiProperty({ description: 'Total HT des factures payées, en centimes', example: 1_000_000 })
  paidCents!: number;

  @ApiProperty({ description: 'Date de signature', example: '2026-06-15' })
  signedOn!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Date de notification ; null avant la notification',
    example: '2026-07-01',
  })
  notifiedOn!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Terme en vigueur ; null avant la notification',
    example: '2030-06-30',
  })
  endsOn!: string | null;
}

/** The answer of the lists of contracts, a consortium's or a holder's. */
export class ContractList {
  @ApiProperty({ type: () => [ContractSummaryView], description: 'Les marchés, par date de signature' })
  contracts!: ContractSummaryView[];
}

/** An overdue invoice of a consortium's contract, with the interest and indemnity due on the day asked. */
export class OverdueInvoiceSummaryView extends OverdueInvoiceView implements OverdueInvoiceSummary {
  @ApiProperty({ format: 'uuid', description: 'Le marché facturé', example: CONTRACT_ID })
  contractId!: string;

  @ApiProperty({ description: 'SIRET du titulaire', example: HOLDER_SIRET })
  holderSiret!: string;
}

/** The answer of `GET …/overdue-invoices`. */
export class OverdueInvoiceList {
  @ApiProperty({ description: 'Date du calcul des intérêts', example: '2026-10-11' })
  on!: string;

  @ApiProperty({
    type: () => [OverdueInvoiceSummaryView],
    description: 'Les factures en retard de paiement, par échéance',
  })
  invoices!: OverdueInvoiceSummaryView[];
}

/** A contract in force whose holder's attestation de vigilance has lapsed. */
export class VigilanceLapseView {
  @ApiProperty({ format: 'uuid', description: 'Le marché en cours', example: CONTRACT_ID })
  contractId!: string;

  @ApiProperty({ description: 'Objet du marché', example: 'Audit de sécurité des systèmes d’information' })
  object!: string;

  @ApiProperty({ description: 'SIRET du titulaire', example: HOLDER_SIRET })
  holderSiret!: string;

  @ApiProperty({
    format: 'uuid',
    description: 'L’attestation de vigilance échue, au registre des fournisseurs',
    example: '0192f0a0-7c1e-7b1a-9d3e-2f4a5b6c7d8f',
  })
  lapsedDocumentId!: string;

  @ApiProperty({ description: 'Date d’échéance de l’attestation', example: '2026-09-01' })
  expiredOn!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'Date de la dernière demande d’attestation faite au titulaire, lors d’un paiement effectué sans attestation ' +
      'valable (D8222-5) ; null si aucun paiement ne l’a encore constaté',
    example: '2026-09-20',
  })
  requestedOn!: string | null;
}

/** The answer of `GET …/vigilance-lapses`. */
export class VigilanceLapseList {
  @ApiProperty({
    type: () => [VigilanceLapseView],
    description: 'Une ligne par marché en cours et par attestation échue de son titulaire',
  })
  lapses!: VigilanceLapseView[];
}

/** A member's bon de commande, in the list of its orders. */
export class OrderSummaryView implements OrderSummary {
  @ApiProperty({
    format: 'uuid',
    description: 'Identifiant du bon de commande',
    example: '0192f0a0-7c1e-7b1a-9d3e-2f4a5b6c7d90',
  })
  orderId!: string;

  @ApiProperty({
    format: 'uuid',
    description: 'L’accord-cadre sous lequel il est émis',
    example: CONTRACT_ID,
  })
  contractId!: string;

  @ApiProperty({ description: 'SIRET du membre qui commande', example: '21440050900011' })
  memberSiret!: string;

  @ApiProperty({ description: 'Date d’émission', example: '2026-09-20' })
  placedOn!: string;

  @ApiProperty({ description: 'Montant HT, en centimes', example: 1_000_000 })
  amountCents!: number;

  @ApiProperty({ description: 'Objet du bon de commande', example: 'Audit de la messagerie' })
  description!: string;
}

/** The answer of `GET …/members/{authoritySiret}/orders`. */
export class OrderList {
  @ApiProperty({
    type: () => [OrderSummaryView],
    description: 'Les bons de commande du membre, par date d’émission',
  })
  orders!: OrderSummaryView[];
}

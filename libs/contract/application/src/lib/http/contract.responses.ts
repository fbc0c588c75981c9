import { ApiProperty } from '@nestjs/swagger';
import { ContractPosition, ContractStatus } from '@mutualis/contract/domain';
import {
  ContractKind,
  ContractOpened,
  TENDER_PROCEDURES,
  TenderBuyer,
  TenderNature,
  TenderProcedure,
} from '@mutualis/shared/contracts';
import {
  AmendmentView,
  AnnouncedRenewalsView,
  ContractTermsView,
  OrderView,
  SubcontractorView,
} from './contract-acts.responses';
import {
  InvoiceView,
  OverdueInvoiceView,
  PenaltyView,
  VigilanceRequestView,
} from './contract-payments.responses';
import { ApiObjectOrNull } from '@mutualis/shared/api';

/** What a contract's status can be once it is opened. */
export const CONTRACT_STATUSES: readonly ContractStatus[] = [
  'signed',
  'running',
  'suspended',
  'terminated',
  'ended',
];
export const CONTRACT_KINDS: readonly ContractKind[] = ['contract', 'framework-agreement'];
export const STATUS_DESCRIPTION =
  'État du marché : signé (signed), notifié et en cours (running), ajourné (suspended), résilié (terminated), ' +
  'terminé à son terme ou à son maximum (ended)';
export const KIND_DESCRIPTION =
  'Marché à montant déterminé (contract) ou accord-cadre exécuté par bons de commande jusqu’à son maximum ' +
  '(framework-agreement)';

/** Which contract: its id, its groupement, and the lot of the consultation it was awarded on. */
export class ContractLotView {
  @ApiProperty({
    format: 'uuid',
    description: 'Identifiant du marché',
    example: '8c26bed0-2e27-5f5e-a270-499816732d8d',
  })
  contractId!: string;

  @ApiProperty({
    format: 'uuid',
    description: 'Le groupement acheteur',
    example: '0190c6a4-7c1e-7000-8000-00000000000a',
  })
  consortiumId!: string;

  @ApiProperty({
    format: 'uuid',
    description: 'La consultation attribuée',
    example: '0192f0a0-0000-7000-8000-0000000000a1',
  })
  tenderId!: string;

  @ApiProperty({ description: 'Numéro du lot attribué', example: 1 })
  lot!: number;

  @ApiProperty({
    description: 'Objet du marché (du lot)',
    example: 'Audit de sécurité des systèmes d’information',
  })
  object!: string;
}

/** What the award settled but its amount and holder: the part of a contract that avenants do not change. */
class AwardView extends ContractLotView implements Omit<ContractOpened, 'amountCents' | 'holderSiret'> {
  @ApiProperty({ description: 'Code CPV principal', example: '72000000-5' })
  cpvCode!: string;

  @ApiProperty({
    enum: ['supplies', 'services', 'works'],
    description: 'Nature : fournitures, services ou travaux',
    example: 'services',
  })
  nature!: TenderNature;

  @ApiProperty({
    enum: ['sub-central', 'central', 'utility'],
    description: 'Catégorie d’acheteur pour les seuils européens : collectivité, État, entité adjudicatrice',
    example: 'sub-central',
  })
  buyer!: TenderBuyer;

  @ApiProperty({
    enum: TENDER_PROCEDURES,
    description:
      'Procédure de passation : ouverte, restreinte, négociée, dialogue compétitif, MAPA, sans publicité',
    example: 'open',
  })
  procedure!: TenderProcedure;

  @ApiProperty({
    description:
      'Les seuils en vigueur au lancement imposaient une procédure formalisée (avis de modification, R2194-10)',
    example: true,
  })
  formalised!: boolean;

  @ApiProperty({ description: 'Date de lancement de la consultation', example: '2026-04-01' })
  launchedOn!: string;

  @ApiProperty({
    description: 'Table des seuils appliquée : sa date d’entrée en vigueur',
    example: '2026-01-01',
  })
  thresholdTable!: string;

  @ApiProperty({ enum: CONTRACT_KINDS, description: KIND_DESCRIPTION, example: 'contract' })
  kind!: ContractKind;

  @ApiProperty({ description: 'Date de signature', example: '2026-06-15' })
  signedOn!: string;

  @ApiProperty({
    type: [String],
    description:
      'SIRET des membres dont la procédure couvre les besoins : eux seuls peuvent commander (L2113-7)',
    example: ['21440184600016', '21440050900011'],
  })
  beneficiaries!: string[];

  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      'Durée initiale fixée par la consultation, en mois : celle d’un accord-cadre, ou la période que ses ' +
      'reconductions renouvellent ; null pour un marché sans reconduction (fixée à la notification)',
    example: null,
  })
  durationMonths!: number | null;

  @ApiProperty({
    format: 'uuid',
    description: 'L’événement de signature de la consultation dont le marché est issu',
    example: '0192f0a0-0000-7000-8000-0000000000c1',
  })
  openedFrom!: string;

  @ApiObjectOrNull(AnnouncedRenewalsView, {
    required: false,
    description:
      'Les reconductions que la consultation a annoncées (R2112-4, C9), les seules que le marché admet ; null : ' +
      'aucune ; absent pour un marché ouvert avant que les consultations les annoncent',
  })
  tenderedRenewals?: AnnouncedRenewalsView | null;
}

/** What the award settled, as the contract service opened the contract from the tender's signature. */
export class ContractOpenedView extends AwardView implements ContractOpened {
  @ApiProperty({
    description:
      'Montant HT signé, en centimes : le prix d’un marché, le maximum d’un accord-cadre (R2162-4)',
    example: 20_000_000,
  })
  amountCents!: number;

  @ApiProperty({ description: 'SIRET du titulaire désigné par l’attribution', example: '73282932000074' })
  holderSiret!: string;
}

/** Where a contract stands: what was ordered, invoiced and paid, and what remains. */
export class ContractPositionView implements ContractPosition {
  @ApiProperty({ description: 'Montant HT (ou maximum) après avenants, en centimes', example: 21_500_000 })
  amountCents!: number;

  @ApiProperty({ description: 'Total HT des bons de commande, en centimes', example: 0 })
  orderedCents!: number;

  @ApiProperty({ description: 'Total HT des factures reçues, en centimes', example: 1_500_000 })
  invoicedCents!: number;

  @ApiProperty({ description: 'Total HT des factures payées, en centimes', example: 1_000_000 })
  paidCents!: number;

  @ApiProperty({
    description:
      'Reste, en centimes HT : le maximum moins le commandé (accord-cadre), le montant moins le facturé (marché)',
    example: 20_000_000,
  })
  remainingCents!: number;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: 'Total HT commandé par chaque membre, en centimes, par SIRET',
    example: { '21440050900011': 2_000_000 },
  })
  orderedByMember!: Record<string, number>;

  @ApiProperty({
    description: 'Pénalités dues après plafond et exonération du CCAG, en centimes HT',
    example: 200_000,
  })
  penaltiesDueCents!: number;
}

/** A contract as its readers see it: the award, the terms, every act, and where it stands on the day. */
export class ContractView extends AwardView implements ContractOpened {
  @ApiProperty({ enum: CONTRACT_STATUSES, description: STATUS_DESCRIPTION, example: 'running' })
  status!: ContractStatus;

  @ApiProperty({
    description:
      'SIRET du titulaire en vigueur : celui de l’attribution, ou le nouveau titulaire d’un avenant (R2194-6)',
    example: '73282932000074',
  })
  holderSiret!: string;

  @ApiObjectOrNull(ContractTermsView, {
    description: 'Les conditions d’exécution fixées à la notification ; null avant la notification',
  })
  terms!: ContractTermsView | null;

  @ApiProperty({
    description: 'Montant HT en vigueur (maximum d’un accord-cadre), avenants compris, en centimes',
    example: 21_500_000,
  })
  amountCents!: number;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Terme en vigueur, avenants et reconductions compris ; null avant la notification',
    example: '2028-06-30',
  })
  endsOn!: string | null;

  @ApiProperty({ description: 'Nombre de reconductions prononcées', example: 0 })
  renewals!: number;

  @ApiProperty({
    description:
      'L’acheteur a décidé, avant le terme, de ne pas reconduire le marché (R2112-4) : il prend fin à son terme',
    example: false,
  })
  renewalDeclined!: boolean;

  @ApiProperty({ type: () => [AmendmentView], description: 'Les avenants, dans l’ordre de signature' })
  amendments!: AmendmentView[];

  @ApiProperty({
    type: () => [OrderView],
    description: 'Les bons de commande (accord-cadre), dans l’ordre d’émission',
  })
  orders!: OrderView[];

  @ApiProperty({
    type: () => [InvoiceView],
    description: 'Les demandes de paiement reçues, et leur paiement',
  })
  invoices!: InvoiceView[];

  @ApiProperty({ type: () => [SubcontractorView], description: 'Les sous-traitants acceptés' })
  subcontractors!: SubcontractorView[];

  @ApiProperty({ type: () => [PenaltyView], description: 'Les pénalités de retard envisagées ou appliquées' })
  penalties!: PenaltyView[];

  @ApiProperty({
    type: () => ContractPositionView,
    description: 'Commandé, facturé, payé, reste et pénalités',
  })
  position!: ContractPositionView;

  @ApiProperty({
    type: () => [OverdueInvoiceView],
    description: 'Factures impayées au-delà du délai global de paiement, à la date de lecture (ou à asOf)',
  })
  overdueInvoices!: OverdueInvoiceView[];

  @ApiProperty({
    type: () => [VigilanceRequestView],
    description:
      'Alertes de vigilance (D8222-5) : chaque paiement qui a trouvé le titulaire sans attestation de vigilance ' +
      'valable, effectué quand même (le bloquer ferait courir des intérêts moratoires), avec la demande d’une ' +
      'nouvelle attestation au titulaire',
  })
  vigilanceRequests!: VigilanceRequestView[];

  @ApiProperty({
    description: 'Version du flux du marché : la valeur de l’ETag, à renvoyer dans If-Match',
    example: 7,
  })
  version!: number;
}

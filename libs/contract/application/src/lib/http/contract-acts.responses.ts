import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AMENDMENT_GROUNDS,
  AmendmentGround,
  AmendmentSigned,
  CONTRACT_CCAGS,
  ContractCcag,
  ContractNotified,
  OrderPlaced,
  PAYING_BUYERS,
  PayingBuyer,
  PRICE_FORMS,
  PRICE_TYPES,
  PriceForm,
  PriceType,
  SubcontractorAccepted,
  SUBCONTRACT_PRICE_VARIATIONS,
  SubcontractPriceVariation,
} from '@mutualis/shared/contracts';
import { ApiObjectOrNull } from '@mutualis/shared/api';

// The acts of a contract as its readers see them: the published events' data, documented once for the contract
// view and for its history (payments and penalties: contract-payments.responses.ts).

const UUID = '0192f0a0-7c1e-7b1a-9d3e-2f4a5b6c7d8e';

export class AnnouncedRenewalsView {
  @ApiProperty({
    description: 'Nombre de reconductions annoncées avec la durée totale (R2112-4)',
    example: 2,
  })
  count!: number;

  @ApiProperty({ description: 'Durée de chaque reconduction, en mois', example: 12 })
  monthsEach!: number;

  @ApiProperty({ description: 'Reconduction tacite (sinon expresse)', example: true })
  tacit!: boolean;
}

class AdvanceView {
  @ApiProperty({
    description:
      'L’avance est obligatoire : marché (hors accord-cadre) de plus de 50 000 € HT et de plus de deux mois (R2191-3)',
    example: true,
  })
  required!: boolean;

  @ApiProperty({
    description:
      'Taux minimal légal de l’avance, en % : 5 % ; pour une PME, 10 % (collectivité de plus de 60 M€ de ' +
      'dépenses) ou 30 % (État) (R2191-7) ; 0 quand l’avance n’est pas obligatoire',
    example: 5,
  })
  minimumRatePercent!: number;

  @ApiProperty({ description: 'Taux de l’avance accordé par le marché, en % (0 si refusée)', example: 5 })
  ratePercent!: number;

  @ApiProperty({ description: 'Le titulaire a refusé l’avance dans l’acte d’engagement', example: false })
  waived!: boolean;

  @ApiProperty({
    description:
      'Montant de l’avance, en centimes TTC : le taux appliqué au montant TTC, ramené à 12 mois au-delà d’un an ' +
      '(R2191-7) ; 0 si elle est refusée ou pour un accord-cadre',
    example: 600_000,
  })
  amountCents!: number;
}

/** The terms the notification set (R2182-4): `terms` of the contract view. */
export class ContractTermsView implements ContractNotified {
  @ApiProperty({ description: 'Date de notification au titulaire (R2182-4)', example: '2026-07-01' })
  notifiedOn!: string;

  @ApiProperty({ description: 'Durée d’exécution en mois, hors reconductions', example: 24 })
  durationMonths!: number;

  @ApiProperty({
    description: 'Terme initial, hors avenants et reconductions (AAAA-MM-JJ)',
    example: '2028-06-30',
  })
  endsOn!: string;

  @ApiObjectOrNull(AnnouncedRenewalsView, {
    description: 'Reconductions annoncées avec la durée totale (R2112-4) ; null quand il n’y en a pas',
  })
  renewals!: AnnouncedRenewalsView | null;

  @ApiProperty({
    enum: PRICE_FORMS,
    description: 'Forme du prix : unitaire, forfaitaire ou mixte',
    example: 'unit',
  })
  priceForm!: PriceForm;

  @ApiProperty({
    enum: PRICE_TYPES,
    description: 'Prix ferme, actualisable, révisable ou provisoire',
    example: 'revisable',
  })
  priceType!: PriceType;

  @ApiProperty({ enum: CONTRACT_CCAGS, description: 'CCAG de référence (none : aucun)', example: 'TIC' })
  ccag!: ContractCcag;

  @ApiProperty({
    description: 'Le CCAP déroge au plafond et à l’exonération des pénalités de retard du CCAG',
    example: false,
  })
  penaltyDerogation!: boolean;

  @ApiProperty({
    description: 'Montant TTC du marché (maximum TTC d’un accord-cadre), en centimes',
    example: 24_000_000,
  })
  amountCentsTTC!: number;

  @ApiProperty({
    enum: PAYING_BUYERS,
    description:
      'Qui paie, pour le délai global de paiement : collectivité ou État 30 jours, hôpital 50, entreprise publique 60 (R2192-10, R2192-11)',
    example: 'collectivite',
  })
  payingBuyer!: PayingBuyer;

  @ApiProperty({ description: 'Le titulaire est une PME', example: true })
  holderSme!: boolean;

  @ApiProperty({
    description: 'Dépenses réelles de fonctionnement de l’acheteur supérieures à 60 M€',
    example: false,
  })
  buyerSpendingOver60M!: boolean;

  @ApiProperty({ type: () => AdvanceView, description: 'L’avance (R2191-3 à R2191-7)' })
  advance!: AdvanceView;

  @ApiProperty({
    description: 'Retenue de garantie, en % de chaque paiement (5 % au plus, R2191-32 ; 3 % pour une PME)',
    example: 0,
  })
  retentionPercent!: number;
}

/** A bon de commande placed under an accord-cadre. */
export class OrderView implements OrderPlaced {
  @ApiProperty({ format: 'uuid', description: 'Identifiant du bon de commande', example: UUID })
  orderId!: string;

  @ApiProperty({ description: 'SIRET du membre bénéficiaire qui commande', example: '21440050900011' })
  memberSiret!: string;

  @ApiProperty({ description: 'Date d’émission du bon de commande', example: '2026-09-20' })
  placedOn!: string;

  @ApiProperty({ description: 'Montant HT du bon de commande, en centimes', example: 1_500_000 })
  amountCents!: number;

  @ApiProperty({ description: 'Objet du bon de commande', example: 'Audit annuel de la messagerie' })
  description!: string;

  @ApiProperty({
    description:
      'Total HT commandé sous l’accord-cadre, ce bon compris, en centimes (plafond : le maximum, R2162-4)',
    example: 3_500_000,
  })
  orderedTotalCents!: number;
}

/** An avenant, with its legal ground and the checks it passed. */
export class AmendmentView implements AmendmentSigned {
  @ApiProperty({ format: 'uuid', description: 'Identifiant de l’avenant', example: UUID })
  amendmentId!: string;

  @ApiProperty({
    enum: AMENDMENT_GROUNDS,
    description:
      'Motif légal : clause de réexamen (R2194-1), prestations supplémentaires (R2194-2), circonstances imprévues ' +
      '(R2194-5), nouveau titulaire (R2194-6), non substantiel (R2194-7), de minimis (R2194-8)',
    example: 'de-minimis',
  })
  ground!: AmendmentGround;

  @ApiProperty({ description: 'Date de signature de l’avenant', example: '2026-09-01' })
  signedOn!: string;

  @ApiProperty({
    description: 'Variation du montant HT, en centimes (négative pour une diminution)',
    example: 1_500_000,
  })
  amountCents!: number;

  @ApiProperty({ description: 'Objet de l’avenant', example: 'Ajout d’un site à auditer' })
  description!: string;

  @ApiProperty({ description: 'Prolongation de la durée, en mois (0 : aucune)', example: 0 })
  extensionMonths!: number;

  @ApiProperty({
    description: 'Montant HT du marché (ou maximum) après l’avenant, en centimes',
    example: 21_500_000,
  })
  amountAfterCents!: number;

  @ApiProperty({ description: 'Terme du marché après l’avenant', example: '2028-06-30' })
  endsOn!: string;

  @ApiProperty({
    description: 'Un avis de modification doit être publié au JOUE (R2194-10)',
    example: false,
  })
  joueNoticeRequired!: boolean;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'SIRET du nouveau titulaire (R2194-6) ; null quand le titulaire reste le même',
    example: null,
  })
  newHolderSiret!: string | null;
}

/** A subcontractor accepted, with its payment conditions approved. */
export class SubcontractorView implements SubcontractorAccepted {
  @ApiProperty({ description: 'SIRET du sous-traitant', example: '44306184100047' })
  subcontractorSiret!: string;

  @ApiProperty({
    description: 'Date d’acceptation et d’agrément des conditions de paiement',
    example: '2026-09-01',
  })
  acceptedOn!: string;

  @ApiProperty({ description: 'Montant TTC du sous-traité, en centimes', example: 6_000_000 })
  subcontractCentsTTC!: number;

  @ApiProperty({ description: 'Payé directement par l’acheteur : dès 600 € TTC (R2193-10)', example: true })
  directPayment!: boolean;

  @ApiPropertyOptional({
    description:
      'Montant HT du sous-traité, en centimes ; absent des actes acceptés avant qu’il ne soit demandé',
    example: 5_000_000,
  })
  subcontractCentsHT?: number;

  @ApiPropertyOptional({
    description: 'Durée de l’acte spécial, en mois ; absente des actes plus anciens',
    example: 12,
  })
  durationMonths?: number;

  @ApiPropertyOptional({
    enum: SUBCONTRACT_PRICE_VARIATIONS,
    description: 'Variation du prix du sous-traité ; absente des actes plus anciens',
    example: 'firm',
  })
  priceVariation?: SubcontractPriceVariation;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { ApiObjectOrNull, IsCivilDate } from '@mutualis/shared/api';
import {
  AMENDMENT_GROUNDS,
  AmendmentGround,
  SUBCONTRACT_PRICE_VARIATIONS,
  SubcontractPriceVariation,
} from '@mutualis/shared/contracts';
import { cents, MAX_CENTS, SIRET } from './contract.dto';

// The bodies of the acts of execution: bons de commande, avenants, factures, sous-traitants, pénalités.

export class OrderBody {
  @ApiProperty({
    format: 'uuid',
    description: 'L’accord-cadre sous lequel le bon de commande est émis',
    example: '8c26bed0-2e27-5f5e-a270-499816732d8d',
  })
  @IsUUID()
  contractId!: string;
  @cents('Montant HT du bon de commande, en centimes', 1_500_000)
  @IsInt()
  @Min(1)
  @Max(MAX_CENTS)
  amountCents!: number;
  @ApiProperty({ description: 'Objet du bon de commande', example: 'Audit annuel de la messagerie' })
  @IsString()
  @Length(1, 2000)
  description!: string;
}

export class AmendmentNotificationBody {
  @ApiProperty({
    description:
      'Date de notification de l’avenant au titulaire : il prend effet, et ses données essentielles sont dues dans ' +
      'les deux mois (dateNotificationModification)',
    example: '2026-11-03',
  })
  @IsCivilDate()
  notifiedOn!: string;
}

export class AmendmentBody {
  @ApiProperty({
    enum: AMENDMENT_GROUNDS,
    description:
      'Motif légal de l’avenant : clause de réexamen (R2194-1), prestations supplémentaires (R2194-2), ' +
      'circonstances imprévues (R2194-5), nouveau titulaire (R2194-6), non substantiel (R2194-7), de minimis (R2194-8)',
  })
  @IsIn(AMENDMENT_GROUNDS)
  ground!: AmendmentGround;
  @ApiProperty({ description: 'Date de signature de l’avenant', example: '2026-10-01' })
  @IsCivilDate()
  signedOn!: string;
  @cents('Variation du montant HT en centimes (négative pour une diminution)', 1_000_000)
  @IsInt()
  @Min(-MAX_CENTS)
  @Max(MAX_CENTS)
  amountCents!: number;
  @ApiProperty({ description: 'Objet de l’avenant', example: 'Ajout d’un site à auditer' })
  @IsString()
  @Length(1, 4000)
  description!: string;
  @ApiPropertyOptional({
    description: 'Prolongation de la durée, en mois (aucune par défaut)',
    default: 0,
    example: 0,
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(120)
  extensionMonths?: number;
  @ApiPropertyOptional({
    description:
      'L’avenant change la nature globale du marché (il est alors refusé, L2194-1 ; non par défaut)',
    default: false,
    example: false,
  })
  @IsOptional()
  @IsBoolean()
  changesNature?: boolean;
  @ApiPropertyOptional({
    description:
      'SIRET du nouveau titulaire, pour un avenant de transfert seulement (R2194-6 : restructuration, clause) ; ' +
      'absent ou null sinon',
    type: String,
    nullable: true,
    example: null,
  })
  @IsOptional()
  @Matches(SIRET)
  newHolderSiret?: string;
}

class SubcontractorClaimBody {
  @ApiProperty({ description: 'SIRET du sous-traitant payé directement', example: '44306184100047' })
  @Matches(SIRET)
  siret!: string;
  @ApiProperty({ description: 'Premier jour des prestations facturées', example: '2026-09-01' })
  @IsCivilDate()
  workFrom!: string;
}

export class InvoiceBody {
  @cents('Montant HT, en centimes', 1_000_000)
  @IsInt()
  @Min(1)
  @Max(MAX_CENTS)
  amountCents!: number;
  @cents('Montant TTC, en centimes', 1_200_000)
  @IsInt()
  @Min(1)
  @Max(MAX_CENTS)
  amountCentsTTC!: number;
  @ApiPropertyOptional({
    format: 'uuid',
    type: String,
    nullable: true,
    description: 'Le bon de commande réglé : obligatoire sous un accord-cadre, absent ou null pour un marché',
    example: null,
  })
  @IsOptional()
  @IsUUID()
  orderId?: string;
  @ApiObjectOrNull(SubcontractorClaimBody, {
    required: false,
    description:
      'Demande de paiement direct d’un sous-traitant accepté (R2193-10) ; absente ou null quand le titulaire est payé',
    example: null,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => SubcontractorClaimBody)
  subcontractor?: SubcontractorClaimBody;
}

export class ReceivedInvoiceBody extends InvoiceBody {
  @ApiProperty({
    description: 'Date de réception de la demande de paiement : point de départ du délai (R2192-12)',
    example: '2026-09-01',
  })
  @IsCivilDate()
  receivedOn!: string;
}

export class SubcontractorBody {
  @ApiProperty({ description: 'SIRET du sous-traitant', example: '44306184100047' })
  @Matches(SIRET)
  subcontractorSiret!: string;
  @ApiProperty({
    description: 'Date d’acceptation et d’agrément des conditions de paiement',
    example: '2026-09-01',
  })
  @IsCivilDate()
  acceptedOn!: string;
  @cents('Montant TTC du sous-traité, en centimes (paiement direct dès 600 € TTC)', 6_000_000)
  @IsInt()
  @Min(1)
  @Max(MAX_CENTS)
  subcontractCentsTTC!: number;
  @cents('Montant HT du sous-traité, en centimes, tel que l’acte spécial le fixe', 5_000_000)
  @IsInt()
  @Min(1)
  @Max(MAX_CENTS)
  subcontractCentsHT!: number;
  @ApiProperty({ description: 'Durée de l’acte spécial de sous-traitance, en mois', example: 12 })
  @IsInt()
  @Min(1)
  @Max(600)
  durationMonths!: number;
  @ApiProperty({
    enum: SUBCONTRACT_PRICE_VARIATIONS,
    description:
      'Variation du prix du sous-traité : ferme (firm), actualisable (adjustable), révisable (revisable)',
    example: 'firm',
  })
  @IsIn(SUBCONTRACT_PRICE_VARIATIONS)
  priceVariation!: SubcontractPriceVariation;
}

export class PenaltyBody {
  @ApiProperty({
    description: 'Date de l’invitation du titulaire à présenter ses observations (15 jours)',
    example: '2026-10-11',
  })
  @IsCivilDate()
  invitedOn!: string;
  @ApiProperty({ description: 'Jours de retard', example: 20 })
  @IsInt()
  @Min(1)
  @Max(100_000)
  daysLate!: number;
  @cents(
    'Valeur HT des prestations en retard, base de la formule du CCAG (travaux : le montant du marché)',
    10_000_000,
  )
  @IsInt()
  @Min(0)
  @Max(MAX_CENTS)
  valueCents!: number;
  @ApiProperty({ description: 'Motif', example: 'Rapport d’audit remis en retard' })
  @IsString()
  @Length(1, 4000)
  reason!: string;
  @ApiPropertyOptional({
    format: 'uuid',
    type: String,
    nullable: true,
    description:
      'Le bon de commande en retard : obligatoire sous un accord-cadre exécuté par bons de commande, dont le ' +
      'plafond de 10 % se calcule sur le montant de ce bon et non sur le maximum de l’accord-cadre (CCAG 2021) ; ' +
      'absent ou null pour un marché',
    example: null,
  })
  @IsOptional()
  @IsUUID()
  orderId?: string | null;
}

export class PaymentInterruptionBody {
  @ApiProperty({
    description:
      'Date de réception par le titulaire de la notification de l’interruption (R2192-28) : le délai s’arrête',
    example: '2026-10-05',
  })
  @IsCivilDate()
  interruptedOn!: string;
  @ApiProperty({
    description: 'Les motifs qui s’opposent au paiement et les pièces à fournir ou à compléter (R2192-28)',
    example: 'Facture sans numéro de bon de commande ; RIB manquant',
  })
  @IsString()
  @Length(1, 4000)
  reason!: string;
}

export class PaymentCompletionBody {
  @ApiProperty({
    description: 'Date de réception de la totalité des pièces et mentions réclamées (R2192-29)',
    example: '2026-10-12',
  })
  @IsCivilDate()
  completedOn!: string;
}

export class PenaltyApplicationBody {
  @ApiPropertyOptional({
    description:
      'Date de réception des observations du titulaire, s’il en a présenté : la pénalité peut alors être ' +
      'appliquée sans attendre la fin des 15 jours ; absente sinon',
    example: '2026-10-20',
  })
  @IsOptional()
  @IsCivilDate()
  observationsReceivedOn?: string;
}

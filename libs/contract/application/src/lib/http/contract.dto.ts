import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsCivilDate } from '@mutualis/shared/api';
import {
  AMENDMENT_GROUNDS,
  AmendmentGround,
  CONTRACT_CCAGS,
  ContractCcag,
  PAYING_BUYERS,
  PayingBuyer,
  PRICE_FORMS,
  PRICE_TYPES,
  PriceForm,
  PriceType,
  TERMINATION_GROUNDS,
  TerminationGround,
} from '@mutualis/shared/contracts';

const MAX_CENTS = 10_000_000_000_000;
const SIRET = /^\d{14}$/;
const cents = (description: string, example: number) => ApiProperty({ description, example });

class RenewalsBody {
  @ApiProperty({
    description: 'Nombre de reconductions annoncées avec la durée totale (R2112-4)',
    example: 2,
  })
  @IsInt()
  @Min(1)
  @Max(20)
  count!: number;
  @ApiProperty({ description: 'Durée de chaque reconduction, en mois', example: 12 })
  @IsInt()
  @Min(1)
  @Max(120)
  monthsEach!: number;
  @ApiProperty({ description: 'Reconduction tacite (par défaut selon R2112-4)' })
  @IsBoolean()
  tacit!: boolean;
}

class AdvanceBody {
  @ApiProperty({ description: 'Taux de l’avance, en % (5 % au moins quand elle est obligatoire, R2191-7)' })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(100)
  ratePercent!: number;
  @ApiProperty({ description: 'Le titulaire refuse l’avance dans l’acte d’engagement' })
  @IsBoolean()
  waived!: boolean;
}

export class NotificationBody {
  @ApiProperty({ description: 'Date de notification au titulaire (R2182-4)', example: '2026-07-01' })
  @IsCivilDate()
  notifiedOn!: string;
  @ApiProperty({ description: 'Durée d’exécution en mois, hors reconductions', example: 24 })
  @IsInt()
  @Min(1)
  @Max(600)
  durationMonths!: number;
  @ApiPropertyOptional({ type: RenewalsBody, description: 'Reconductions prévues (aucune si absent)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RenewalsBody)
  renewals?: RenewalsBody;
  @ApiProperty({ enum: PRICE_FORMS, description: 'Forme du prix : unitaire, forfaitaire, mixte' })
  @IsIn(PRICE_FORMS)
  priceForm!: PriceForm;
  @ApiProperty({ enum: PRICE_TYPES, description: 'Prix ferme, actualisable, révisable ou provisoire' })
  @IsIn(PRICE_TYPES)
  priceType!: PriceType;
  @ApiProperty({
    enum: CONTRACT_CCAGS,
    description: 'CCAG de référence (FCS, TIC, PI, MI, MOE, Travaux, none)',
  })
  @IsIn(CONTRACT_CCAGS)
  ccag!: ContractCcag;
  @ApiPropertyOptional({ description: 'Le CCAP déroge au plafond et à l’exonération des pénalités du CCAG' })
  @IsOptional()
  @IsBoolean()
  penaltyDerogation?: boolean;
  @cents('Montant TTC, en centimes (maximum TTC d’un accord-cadre)', 24_000_000)
  @IsInt()
  @Min(0)
  @Max(MAX_CENTS)
  amountCentsTTC!: number;
  @ApiProperty({
    enum: PAYING_BUYERS,
    description: 'Qui paie : délai global de paiement de 30 jours (collectivité, État), 50 (hôpital) ou 60',
  })
  @IsIn(PAYING_BUYERS)
  payingBuyer!: PayingBuyer;
  @ApiProperty({ description: 'Le titulaire est une PME' }) @IsBoolean() holderSme!: boolean;
  @ApiProperty({ description: 'Dépenses réelles de fonctionnement de l’acheteur supérieures à 60 M€' })
  @IsBoolean()
  buyerSpendingOver60M!: boolean;
  @ApiProperty({ type: AdvanceBody }) @ValidateNested() @Type(() => AdvanceBody) advance!: AdvanceBody;
  @ApiProperty({ description: 'Retenue de garantie, en % (5 % au plus ; 3 % pour une PME, C6)', example: 0 })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(100)
  retentionPercent!: number;
}

export class OrderBody {
  @ApiProperty({ description: 'L’accord-cadre sous lequel le bon de commande est émis' })
  @IsUUID()
  contractId!: string;
  @cents('Montant HT du bon de commande, en centimes', 1_500_000)
  @IsInt()
  @Min(1)
  @Max(MAX_CENTS)
  amountCents!: number;
  @ApiProperty({ description: 'Objet du bon de commande' }) @IsString() @Length(1, 2000) description!: string;
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
  @ApiProperty({ description: 'Objet de l’avenant' }) @IsString() @Length(1, 4000) description!: string;
  @ApiPropertyOptional({ description: 'Prolongation de la durée, en mois', example: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(120)
  extensionMonths?: number;
  @ApiPropertyOptional({
    description: 'L’avenant change la nature globale du marché (il est alors refusé, L2194-1)',
  })
  @IsOptional()
  @IsBoolean()
  changesNature?: boolean;
  @ApiPropertyOptional({
    description:
      'SIRET du nouveau titulaire, pour un avenant de transfert (R2194-6 : restructuration, clause)',
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
  @ApiPropertyOptional({ description: 'Le bon de commande réglé (obligatoire sous un accord-cadre)' })
  @IsOptional()
  @IsUUID()
  orderId?: string;
  @ApiPropertyOptional({
    type: SubcontractorClaimBody,
    description: 'Demande de paiement direct d’un sous-traitant',
  })
  @IsOptional()
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
  @ApiProperty({ description: 'Date d’acceptation et d’agrément des conditions de paiement' })
  @IsCivilDate()
  acceptedOn!: string;
  @cents('Montant TTC du sous-traité, en centimes (paiement direct dès 600 € TTC)', 6_000_000)
  @IsInt()
  @Min(1)
  @Max(MAX_CENTS)
  subcontractCentsTTC!: number;
}

export class PenaltyBody {
  @ApiProperty({ description: 'Date de l’invitation du titulaire à présenter ses observations (15 jours)' })
  @IsCivilDate()
  invitedOn!: string;
  @ApiProperty({ description: 'Jours de retard', example: 5 })
  @IsInt()
  @Min(1)
  @Max(100_000)
  daysLate!: number;
  @cents(
    'Valeur HT des prestations en retard, base de la formule du CCAG (travaux : le montant du marché)',
    1_000_000,
  )
  @IsInt()
  @Min(0)
  @Max(MAX_CENTS)
  valueCents!: number;
  @ApiProperty({ description: 'Motif' }) @IsString() @Length(1, 4000) reason!: string;
}

export class PenaltyApplicationBody {
  @ApiPropertyOptional({ description: 'Date de réception des observations du titulaire, s’il en a présenté' })
  @IsOptional()
  @IsCivilDate()
  observationsReceivedOn?: string;
}

export class SuspensionBody {
  @ApiProperty() @IsCivilDate() suspendedOn!: string;
  @ApiProperty({ description: 'Motif de l’ajournement' }) @IsString() @Length(1, 4000) reason!: string;
}

export class ResumptionBody {
  @ApiProperty() @IsCivilDate() resumedOn!: string;
}

export class TerminationBody {
  @ApiProperty() @IsCivilDate() terminatedOn!: string;
  @ApiProperty({
    enum: TERMINATION_GROUNDS,
    description:
      'Résiliation pour faute du titulaire, motif d’intérêt général, impossibilité, ou d’un commun accord',
  })
  @IsIn(TERMINATION_GROUNDS)
  ground!: TerminationGround;
  @ApiProperty({ description: 'Motifs' }) @IsString() @Length(1, 4000) reason!: string;
}

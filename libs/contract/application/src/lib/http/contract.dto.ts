import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsCivilDate } from '@mutualis/shared/api';
import {
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

/** The largest amount a body accepts, in cents: 100 billion euros. */
export const MAX_CENTS = 10_000_000_000_000;
export const SIRET = /^\d{14}$/;
/** An amount in cents, documented with its meaning (HT or TTC) and an example. */
export const cents = (description: string, example: number) => ApiProperty({ description, example });

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
  @ApiProperty({ description: 'Reconduction tacite (sinon expresse, décidée par l’acheteur)', example: true })
  @IsBoolean()
  tacit!: boolean;
}

class AdvanceBody {
  @ApiProperty({
    description: 'Taux de l’avance, en % (5 % au moins quand elle est obligatoire, R2191-7)',
    example: 5,
  })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(100)
  ratePercent!: number;
  @ApiProperty({ description: 'Le titulaire refuse l’avance dans l’acte d’engagement', example: false })
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
  @ApiPropertyOptional({
    type: RenewalsBody,
    description:
      'Reconductions prévues : celles que la consultation a annoncées (R2112-4), que le marché prend si absent ; ' +
      'd’autres sont refusées (renewals-not-as-tendered). Pour un marché ouvert avant que les consultations les ' +
      'annoncent, celles-ci (aucune si absent)',
  })
  @IsOptional()
  @IsObject()
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
  @ApiPropertyOptional({
    description: 'Le CCAP déroge au plafond et à l’exonération des pénalités du CCAG (non par défaut)',
    default: false,
    example: false,
  })
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
  @ApiProperty({ description: 'Le titulaire est une PME', example: true }) @IsBoolean() holderSme!: boolean;
  @ApiProperty({
    description: 'Dépenses réelles de fonctionnement de l’acheteur supérieures à 60 M€',
    example: false,
  })
  @IsBoolean()
  buyerSpendingOver60M!: boolean;
  @ApiProperty({ type: AdvanceBody, description: 'L’avance accordée au titulaire (R2191-3 à R2191-7)' })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => AdvanceBody)
  advance!: AdvanceBody;
  @ApiProperty({ description: 'Retenue de garantie, en % (5 % au plus ; 3 % pour une PME, C6)', example: 0 })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(100)
  retentionPercent!: number;
}

export class NonRenewalBody {
  @ApiProperty({
    description: 'Motif de la décision de ne pas reconduire le marché',
    example: 'Le besoin est couvert par le marché régional',
  })
  @IsString()
  @Length(1, 4000)
  reason!: string;
}

export class SuspensionBody {
  @ApiProperty({ description: 'Date de l’ajournement (aujourd’hui au plus tard)', example: '2026-10-28' })
  @IsCivilDate()
  suspendedOn!: string;
  @ApiProperty({ description: 'Motif de l’ajournement', example: 'Intempéries' })
  @IsString()
  @Length(1, 4000)
  reason!: string;
}

export class ResumptionBody {
  @ApiProperty({
    description: 'Date de reprise de l’exécution (aujourd’hui au plus tard)',
    example: '2026-11-01',
  })
  @IsCivilDate()
  resumedOn!: string;
}

export class TerminationBody {
  @ApiProperty({ description: 'Date de la résiliation (aujourd’hui au plus tard)', example: '2026-11-02' })
  @IsCivilDate()
  terminatedOn!: string;
  @ApiProperty({
    enum: TERMINATION_GROUNDS,
    description:
      'Résiliation pour faute du titulaire, motif d’intérêt général, impossibilité, ou d’un commun accord',
  })
  @IsIn(TERMINATION_GROUNDS)
  ground!: TerminationGround;
  @ApiProperty({ description: 'Motifs de la résiliation', example: 'Réorganisation des services' })
  @IsString()
  @Length(1, 4000)
  reason!: string;
}

import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsDefined,
  IsInt,
  IsObject,
  IsString,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

const MAX_CENTS = 10_000_000_000_000;

class LotBody {
  @ApiProperty({ description: 'Numéro du lot (1, 2, …)', example: 1 })
  @IsInt()
  @Min(1)
  @Max(1000)
  number!: number;

  @ApiProperty({ description: 'Intitulé du lot', example: 'Audit de sécurité' })
  @IsString()
  @Length(1, 300)
  title!: string;
}

class DurationBody {
  @ApiProperty({ description: 'Durée initiale en mois', example: 36 })
  @IsInt()
  @Min(1)
  @Max(600)
  initialMonths!: number;

  @ApiProperty({ description: 'Nombre de reconductions', example: 1 })
  @IsInt()
  @Min(0)
  @Max(20)
  renewals!: number;

  @ApiProperty({ description: 'Durée de chaque reconduction en mois', example: 12 })
  @IsInt()
  @Min(0)
  @Max(120)
  monthsPerRenewal!: number;
}

export class OpenCensusBody {
  @ApiProperty({ description: 'Objet de l’achat', example: 'Cybersécurité des communes' })
  @IsString()
  @Length(1, 1000)
  object!: string;

  @ApiProperty({ description: 'Code CPV principal (liste officielle)', example: '79212000' })
  @IsString()
  @Length(8, 10)
  cpvCode!: string;

  @ApiProperty({ type: [LotBody], description: 'Les lots, numérotés une fois chacun (R2113-1)' })
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => LotBody)
  lots!: LotBody[];

  @ApiProperty({ type: DurationBody, description: 'Durée du futur marché, reconductions comprises' })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => DurationBody)
  duration!: DurationBody;

  @ApiProperty({ description: 'Options envisagées', example: 'tests d’intrusion supplémentaires' })
  @IsString()
  @Length(0, 2000)
  options!: string;
}

class NeedBody {
  @ApiProperty({ description: 'Numéro du lot du recensement', example: 1 })
  @IsInt()
  @Min(1)
  lot!: number;

  @ApiProperty({ description: 'Besoin annuel estimé HT, en centimes', example: 1_000_000 })
  @IsInt()
  @Min(0)
  @Max(MAX_CENTS)
  annualCents!: number;

  @ApiProperty({ description: 'Options annuelles estimées HT, en centimes', example: 200_000 })
  @IsInt()
  @Min(0)
  @Max(MAX_CENTS)
  optionsAnnualCents!: number;
}

export class NeedsBody {
  @ApiProperty({ type: [NeedBody], description: 'Un besoin par lot concerné' })
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => NeedBody)
  needs!: NeedBody[];
}

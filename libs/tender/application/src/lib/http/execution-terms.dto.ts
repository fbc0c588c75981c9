import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { PLACE_OF_EXECUTION_KINDS, PlaceOfExecutionKind } from '@mutualis/shared/contracts';

// What the consultation announces of the contract's execution, in the creation's body: reconductions, place, clauses.

export class ReconductionsBody {
  @ApiProperty({
    description:
      'Durée de la période initiale, en mois, celle que chaque lot value (pour un accord-cadre, sa durée)',
    example: 12,
  })
  @IsInt()
  @Min(1)
  @Max(600)
  initialMonths!: number;
  @ApiProperty({ description: 'Nombre de reconductions', example: 3 })
  @IsInt()
  @Min(1)
  @Max(20)
  count!: number;
  @ApiProperty({ description: 'Durée de chaque reconduction, en mois', example: 12 })
  @IsInt()
  @Min(1)
  @Max(600)
  monthsEach!: number;
  @ApiPropertyOptional({
    description:
      'Reconduction tacite, au terme sauf décision contraire de l’acheteur avant lui (par défaut, R2112-4) ; false : ' +
      'chaque reconduction est décidée expressément',
    default: true,
    example: true,
  })
  @IsOptional()
  @IsBoolean()
  tacit?: boolean;
}

export class PlaceOfExecutionBody {
  @ApiProperty({
    description:
      'Code INSEE de la commune (5 caractères), du département ou de la région ; code ISO 3166-1 alpha-2 du pays',
    example: '31555',
  })
  @IsString()
  @Length(2, 5)
  code!: string;
  @ApiProperty({ enum: PLACE_OF_EXECUTION_KINDS, description: 'Nature du code', example: 'commune' })
  @IsIn(PLACE_OF_EXECUTION_KINDS)
  kind!: PlaceOfExecutionKind;
}

export class ExecutionClausesBody {
  @ApiPropertyOptional({
    description: 'Clause sociale d’exécution (L2112-2) ; par défaut, non',
    default: false,
    example: true,
  })
  @IsOptional()
  @IsBoolean()
  socialClause?: boolean;
  @ApiPropertyOptional({
    description: 'Marché réservé (L2113-12, L2113-13) ; par défaut, non',
    default: false,
    example: false,
  })
  @IsOptional()
  @IsBoolean()
  reservedContract?: boolean;
  @ApiPropertyOptional({
    description: 'Clause environnementale d’exécution (L2112-2) ; par défaut, non',
    default: false,
    example: false,
  })
  @IsOptional()
  @IsBoolean()
  environmentalClause?: boolean;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { CONSORTIUM_KINDS, ConsortiumKind } from '@mutualis/shared/contracts';

/** The filters and page of `GET /consortia`. */
export class DirectoryQueryParams {
  @ApiPropertyOptional({
    description: 'Partie du nom du groupement, sans distinction de casse',
    example: 'cyber',
  })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({
    enum: CONSORTIUM_KINDS,
    description:
      'Groupement de commandes ponctuel ou permanent (L2113-6 à L2113-8), ou centrale d’achat (L2113-2)',
  })
  @IsOptional()
  @IsIn(CONSORTIUM_KINDS)
  kind?: ConsortiumKind;

  @ApiPropertyOptional({
    description:
      'SIRET (14 chiffres) ou SIREN (9 chiffres) du coordonnateur ou d’une collectivité candidate, membre ou retirée',
    example: '213105554',
  })
  @IsOptional()
  @Matches(/^(\d{9}|\d{14})$/, { message: 'siret must be a SIRET (14 digits) or a SIREN (9 digits)' })
  siret?: string;

  @ApiPropertyOptional({
    description: 'Code INSEE de la région d’une de ses communes (76 : Occitanie)',
    example: '76',
  })
  @IsOptional()
  @Matches(/^\d{2}$/, { message: 'region must be a two-digit INSEE region code' })
  region?: string;

  @ApiPropertyOptional({ description: 'Taille de la page (1 à 200)', default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({
    description: 'Nombre de groupements à sauter : la page suivante commence à `next`',
    default: 0,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset?: number;

  @ApiPropertyOptional({
    description:
      'Attendre que la liste reflète cette position (la `position` d’une commande : lire ses écritures)',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  minPosition?: number;
}

class DirectoryCoordinator {
  @ApiProperty({ description: 'SIRET du coordonnateur', example: '21310555400017' })
  siret!: string;

  @ApiProperty({ description: 'Nom du coordonnateur', example: 'Toulouse Métropole' })
  name!: string;
}

export class DirectoryEntryView {
  @ApiProperty({ format: 'uuid', example: '0190c6a4-7c1e-7b1a-9d3e-2f4a5b6c7d8e' })
  consortiumId!: string;

  @ApiProperty({ example: 'Groupement cybersécurité de Haute-Garonne' })
  name!: string;

  @ApiProperty({ enum: CONSORTIUM_KINDS })
  kind!: ConsortiumKind;

  @ApiProperty({ type: DirectoryCoordinator })
  coordinator!: DirectoryCoordinator;

  @ApiProperty({ description: 'Entrée en vigueur de la convention constitutive', example: '2026-01-15' })
  effectiveOn!: string;

  @ApiProperty({
    description: 'Membres : adhésion acceptée, sans retrait enregistré (coordonnateur compris)',
    example: 12,
  })
  members!: number;

  @ApiProperty({ description: 'Candidatures en attente d’adhésion', example: 2 })
  applicants!: number;

  @ApiProperty({
    type: [String],
    description: 'Codes INSEE des régions de ses communes',
    example: ['76'],
  })
  regions!: string[];
}

export class DirectoryPage {
  @ApiProperty({
    type: [DirectoryEntryView],
    description: 'Les groupements de la page, par ordre alphabétique',
  })
  consortia!: DirectoryEntryView[];

  @ApiProperty({ description: 'Nombre de groupements qui répondent aux filtres', example: 1 })
  total!: number;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: '`offset` de la page suivante ; null sur la dernière page',
    example: null,
  })
  next!: number | null;
}

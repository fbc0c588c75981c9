import { ApiExtraModels, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { ApiObjectOrNull } from '@mutualis/shared/api';
import { CENSUS_STATES, CensusListEntry, CensusListState } from '../censuses/census-register';
import { CENSUS_ID, CensusLotView } from './census.responses';

/** The filter and page of `GET /consortia/{consortiumId}/censuses`. */
export class CensusListQueryParams {
  @ApiPropertyOptional({
    enum: CENSUS_STATES,
    description:
      'Ouverts (les membres déclarent encore leurs besoins) ou clos (valeur estimée connue) ; tous sinon',
    example: 'open',
  })
  @IsOptional()
  @IsIn(CENSUS_STATES)
  state?: CensusListState;

  @ApiPropertyOptional({ description: 'Taille de la page (1 à 200)', default: 50, example: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({
    description: 'Nombre de recensements à sauter : la page suivante commence à `next`',
    default: 0,
    example: 0,
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

/** How a census closed: its date and the estimated value of the whole need (T1). */
export class CensusListClosedView {
  @ApiProperty({ description: 'Date de clôture', example: '2026-04-15' })
  closedOn!: string;

  @ApiProperty({
    description:
      'Valeur estimée HT du besoin, tous lots, options et reconductions, sur toute la durée (règle T1, R2121-1), ' +
      'en centimes',
    example: 4_800_000,
  })
  totalCents!: number;
}

/** A line of the list: what the census asks, who answered, and whether it is closed. */
@ApiExtraModels(CensusListClosedView)
export class CensusListEntryView implements CensusListEntry {
  @ApiProperty({ format: 'uuid', description: 'Identifiant du recensement', example: CENSUS_ID })
  censusId!: string;

  @ApiProperty({ description: 'Objet de l’achat', example: 'Cybersécurité des communes' })
  object!: string;

  @ApiProperty({
    description: 'Code CPV principal (nomenclature officielle), avec sa clé de contrôle',
    example: '79212000-3',
  })
  cpvCode!: string;

  @ApiProperty({ type: [CensusLotView], description: 'Les lots, tels qu’ouverts' })
  lots!: CensusLotView[];

  @ApiProperty({ description: 'Date d’ouverture', example: '2026-03-20' })
  openedOn!: string;

  @ApiProperty({
    description:
      'Nombre de collectivités qui ont déclaré leurs besoins (chacune une fois, même si elle a redéclaré)',
    example: 12,
  })
  respondents!: number;

  @ApiObjectOrNull(CensusListClosedView, {
    description: 'La clôture et la valeur estimée totale ; null tant que le recensement est ouvert',
  })
  closed!: CensusListClosedView | null;
}

export class CensusListPage {
  @ApiProperty({
    type: [CensusListEntryView],
    description: 'Les recensements de la page, du plus récent au plus ancien (date d’ouverture)',
  })
  censuses!: CensusListEntryView[];

  @ApiProperty({ description: 'Nombre de recensements qui répondent au filtre', example: 1 })
  total!: number;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: '`offset` de la page suivante ; null sur la dernière page',
    example: null,
  })
  next!: number | null;
}

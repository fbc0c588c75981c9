import { ApiExtraModels, ApiProperty } from '@nestjs/swagger';
import { ApiObjectOrNull, CommandAccepted } from '@mutualis/shared/api';
import { CensusClosed, CensusLot, CensusOpened, NeedsSubmitted } from '@mutualis/shared/contracts';

// A needs census (recensement des besoins) as its readers see it: what was asked, what each member said, and at
// closing the estimated value of T1 (R2121-1).

export const CENSUS_ID = '0190c6a4-7c1e-7000-8000-0000000000d4';
const CROSSAC = '21440050900011';

/** The answer to `POST /consortia/{consortiumId}/censuses`: the new census's id beside its first event. */
export class CensusOpenedAccepted extends CommandAccepted {
  @ApiProperty({ format: 'uuid', description: 'Identifiant du recensement ouvert', example: CENSUS_ID })
  censusId!: string;
}

/** A lot of a census, as opened. */
export class CensusLotView implements CensusLot {
  @ApiProperty({ description: 'Numéro du lot', example: 1 })
  number!: number;

  @ApiProperty({ description: 'Intitulé du lot', example: 'Audit de sécurité' })
  title!: string;
}

class CensusDurationView {
  @ApiProperty({ description: 'Durée initiale du futur marché, en mois', example: 36 })
  initialMonths!: number;

  @ApiProperty({ description: 'Nombre de reconductions', example: 1 })
  renewals!: number;

  @ApiProperty({ description: 'Durée de chaque reconduction, en mois', example: 12 })
  monthsPerRenewal!: number;
}

class NeedView {
  @ApiProperty({ description: 'Numéro du lot', example: 1 })
  lot!: number;

  @ApiProperty({ description: 'Besoin annuel estimé HT, en centimes', example: 1_000_000 })
  annualCents!: number;

  @ApiProperty({ description: 'Options annuelles estimées HT, en centimes', example: 200_000 })
  optionsAnnualCents!: number;
}

/** A member's latest statement of needs: a new one replaces the previous. */
export class NeedsSubmittedView implements NeedsSubmitted {
  @ApiProperty({ description: 'SIRET du membre', example: CROSSAC })
  memberSiret!: string;

  @ApiProperty({ description: 'Date de la déclaration', example: '2026-04-01' })
  submittedOn!: string;

  @ApiProperty({ type: [NeedView], description: 'Ses besoins, lot par lot' })
  needs!: NeedView[];
}

class LotValueView {
  @ApiProperty({ description: 'Numéro du lot', example: 1 })
  lot!: number;

  @ApiProperty({
    description:
      'Valeur estimée HT du lot sur toute la durée, options et reconductions comprises, en centimes',
    example: 4_800_000,
  })
  cents!: number;

  @ApiProperty({ description: 'Nombre de membres bénéficiaires qui ont des besoins sur ce lot', example: 1 })
  members!: number;
}

/** The census closed: the estimated value by lot and in total (T1, R2121-1) and the beneficiaries. */
export class CensusClosedView implements CensusClosed {
  @ApiProperty({ description: 'Date de clôture', example: '2026-04-15' })
  closedOn!: string;

  @ApiProperty({ description: 'Durée totale du futur marché, reconductions comprises, en mois', example: 48 })
  wholeDurationMonths!: number;

  @ApiProperty({ type: [LotValueView], description: 'Valeur estimée par lot' })
  perLot!: LotValueView[];

  @ApiProperty({
    description:
      'Valeur estimée HT du besoin, tous lots, options et reconductions, sur toute la durée (règle T1, R2121-1), ' +
      'en centimes : elle détermine la procédure et la publicité',
    example: 4_800_000,
  })
  totalCents!: number;

  @ApiProperty({
    type: [String],
    description:
      'SIRET des bénéficiaires : membres qui ont déclaré des besoins et le sont encore à la clôture',
    example: [CROSSAC],
  })
  beneficiaries!: string[];
}

/** `GET /consortia/{consortiumId}/censuses/{censusId}`. */
@ApiExtraModels(CensusClosedView)
export class CensusView implements CensusOpened {
  @ApiProperty({ format: 'uuid', description: 'Identifiant du recensement', example: CENSUS_ID })
  censusId!: string;

  @ApiProperty({
    format: 'uuid',
    description: 'Identifiant du groupement',
    example: '0190c6a4-7c1e-7b1a-9d3e-2f4a5b6c7d8e',
  })
  consortiumId!: string;

  @ApiProperty({ description: 'Objet de l’achat', example: 'Cybersécurité des communes' })
  object!: string;

  @ApiProperty({ description: 'Code CPV principal (nomenclature officielle)', example: '79212000' })
  cpvCode!: string;

  @ApiProperty({ type: [CensusLotView], description: 'Les lots' })
  lots!: CensusLotView[];

  @ApiProperty({ type: CensusDurationView, description: 'Durée du futur marché' })
  duration!: CensusDurationView;

  @ApiProperty({ description: 'Options envisagées', example: 'tests d’intrusion supplémentaires' })
  options!: string;

  @ApiProperty({ description: 'Date d’ouverture', example: '2026-03-20' })
  openedOn!: string;

  @ApiProperty({ type: [NeedsSubmittedView], description: 'La dernière déclaration de chaque membre' })
  needs!: NeedsSubmittedView[];

  @ApiObjectOrNull(CensusClosedView, {
    description: 'La clôture et la valeur estimée ; null tant que le recensement est ouvert',
  })
  closed!: CensusClosedView | null;

  @ApiProperty({ description: 'Version du recensement, reprise dans l’ETag', example: 3 })
  version!: number;
}

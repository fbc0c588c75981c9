import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ImportReport, RowOutcome, RowResult } from './csv-import';

const ROW_OUTCOMES: readonly RowOutcome[] = ['accepted', 'unchanged', 'refused'];

/** What became of one row of an imported file. */
export class ImportRowResultBody implements RowResult {
  @ApiProperty({ description: 'Numéro de ligne dans le fichier (l’en-tête est la ligne 1)', example: 2 })
  line!: number;

  @ApiProperty({
    description: 'Ce qui identifie la ligne : le SIRET, tel que donné',
    example: '21440195200012',
  })
  key!: string;

  @ApiProperty({
    enum: ROW_OUTCOMES,
    description:
      'accepted : enregistrée ; unchanged : déjà ainsi, rien de plus ; refused : refusée, voir `rule`',
    example: 'accepted',
  })
  outcome!: RowOutcome;

  @ApiPropertyOptional({
    description:
      'Règle qui a refusé la ligne (seulement si refused), comme le `type` urn:mutualis:rule:<règle>',
    example: 'deliberation-required',
  })
  rule?: string;

  @ApiPropertyOptional({
    description: 'Texte de référence de la règle, quand elle en a un (seulement si refused)',
    example: 'CE 25/04/1994 Région d’Aquitaine n°99926',
  })
  legalReference?: string;

  @ApiPropertyOptional({
    description: 'Explication du refus (seulement si refused)',
    example: 'Savenay accepts the convention on a délibération adopted on or before 2026-03-01',
  })
  detail?: string;
}

/** The report of a CSV import: the fate of each row, one bad row never blocking the others. */
export class ImportReportBody implements ImportReport {
  @ApiProperty({ description: 'Nom du fichier importé', example: 'adhesions-estuaire.csv' })
  fileName!: string;

  @ApiProperty({ description: 'Nombre de lignes de données (en-tête exclu)', example: 2 })
  rows!: number;

  @ApiProperty({ description: 'Lignes enregistrées', example: 2 })
  accepted!: number;

  @ApiProperty({
    description: 'Lignes déjà enregistrées telles quelles : réimporter un fichier ne change rien',
    example: 0,
  })
  unchanged!: number;

  @ApiProperty({ description: 'Lignes refusées, chacune avec sa règle', example: 0 })
  refused!: number;

  @ApiProperty({
    type: [ImportRowResultBody],
    description: 'Le sort de chaque ligne, dans l’ordre du fichier',
  })
  results!: ImportRowResultBody[];
}

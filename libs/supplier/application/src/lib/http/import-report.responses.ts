import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ImportReport, RowOutcome, RowResult } from '@mutualis/shared/api';

const ROW_OUTCOMES: readonly RowOutcome[] = ['accepted', 'unchanged', 'refused'];

/** What became of one row of an imported file. */
export class ImportedRowView implements RowResult {
  @ApiProperty({
    description: 'Numéro de la ligne dans le fichier, l’en-tête étant la ligne 1 (line)',
    example: 2,
  })
  line!: number;

  @ApiProperty({ description: 'Le SIRET de la ligne, tel que donné (key)', example: '732 829 320 00074' })
  key!: string;

  @ApiProperty({
    enum: ROW_OUTCOMES,
    description:
      'Sort de la ligne (outcome) : immatriculé (accepted), déjà immatriculé à l’identique (unchanged), refusé ' +
      '(refused, voir `rule`)',
    example: 'accepted',
  })
  outcome!: RowOutcome;

  @ApiPropertyOptional({
    description:
      'Règle qui a refusé la ligne (rule), seulement si refusée : invalid-row (champ manquant ou mal formé), ' +
      'invalid-siret, unknown-cpv-code, supplier-already-registered…',
    example: 'unknown-cpv-code',
  })
  rule?: string;

  @ApiPropertyOptional({
    description: 'Article qui fonde le refus (legalReference), quand la règle en cite un',
    example: 'Règlement (CE) 213/2008',
  })
  legalReference?: string;

  @ApiPropertyOptional({
    description: 'Explication du refus (detail), en anglais, seulement si refusée',
    example: 'unknown CPV code(s): 99999999; codes must come from the official CPV 2008 list',
  })
  detail?: string;
}

/** The answer of `POST /supplier-imports`: the fate of each row, one bad row never blocking the others. */
export class SupplierImportReport implements ImportReport {
  @ApiProperty({ description: 'Nom du fichier importé (fileName)', example: 'fournisseurs-region.csv' })
  fileName!: string;

  @ApiProperty({ description: 'Nombre de lignes de données, en-tête exclu (rows)', example: 3 })
  rows!: number;

  @ApiProperty({ description: 'Fournisseurs immatriculés (accepted)', example: 1 })
  accepted!: number;

  @ApiProperty({
    description:
      'Fournisseurs déjà immatriculés à l’identique (unchanged) : réimporter un fichier ne change rien',
    example: 1,
  })
  unchanged!: number;

  @ApiProperty({ description: 'Lignes refusées, chacune avec sa règle (refused)', example: 1 })
  refused!: number;

  @ApiProperty({
    type: [ImportedRowView],
    description: 'Le sort de chaque ligne, dans l’ordre du fichier (results)',
  })
  results!: ImportedRowView[];
}

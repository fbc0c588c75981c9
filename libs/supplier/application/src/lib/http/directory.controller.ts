import { Body, Controller, Get, Inject, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { findCpv } from '@mutualis/procurement-rules';
import { CERTIFICATION_SCHEMES } from '@mutualis/shared/contracts';
import {
  AcrossConsortia,
  Clock,
  CommandContext,
  CommandEndpoint,
  ContextRuntime,
  ImportReportBody,
  IsCivilDate,
  ProblemException,
  Roles,
} from '@mutualis/shared/api';
import { SupplierDirectory } from '../directory/supplier-directory';
import { SupplierImport } from '../import/supplier-import';
import { DailySweep } from '../sweep/daily-sweep';
import { SupplierSearchPage, SweepReportView } from './directory.responses';
import { SUPPLIER_READERS } from './supplier-readers';
import { ImportSuppliersBody } from './supplier.dto';

export class SearchQuery {
  @ApiPropertyOptional({
    description:
      'Code CPV (8 chiffres, avec ou sans clé) : les fournisseurs de ce code ou d’un code plus fin ; tous par défaut',
    example: '72000000',
  })
  @IsOptional()
  @IsString()
  cpv?: string;

  @ApiPropertyOptional({
    description: 'Code INSEE de la région de l’établissement (52 : Pays de la Loire) ; toutes par défaut',
    example: '52',
  })
  @IsOptional()
  @Matches(/^\d{2}$/, { message: 'region must be a two-digit INSEE region code' })
  region?: string;

  @ApiPropertyOptional({
    description: 'Code du département de l’établissement (2 chiffres, 2A, 2B ou 97x) ; tous par défaut',
    example: '44',
  })
  @IsOptional()
  @Matches(/^(\d{2}|2A|2B|97\d)$/, { message: 'departement must be a département code' })
  departement?: string;

  @ApiPropertyOptional({
    enum: CERTIFICATION_SCHEMES,
    description: 'Seulement les titulaires d’une certification de ce référentiel valable à la date `on`',
  })
  @IsOptional()
  @IsIn(CERTIFICATION_SCHEMES)
  certification?: string;

  @ApiPropertyOptional({
    description:
      'Seulement les fournisseurs qui peuvent (true) ou ne peuvent pas (false) se voir attribuer un marché à la ' +
      'date `on` : non exclus, attestations de vigilance et de régularité fiscale valables ; tous par défaut',
    example: true,
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  eligible?: boolean;

  @ApiPropertyOptional({
    description: 'Partie de la raison sociale, sans distinction de casse',
    example: 'atlantique',
  })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({
    description:
      'Date d’appréciation des certifications et de l’éligibilité, YYYY-MM-DD ; aujourd’hui (heure de Paris) par ' +
      'défaut',
    example: '2026-11-29',
  })
  @IsOptional()
  @IsCivilDate()
  on?: string;

  @ApiPropertyOptional({ description: 'Nombre de fournisseurs par page (1 à 200)', default: 50, example: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({
    description:
      'Page suivante : le `next` de la page précédente (son dernier SIRET) ; la première page par défaut',
    example: '73282932000074',
  })
  @IsOptional()
  @Matches(/^\d{14}$/, { message: 'after must be a SIRET' })
  after?: string;

  @ApiPropertyOptional({
    description:
      'Attendre que la recherche reflète cette position du journal (la `position` rendue par une commande : lire ' +
      'ses propres écritures) ; sans attente par défaut',
    example: 1042,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  minPosition?: number;
}

@ApiTags('Fournisseurs : recherche, import et balayage quotidien (directory)')
@Controller()
@AcrossConsortia()
export class DirectoryController {
  constructor(
    @Inject(SupplierDirectory) private readonly directory: SupplierDirectory,
    @Inject(SupplierImport) private readonly importer: SupplierImport,
    @Inject(DailySweep) private readonly sweep: DailySweep,
    @Inject(ContextRuntime) private readonly runtime: ContextRuntime,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  @Get('suppliers')
  @Roles(...SUPPLIER_READERS)
  @ApiOperation({
    summary: 'Rechercher des fournisseurs',
    description:
      'Par code CPV (codes plus fins inclus), région, département, certification valable, éligibilité à une date, ' +
      'raison sociale. Pages de `limit` fournisseurs dans l’ordre des SIRET ; `after` donne la page suivante.',
  })
  @ApiOkResponse({ type: SupplierSearchPage })
  async search(@Query() query: SearchQuery): Promise<SupplierSearchPage> {
    const cpv = query.cpv === undefined ? undefined : findCpv(query.cpv);
    if (cpv === null) {
      throw new ProblemException(
        'validation-failed',
        `${query.cpv} is not in the official CPV list (rule S2).`,
        {
          errors: [{ field: 'cpv', message: 'unknown CPV code' }],
        },
      );
    }
    if (query.minPosition !== undefined) await this.runtime.readModelsCaughtUp();
    const { minPosition: _minPosition, cpv: _cpv, ...filters } = query;
    const suppliers = await this.directory.search({
      ...filters,
      ...(cpv ? { cpv: cpv.code } : {}),
      on: query.on ?? this.clock.today(),
      limit: query.limit ?? 50,
    });
    return {
      suppliers,
      next: suppliers.length === (query.limit ?? 50) ? (suppliers.at(-1)?.siret ?? null) : null,
    };
  }

  @Post('supplier-imports')
  @Roles('platform-admin')
  @CommandEndpoint('ImportSuppliers')
  @ApiOperation({
    summary: 'Importer des fournisseurs depuis un fichier CSV (ImportSuppliers)',
    description:
      'Chaque ligne est vérifiée et immatriculée séparément : une ligne refusée ne bloque pas les autres. Le ' +
      'rapport donne le sort de chaque ligne (accepted, unchanged, refused et pourquoi). Réimporter le même ' +
      'fichier ne change rien.',
  })
  @ApiCreatedResponse({ type: ImportReportBody, description: 'Rapport ligne par ligne' })
  importSuppliers(
    @Body() body: ImportSuppliersBody,
    @CommandContext() context: CommandContext,
  ): Promise<ImportReportBody> {
    return this.importer.run(body.fileName, body.csv, context);
  }

  @Post('supplier-sweeps')
  @Roles('platform-admin')
  @CommandEndpoint('SweepDates')
  @ApiOperation({
    summary: 'Lancer le balayage quotidien maintenant (SweepDates)',
    description:
      'Constate les attestations de vigilance échues, les certifications expirées et les exclusions arrivées à ' +
      'terme à la date du jour. Le service le fait seul chaque jour ; le relancer ne produit rien de nouveau.',
  })
  @ApiCreatedResponse({ type: SweepReportView })
  runSweep(): Promise<SweepReportView> {
    return this.sweep.run();
  }
}

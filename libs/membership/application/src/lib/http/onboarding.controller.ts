import type { ServerResponse } from 'node:http';
import { Body, Controller, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  CommandContext,
  CommandEndpoint,
  FileUpload,
  ImportReportBody,
  JobBody,
  JobResult,
  JobRoutes,
  Jobs,
  Roles,
} from '@mutualis/shared/api';
import { Consortia } from '../consortia';
import { ONBOARDING_IMPORT, ONBOARDING_TEMPLATE, OnboardingImport } from '../onboarding/onboarding-import';
import { OnboardingImportBody } from './membership.dto';

const COLUMNS_DOC =
  'Colonnes (en-tête, séparateur `;` ou `,`, UTF-8 ou Windows-1252) : `siret`, `nom`, `type` (commune, epci, ' +
  'departement, region ou other) et `adhesion_date` (AAAA-MM-JJ) obligatoires ; `code_insee`, `population`, ' +
  '`deliberation_numero`, `deliberation_date`, `organe` facultatives. Une ligne par collectivité.';

const TAG = 'Adhésions en nombre (onboarding)';

/**
 * The onboarding jobs, followed under the collection they are started in: by the consortium's overseers (coordinator,
 * auditor) and by the job's author, a platform administrator who started it among them.
 */
export const OnboardingJobsController = JobRoutes({
  path: 'consortia/:consortiumId/onboarding-imports',
  roles: ['coordinator', 'platform-admin', 'auditor'],
  tag: TAG,
  csv: true,
});

/**
 * Bulk onboarding from a file, for regional platforms: the file is checked at once, then imported in the background.
 * The coordinator or a platform administrator (whose token names the consortium) runs it; the events record who.
 */
@ApiTags(TAG)
@Controller('consortia/:consortiumId/onboarding-imports')
export class OnboardingController {
  constructor(
    @Inject(Consortia) private readonly consortia: Consortia,
    @Inject(OnboardingImport) private readonly onboarding: OnboardingImport,
    @Inject(Jobs) private readonly jobs: Jobs,
  ) {}

  @Post()
  @HttpCode(202)
  @Roles('coordinator', 'platform-admin')
  @FileUpload()
  @CommandEndpoint('OnboardMembers', { location: '/consortia/{consortiumId}/onboarding-imports/{jobId}' })
  @ApiOperation({
    summary: 'Adhésions en nombre depuis un fichier CSV (OnboardMembers), en arrière-plan',
    description:
      'Pour les plateformes régionales : le coordonnateur, ou l’administrateur de la plateforme dont le jeton nomme ' +
      'le groupement, importe le fichier ; les actes enregistrés nomment qui l’a importé. Chaque ligne fait ' +
      'adhérer une collectivité avec sa délibération, aux ' +
      'mêmes règles qu’une à une (M2, M3). Le fichier est envoyé tel quel (`text/csv`, son nom dans ' +
      '`Content-Disposition`), dans le champ `file` d’un formulaire (`multipart/form-data`), ou en JSON. Un fichier ' +
      'mal formé est refusé aussitôt (400, avec la ligne et la colonne). Sinon la réponse 202 donne l’adresse du ' +
      'travail (`Location`) : son avancement, puis son rapport ligne par ligne, en JSON ou en CSV. Une ligne refusée ' +
      `n’arrête jamais les autres ; réimporter le fichier ne change rien. ${COLUMNS_DOC}`,
  })
  @ApiAcceptedResponse({
    type: JobBody,
    description: 'Import accepté : suivre le travail à l’adresse `Location`',
  })
  @JobResult(ImportReportBody)
  async start(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Body() body: OnboardingImportBody,
    @CommandContext() context: CommandContext,
  ): Promise<JobBody> {
    await this.consortia.load(consortiumId);
    this.onboarding.rowsOf(body.csv);
    return this.jobs.start(
      ONBOARDING_IMPORT,
      { path: `/consortia/${consortiumId}/onboarding-imports`, scope: consortiumId },
      { fileName: body.fileName },
      context,
      body.csv,
    );
  }

  @Get('template.csv')
  @Roles('coordinator', 'platform-admin')
  @ApiOperation({
    summary: 'Télécharger un modèle de fichier d’adhésions, à remplir',
    description: `${COLUMNS_DOC} Le modèle donne une ligne d’exemple à remplacer.`,
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'Le modèle (CSV, séparateur `;`, UTF-8 avec BOM)',
    content: { 'text/csv': { schema: { type: 'string', format: 'binary' }, example: ONBOARDING_TEMPLATE } },
  })
  template(
    @Param('consortiumId', ParseUUIDPipe) _consortiumId: string,
    @Res() response: ServerResponse,
  ): void {
    response.writeHead(200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="modele-adhesions.csv"',
    });
    response.end(ONBOARDING_TEMPLATE);
  }
}

import type { ServerResponse } from 'node:http';
import { applyDecorators, Controller, Get, Inject, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AcrossConsortia, CurrentPrincipal, Roles } from '../auth/access.decorators';
import { Principal } from '../auth/principal';
import { TenantParam } from '../http/tenant-param';
import { JobBody } from './job.responses';
import { Jobs } from './jobs';

const JOB_ID = {
  name: 'jobId',
  description: 'Identifiant (UUID) du travail, donné par la réponse 202 qui l’a lancé',
};

/** The documentation of each job route, the same for a consortium's jobs and the platform's. */
const DOCS = {
  read: applyDecorators(
    ApiOperation({
      summary: 'Suivre un travail en arrière-plan (import, reconstruction…)',
      description:
        'Dans un groupement, le coordonnateur et l’auditeur suivent tous ses travaux, les autres ceux qu’ils ont ' +
        'lancés ; les travaux de la plateforme, son administrateur.',
    }),
    ApiOkResponse({ type: JobBody }),
  ),
  events: applyDecorators(
    ApiOperation({
      summary: 'Suivre l’avancement en continu (Server-Sent Events)',
      description:
        'Un événement `progress` à chaque avancée, puis `succeeded` ou `failed` ; chaque `data` est le travail en ' +
        'JSON, comme la lecture du travail. Le flux se ferme quand le travail est terminé.',
    }),
    ApiProduces('text/event-stream'),
    ApiOkResponse({
      description: 'Flux d’événements',
      content: {
        'text/event-stream': {
          schema: { type: 'string' },
          example:
            'event: progress\ndata: {"jobId":"…","status":"running","progress":{"done":1200,"total":2000}}\n\n',
        },
      },
    }),
  ),
  result: applyDecorators(
    ApiOperation({
      summary: 'Lire le résultat d’un travail réussi',
      description:
        'Le rapport d’un import, le bilan d’une reconstruction… 409 tant que le travail n’a pas réussi.',
    }),
    ApiOkResponse({
      description:
        'Le résultat, dont la forme dépend de la nature du travail (voir l’opération qui l’a lancé)',
      schema: { type: 'object', additionalProperties: true },
    }),
  ),
  resultCsv: applyDecorators(
    ApiOperation({
      summary: 'Télécharger le résultat en CSV (le rapport d’un import, ligne par ligne)',
      description: 'Séparateur `;`, encodage UTF-8 avec BOM, pour l’ouvrir tel quel dans un tableur.',
    }),
    ApiProduces('text/csv'),
    ApiOkResponse({
      description: 'Le fichier CSV',
      content: {
        'text/csv': {
          schema: { type: 'string', format: 'binary' },
          example: 'ligne;identifiant;résultat;règle;article;détail\r\n2;21440190000018;accepté;;;\r\n',
        },
      },
    }),
  ),
};

/** The jobs of a consortium (or of the `platform` tenant): status and progress, progress as a stream for screens, and the result once succeeded. */
@ApiTags('Travaux en arrière-plan (jobs)')
@Controller('consortia/:consortiumId/jobs/:jobId')
@Roles('coordinator', 'member-buyer', 'supplier', 'auditor')
@ApiParam(JOB_ID)
export class ConsortiumJobsController {
  constructor(@Inject(Jobs) private readonly jobs: Jobs) {}

  @Get()
  @DOCS.read
  read(
    @Param('consortiumId', TenantParam) consortiumId: string,
    @Param('jobId', ParseUUIDPipe) jobId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<JobBody> {
    return this.jobs.read(consortiumId, jobId, principal);
  }

  @Get('events')
  @DOCS.events
  events(
    @Param('consortiumId', TenantParam) consortiumId: string,
    @Param('jobId', ParseUUIDPipe) jobId: string,
    @CurrentPrincipal() principal: Principal,
    @Res() response: ServerResponse,
  ): Promise<void> {
    return this.jobs.stream(consortiumId, jobId, principal, response);
  }

  @Get('result')
  @DOCS.result
  result(
    @Param('consortiumId', TenantParam) consortiumId: string,
    @Param('jobId', ParseUUIDPipe) jobId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<unknown> {
    return this.jobs.result(consortiumId, jobId, principal);
  }

  @Get('result.csv')
  @DOCS.resultCsv
  resultCsv(
    @Param('consortiumId', TenantParam) consortiumId: string,
    @Param('jobId', ParseUUIDPipe) jobId: string,
    @CurrentPrincipal() principal: Principal,
    @Res() response: ServerResponse,
  ): Promise<void> {
    return this.jobs.writeResultCsv(consortiumId, jobId, principal, response);
  }
}

/** The platform's own jobs (a read model's rebuild), for its administrator. */
@ApiTags('Travaux en arrière-plan (jobs)')
@Controller('jobs/:jobId')
@Roles('platform-admin')
@AcrossConsortia()
@ApiParam(JOB_ID)
export class PlatformJobsController {
  constructor(@Inject(Jobs) private readonly jobs: Jobs) {}

  @Get()
  @DOCS.read
  read(
    @Param('jobId', ParseUUIDPipe) jobId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<JobBody> {
    return this.jobs.read(null, jobId, principal);
  }

  @Get('events')
  @DOCS.events
  events(
    @Param('jobId', ParseUUIDPipe) jobId: string,
    @CurrentPrincipal() principal: Principal,
    @Res() response: ServerResponse,
  ): Promise<void> {
    return this.jobs.stream(null, jobId, principal, response);
  }

  @Get('result')
  @DOCS.result
  result(
    @Param('jobId', ParseUUIDPipe) jobId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<unknown> {
    return this.jobs.result(null, jobId, principal);
  }
}

import { Controller, Get, Inject, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/access.decorators';
import { Principal } from '../auth/principal';
import { ProblemException } from '../errors/problem.exception';
import { HttpResponse } from '../http/http-types';
import { GracefulShutdown } from '../lifecycle/graceful-shutdown';
import { JobBody } from './job.responses';
import { JobStore } from './job-store';
import { Jobs } from './jobs';

/** How often a stream of progress looks at its job: it may run on another instance. */
const EVENTS_POLL_MS = 500;
const JOB_ID = {
  name: 'jobId',
  description: 'Identifiant (UUID) du travail, donné par la réponse 202 qui l’a lancé',
};

/**
 * The jobs of a consortium, as their followers see them: status and progress, progress as a stream for screens, and
 * the result once the job has succeeded (as JSON, or as a CSV file where the kind gives one).
 */
@ApiTags('Travaux en arrière-plan (jobs)')
@Controller('consortia/:consortiumId/jobs/:jobId')
@Roles('coordinator', 'member-buyer', 'supplier', 'auditor')
@ApiParam(JOB_ID)
export class JobsController {
  constructor(
    @Inject(Jobs) private readonly jobs: Jobs,
    @Inject(JobStore) private readonly store: JobStore,
    @Inject(GracefulShutdown) private readonly shutdown: GracefulShutdown,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Suivre un travail en arrière-plan (import, export, vérification…)',
    description:
      'Le coordonnateur et l’auditeur suivent tous les travaux du groupement ; les autres, ceux qu’ils ont lancés.',
  })
  @ApiOkResponse({ type: JobBody })
  async read(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Param('jobId', ParseUUIDPipe) jobId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<JobBody> {
    return this.jobs.bodyOf(await this.jobs.visible(consortiumId, jobId, principal));
  }

  @Get('events')
  @ApiOperation({
    summary: 'Suivre l’avancement en continu (Server-Sent Events)',
    description:
      'Un événement `progress` à chaque avancée, puis `succeeded` ou `failed` ; chaque `data` est le travail en ' +
      'JSON, comme `GET …/jobs/{jobId}`. Le flux se ferme quand le travail est terminé.',
  })
  @ApiProduces('text/event-stream')
  @ApiOkResponse({
    description: 'Flux d’événements',
    content: {
      'text/event-stream': {
        schema: { type: 'string' },
        example:
          'event: progress\ndata: {"jobId":"…","status":"running","progress":{"done":1200,"total":2000},…}\n\n',
      },
    },
  })
  async events(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Param('jobId', ParseUUIDPipe) jobId: string,
    @CurrentPrincipal() principal: Principal,
    @Res() response: HttpResponse,
  ): Promise<void> {
    let job = await this.jobs.visible(consortiumId, jobId, principal);
    response.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache',
      'X-Accel-Buffering': 'no',
    });
    let closed = false;
    response.on('close', () => (closed = true));
    let last = '';
    for (;;) {
      const data = JSON.stringify(this.jobs.bodyOf(job));
      if (data !== last) {
        const event = job.status === 'queued' || job.status === 'running' ? 'progress' : job.status;
        response.write(`event: ${event}\ndata: ${data}\n\n`);
        last = data;
      }
      if (closed || this.shutdown.draining || job.status === 'succeeded' || job.status === 'failed') break;
      await new Promise((resolve) => setTimeout(resolve, EVENTS_POLL_MS));
      job = (await this.store.find(jobId)) ?? job;
    }
    response.end();
  }

  @Get('result')
  @ApiOperation({
    summary: 'Lire le résultat d’un travail réussi',
    description:
      'Le rapport d’un import, le résultat d’une vérification… 409 tant que le travail n’a pas réussi.',
  })
  @ApiOkResponse({
    description: 'Le résultat, dont la forme dépend de la nature du travail (voir l’opération qui l’a lancé)',
    schema: { type: 'object', additionalProperties: true },
  })
  async result(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Param('jobId', ParseUUIDPipe) jobId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<unknown> {
    return this.jobs.finished(await this.jobs.visible(consortiumId, jobId, principal));
  }

  @Get('result.csv')
  @ApiOperation({
    summary: 'Télécharger le résultat en CSV (le rapport d’un import, ligne par ligne)',
    description: 'Séparateur `;`, encodage UTF-8 avec BOM, pour l’ouvrir tel quel dans un tableur.',
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'Le fichier CSV',
    content: {
      'text/csv': {
        schema: { type: 'string', format: 'binary' },
        example: 'ligne;identifiant;résultat;règle;article;détail\r\n2;21440190000018;accepté;;;\r\n',
      },
    },
  })
  async resultCsv(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Param('jobId', ParseUUIDPipe) jobId: string,
    @CurrentPrincipal() principal: Principal,
    @Res() response: HttpResponse,
  ): Promise<void> {
    const job = await this.jobs.visible(consortiumId, jobId, principal);
    const csv = this.jobs.resultCsv(job);
    if (csv === null) throw new ProblemException('not-found', `A job of kind ${job.kind} gives no CSV file.`);
    response.writeHead(200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${job.kind}-${job.jobId}.csv"`,
    });
    response.end(csv);
  }
}

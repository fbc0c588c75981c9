import type { ServerResponse } from 'node:http';
import {
  applyDecorators,
  Controller,
  Get,
  Inject,
  Param,
  ParseUUIDPipe,
  Req,
  Res,
  Type,
} from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AcrossConsortia, CurrentPrincipal, Roles } from '../auth/access.decorators';
import { Principal, Role } from '../auth/principal';
import { HttpRequest } from '../http/http-types';
import { TenantParam } from '../http/tenant-param';
import { JobBody } from './job.responses';
import { JobPlace, Jobs } from './jobs';

const JOB_ID = {
  name: 'jobId',
  description: 'Identifiant (UUID) du travail, donné par la réponse 202 qui l’a lancé',
};

/** The documentation of each job route, the same for every collection of jobs. */
const DOCS = {
  read: applyDecorators(
    ApiOperation({
      summary: 'Suivre le travail en arrière-plan',
      description:
        'En attente, en cours (avancement `done`/`total`), réussi (lien vers le résultat) ou en échec (le ' +
        'problème). Dans un groupement, le coordonnateur et l’auditeur suivent tous ses travaux, les autres ceux ' +
        'qu’ils ont lancés ; les travaux de la plateforme, son administrateur.',
    }),
    ApiOkResponse({ type: JobBody }),
  ),
  events: applyDecorators(
    ApiOperation({
      summary: 'Suivre l’avancement en continu (Server-Sent Events)',
      description:
        'Un événement `progress` à chaque avancée, puis `succeeded` ou `failed` ; chaque `data` est le travail en ' +
        'JSON, comme sa lecture. Le flux se ferme quand le travail est terminé.',
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
      summary: 'Lire le résultat du travail réussi',
      description:
        '409 tant que le travail n’a pas réussi. Sa forme est nommée par l’opération qui le lance ' +
        '(`x-mutualis-job-result`).',
    }),
    ApiOkResponse({ description: 'Le résultat', schema: { type: 'object', additionalProperties: true } }),
  ),
  resultCsv: applyDecorators(
    ApiOperation({
      summary: 'Télécharger le résultat en CSV (le rapport ligne par ligne)',
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

export interface JobRoutesOptions {
  /**
   * The collection the jobs are started in and read under, as a Nest route: `consortia/:consortiumId/onboarding-imports`
   * (a consortium's jobs, or the `platform` tenant's), or a path without `:consortiumId` for the platform's own work.
   */
  path: string;
  /** Who follows them (in a consortium, only its overseers and each job's author; see Jobs). */
  roles: [Role, ...Role[]];
  /** The OpenAPI tag they are listed under, with the command that starts them. */
  tag: string;
  /** Whether the collection gives its results as CSV too. */
  csv?: boolean;
  /** Descriptions of the path's other parameters (`:consortiumId` is described by the platform). */
  params?: { name: string; description: string }[];
}

/**
 * The routes that follow a collection's jobs, under the collection itself (`…/onboarding-imports/{jobId}`, its
 * `/events`, `/result` and `/result.csv`), so that the jobs' addresses route, through a gateway, to the service that
 * runs them. Register the returned controller in the module that starts the jobs.
 */
export function JobRoutes(options: JobRoutesOptions): Type {
  const scoped = options.path.includes(':consortiumId');
  const place = (request: HttpRequest): JobPlace => {
    const params = request.params;
    const scope = scoped ? new TenantParam().transform(params['consortiumId'] ?? '') : null;
    const path = `/${options.path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name] ?? ''))}`;
    return { path, scope };
  };

  @ApiTags(options.tag)
  @Controller(`${options.path}/:jobId`)
  @Roles(...options.roles)
  @ApiParam(JOB_ID)
  @applyDecorators(
    ...(scoped ? [] : [AcrossConsortia()]),
    ...(options.params ?? []).map((param) => ApiParam(param)),
  )
  class JobRoutesController {
    constructor(@Inject(Jobs) readonly jobs: Jobs) {}

    @Get()
    @DOCS.read
    read(
      @Req() request: HttpRequest,
      @Param('jobId', ParseUUIDPipe) jobId: string,
      @CurrentPrincipal() principal: Principal,
    ): Promise<JobBody> {
      return this.jobs.read(place(request), jobId, principal);
    }

    @Get('events')
    @DOCS.events
    events(
      @Req() request: HttpRequest,
      @Param('jobId', ParseUUIDPipe) jobId: string,
      @CurrentPrincipal() principal: Principal,
      @Res() response: ServerResponse,
    ): Promise<void> {
      return this.jobs.stream(place(request), jobId, principal, response);
    }

    @Get('result')
    @DOCS.result
    result(
      @Req() request: HttpRequest,
      @Param('jobId', ParseUUIDPipe) jobId: string,
      @CurrentPrincipal() principal: Principal,
    ): Promise<unknown> {
      return this.jobs.result(place(request), jobId, principal);
    }
  }

  // Named after its collection: OpenAPI operation ids come from the class name, and must differ within a document.
  const name = `${options.path
    .split('/')
    .filter((part) => part && !part.startsWith(':'))
    .map(pascal)
    .join('')}Jobs`;
  if (!options.csv) return Object.defineProperty(JobRoutesController, 'name', { value: name });

  class JobRoutesWithCsv extends JobRoutesController {
    @Get('result.csv')
    @DOCS.resultCsv
    resultCsv(
      @Req() request: HttpRequest,
      @Param('jobId', ParseUUIDPipe) jobId: string,
      @CurrentPrincipal() principal: Principal,
      @Res() response: ServerResponse,
    ): Promise<void> {
      return this.jobs.writeResultCsv(place(request), jobId, principal, response);
    }
  }
  return Object.defineProperty(JobRoutesWithCsv, 'name', { value: name });
}

function pascal(segment: string): string {
  return segment
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

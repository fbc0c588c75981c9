import { Controller, Get, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { AcrossConsortia, Roles } from '../auth/access.decorators';
import { CommandContext } from '../commands/command-context';
import { CommandEndpoint } from '../commands/command-endpoint.decorator';
import { ProblemException } from '../errors/problem.exception';
import { JobBody } from '../jobs/job.responses';
import { JobResult } from '../jobs/job-result';
import { Jobs } from '../jobs/jobs';
import { JobRoutes } from '../jobs/job-routes';
import { ContextRuntime } from './context-runtime';
import { PROJECTION_REBUILD } from './projection-rebuild';
import { ProjectionList, ProjectionRebuilt } from './projections.responses';

const TAG = 'Plateforme : modèles de lecture (exploitation)';

/** A rebuild followed as a job of the platform, under the read model it rebuilds. */
export const RebuildJobsController = JobRoutes({
  path: 'projections/:name/rebuilds',
  roles: ['platform-admin'],
  tag: TAG,
  params: [
    {
      name: 'name',
      description: 'Nom du modèle de lecture (projection), tel que le donne `GET /projections`',
    },
  ],
});

/**
 * The service's read models, for the platform's operators: which there are, and rebuilding one from the whole event
 * store (after a bug fix in a projection, or to add a column to existing rows) while the live one keeps serving.
 */
@ApiTags(TAG)
@Controller('projections')
@AcrossConsortia()
export class ProjectionsController {
  constructor(
    @Inject(ContextRuntime) private readonly runtime: ContextRuntime,
    @Inject(Jobs) private readonly jobs: Jobs,
  ) {}

  @Get()
  @Roles('platform-admin')
  @ApiOperation({ summary: 'Les modèles de lecture du service' })
  @ApiOkResponse({ type: ProjectionList })
  list(): ProjectionList {
    return { projections: this.runtime.projectionNames };
  }

  @Post(':name/rebuild')
  @HttpCode(202)
  @Roles('platform-admin')
  @CommandEndpoint('RebuildProjection', { location: '/projections/{name}/rebuilds/{jobId}' })
  @ApiOperation({
    summary: 'Reconstruire un modèle de lecture depuis tout le journal d’événements, en arrière-plan',
    description:
      'Le modèle est reconstruit dans un schéma neuf pendant que l’ancien continue de répondre, puis substitué. ' +
      'La réponse 202 donne l’adresse du travail (`Location`) : son avancement (événements relus), puis son ' +
      'résultat `{ projection, eventsApplied }`. Réservé à l’administrateur de la plateforme.',
  })
  @ApiParam({
    name: 'name',
    description: 'Nom du modèle de lecture (projection), tel que le donne `GET /projections`',
    example: 'supplier_directory',
  })
  @ApiAcceptedResponse({
    type: JobBody,
    description: 'Reconstruction lancée : la suivre à l’adresse `Location`',
  })
  @JobResult(ProjectionRebuilt)
  rebuild(@Param('name') name: string, @CommandContext() context: CommandContext): Promise<JobBody> {
    if (!this.runtime.projectionNames.includes(name)) {
      throw new ProblemException('not-found', `This service has no read model ${name}.`);
    }
    return this.jobs.start(
      PROJECTION_REBUILD,
      { path: `/projections/${name}/rebuilds`, scope: null },
      { projection: name },
      context,
    );
  }
}

import { Controller, Get, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { AcrossConsortia, Roles } from '../auth/access.decorators';
import { ProblemException } from '../errors/problem.exception';
import { ContextRuntime } from './context-runtime';
import { ProjectionList, ProjectionRebuilt } from './projections.responses';

/**
 * The service's read models, for the platform's operators: which there are, and rebuilding one from the whole event
 * store (after a bug fix in a projection, or to add a column to existing rows) while the live one keeps serving.
 */
@ApiTags('Plateforme : modèles de lecture (exploitation)')
@Controller('projections')
@AcrossConsortia()
export class ProjectionsController {
  constructor(@Inject(ContextRuntime) private readonly runtime: ContextRuntime) {}

  @Get()
  @Roles('platform-admin')
  @ApiOperation({ summary: 'Les modèles de lecture du service' })
  @ApiOkResponse({ type: ProjectionList })
  list(): ProjectionList {
    return { projections: this.runtime.projectionNames };
  }

  @Post(':name/rebuild')
  @HttpCode(200)
  @Roles('platform-admin')
  @ApiOperation({
    summary: 'Reconstruire un modèle de lecture depuis tout le journal d’événements',
    description:
      'Le modèle est reconstruit dans un schéma neuf pendant que l’ancien continue de répondre, puis substitué. ' +
      'Réservé à l’administrateur de la plateforme.',
  })
  @ApiParam({
    name: 'name',
    description: 'Nom du modèle de lecture (projection), tel que le donne `GET /projections`',
    example: 'supplier_directory',
  })
  @ApiOkResponse({ type: ProjectionRebuilt, description: 'Le modèle reconstruit a remplacé l’ancien.' })
  async rebuild(@Param('name') name: string): Promise<ProjectionRebuilt> {
    const eventsApplied = await this.runtime.rebuild(name);
    if (eventsApplied === null)
      throw new ProblemException('not-found', `This service has no read model ${name}.`);
    return { projection: name, eventsApplied };
  }
}

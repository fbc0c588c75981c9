import { Controller, Get, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AcrossConsortia, Roles } from '../auth/access.decorators';
import { ProblemException } from '../errors/problem.exception';
import { ContextRuntime } from './context-runtime';

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
  list() {
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
  async rebuild(@Param('name') name: string) {
    const eventsApplied = await this.runtime.rebuild(name);
    if (eventsApplied === null)
      throw new ProblemException('not-found', `This service has no read model ${name}.`);
    return { projection: name, eventsApplied };
  }
}

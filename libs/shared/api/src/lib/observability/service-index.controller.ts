import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/access.decorators';

/** What `GET /` says of the service: set by the platform from the service's options. */
export const SERVICE_IDENTITY = Symbol('ServiceIdentity');

export interface ServiceIdentity {
  service: string;
  title: string;
  version: string;
}

class ServiceLinks {
  @ApiProperty({ description: 'Le document OpenAPI 3 du service (JSON).', example: '/openapi.json' })
  openApi!: string;

  @ApiProperty({
    description: 'La documentation lisible de l’API, où l’on peut l’essayer.',
    example: '/docs',
  })
  documentation!: string;

  @ApiProperty({ description: 'Sonde de vivacité : le processus répond.', example: '/health/live' })
  live!: string;

  @ApiProperty({
    description: 'Sonde de disponibilité : base de données, courtier et relais prêts.',
    example: '/health/ready',
  })
  ready!: string;

  @ApiProperty({ description: 'Métriques Prometheus.', example: '/metrics' })
  metrics!: string;
}

/** The answer of `GET /`. */
export class ServiceIndex {
  @ApiProperty({ description: 'Le nom technique du service.', example: 'membership-service' })
  service!: string;

  @ApiProperty({
    description: 'Ce que fait le service, en français.',
    example: 'Mutualis — adhésions aux groupements et recensement des besoins',
  })
  title!: string;

  @ApiProperty({ description: 'La version de son API.', example: '1' })
  version!: string;

  @ApiProperty({
    type: ServiceLinks,
    description: 'Où trouver sa documentation, ses sondes et ses métriques.',
  })
  links!: ServiceLinks;
}

/** `GET /`: names the service and says where its documentation and probes are, instead of a 404. Public. */
@Public()
@ApiTags('Exploitation (operations)')
@Controller()
export class ServiceIndexController {
  constructor(@Inject(SERVICE_IDENTITY) private readonly identity: ServiceIdentity) {}

  @Get()
  @ApiOperation({
    summary: 'Présentation du service : son nom, sa version, sa documentation et ses sondes',
    description: 'Public, sans jeton : le point de départ pour qui découvre le service ou le surveille.',
  })
  @ApiOkResponse({ type: ServiceIndex })
  index(): ServiceIndex {
    return {
      ...this.identity,
      links: {
        openApi: '/openapi.json',
        documentation: '/docs',
        live: '/health/live',
        ready: '/health/ready',
        metrics: '/metrics',
      },
    };
  }
}

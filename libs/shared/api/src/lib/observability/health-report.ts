import { ApiProperty } from '@nestjs/swagger';
import type { HealthCheckResult } from '@nestjs/terminus';

/** The state of one check, keyed by its name (`database`, `broker`, `relay`) in the maps of a HealthReport. */
const CHECKS_BY_NAME = {
  type: 'object' as const,
  additionalProperties: {
    type: 'object',
    required: ['status'],
    properties: {
      status: {
        type: 'string',
        enum: ['up', 'down'],
        description: 'État de la vérification : disponible (up) ou non (down)',
      },
    },
  },
};

/**
 * The answer of the probes `GET /health/live` and `GET /health/ready` when the service is up (terminus' result). Why
 * a check failed is never in it: the probes are public, the reason goes to the logs.
 */
export class HealthReport implements HealthCheckResult {
  @ApiProperty({
    enum: ['ok'],
    description:
      'État d’ensemble : `ok` dans une réponse 200 (un service indisponible répond 503, problem+json)',
    example: 'ok',
  })
  status!: 'ok';

  @ApiProperty({
    ...CHECKS_BY_NAME,
    description: 'Les vérifications disponibles, par nom (database, broker, relay) ; vide pour la vivacité',
    example: { database: { status: 'up' } },
  })
  info!: Record<string, { status: 'up' | 'down' }>;

  @ApiProperty({
    ...CHECKS_BY_NAME,
    description: 'Les vérifications en échec, par nom : vide dans une réponse 200',
    example: {},
  })
  error!: Record<string, { status: 'up' | 'down' }>;

  @ApiProperty({
    ...CHECKS_BY_NAME,
    description: 'Toutes les vérifications enregistrées par le service, par nom, avec leur état',
    example: { database: { status: 'up' } },
  })
  details!: Record<string, { status: 'up' | 'down' }>;
}

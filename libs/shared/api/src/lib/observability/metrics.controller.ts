import { Controller, Get, Header, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/access.decorators';
import { HttpResponse } from '../http/http-types';
import { PlatformMetrics } from './platform-metrics';

/** Prometheus scrape endpoint; public like the probes, and kept off the public ingress in production. */
@Public()
@ApiTags('Exploitation (operations)')
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: PlatformMetrics) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Métriques Prometheus (metrics)',
    description:
      'Latence HTTP par route (http_request_duration_seconds), résultats des commandes par type et issue ' +
      '(mutualis_command_results_total), retard des relais et des consommateurs (mutualis_relay_lag_events, ' +
      'mutualis_consumer_lag_messages).',
  })
  @ApiProduces('text/plain')
  @ApiOkResponse({
    description: 'Format texte d’exposition Prometheus (text/plain; version=0.0.4).',
    content: {
      'text/plain': {
        schema: {
          type: 'string',
          example:
            '# HELP mutualis_relay_lag_events Events committed to the store that the relay has not published yet\n' +
            '# TYPE mutualis_relay_lag_events gauge\n' +
            'mutualis_relay_lag_events{relay="mutualis.supplier.events",service="supplier-service"} 0\n',
        },
      },
    },
  })
  async scrape(@Res({ passthrough: true }) response: HttpResponse): Promise<string> {
    response.setHeader('Content-Type', this.metrics.registry.contentType);
    return this.metrics.registry.metrics();
  }
}

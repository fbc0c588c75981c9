import { Controller, Get, Logger, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheck, HealthCheckResult, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/access.decorators';
import { ProblemException } from '../errors/problem.exception';
import { GracefulShutdown } from '../lifecycle/graceful-shutdown';
import { problemResponse } from '../openapi/problem-responses';
import { HealthReport } from './health-report';
import { ReadinessCheck, ReadinessChecks } from './readiness';

/** A check that does not answer within this time counts as down: a probe must answer before its own timeout. */
const CHECK_TIMEOUT_MS = 3000;

/** Liveness and readiness probes (Kubernetes, load balancers); public, never cached. */
@Public()
@ApiTags('Exploitation (operations)')
@Controller('health')
export class HealthController {
  private readonly logger = new Logger(HealthController.name);

  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly checks: ReadinessChecks,
    private readonly shutdown: GracefulShutdown,
  ) {}

  @Get('live')
  @HealthCheck({ noCache: true, swaggerDocumentation: false })
  @ApiOperation({ summary: 'Vivacité (liveness) : le processus répond' })
  @ApiOkResponse({ description: 'Le processus est vivant.', type: HealthReport })
  live(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }

  @Get('ready')
  @HealthCheck({ noCache: true, swaggerDocumentation: false })
  @ApiOperation({
    summary: 'Disponibilité (readiness) : base de données, courtier (broker), retard du relais (relay lag)',
    description:
      'Répond 200 quand chaque dépendance enregistrée est disponible, 503 (problem+json, type not-ready) sinon, ' +
      'avec l’état de chaque vérification dans `checks`. Répond aussi 503 pendant l’arrêt du service.',
  })
  @ApiOkResponse({ description: 'Le service peut recevoir du trafic.', type: HealthReport })
  @ApiResponse({ status: 503, ...problemResponse(503) })
  async ready(): Promise<HealthCheckResult> {
    if (this.shutdown.draining) throw new ProblemException('not-ready', 'The service is shutting down.');
    try {
      return await this.health.check(this.checks.list().map((check) => () => this.run(check)));
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      const result = error.getResponse() as HealthCheckResult;
      const checks = Object.fromEntries(
        Object.entries(result.details).map(([name, detail]) => [name, { status: detail.status }]),
      );
      const down = Object.keys(result.error ?? {}).join(', ');
      throw new ProblemException('not-ready', `Not ready: ${down} down.`, { checks });
    }
  }

  /** Runs one check; why it failed goes to the logs only, since the probes are public. */
  private async run(check: ReadinessCheck) {
    const session = this.indicators.check(check.name);
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        check.check(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)),
            CHECK_TIMEOUT_MS,
          );
        }),
      ]);
      return session.up();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.logger.warn(`readiness check ${check.name} is down: ${reason}`);
      return session.down();
    } finally {
      clearTimeout(timer);
    }
  }
}

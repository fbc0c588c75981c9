import { Controller, Get, Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Gauge } from 'prom-client';
import { ecbRateStatusOn } from '@mutualis/procurement-rules';
import { Clock, PlatformMetrics, Public } from '@mutualis/shared/api';

/**
 * Watches the ECB main refinancing rate table (C4): when a half-year has begun after the table's last update, the
 * rate of late payments whose interest starts to run in it is not known, and `latePayment` would silently use the
 * last decision of the table. The service says so on `GET /health/ecb-rate` and by the gauge
 * `mutualis_ecb_rate_missing` (1 while the rate of the current half-year is unknown), and logs it at start-up.
 */
@Injectable()
export class EcbRateWatch implements OnModuleInit {
  private readonly logger = new Logger(EcbRateWatch.name);

  constructor(
    @Inject(Clock) private readonly clock: Clock,
    @Inject(PlatformMetrics) private readonly metrics: PlatformMetrics,
  ) {}

  onModuleInit(): void {
    const known = () => this.status().known;
    if (!this.metrics.registry.getSingleMetric('mutualis_ecb_rate_missing')) {
      new Gauge({
        name: 'mutualis_ecb_rate_missing',
        help:
          'Whether the ECB main refinancing rate of the current half-year is missing from the table (1) or known ' +
          '(0): late-payment interest then uses the last known decision until the table is updated',
        registers: [this.metrics.registry],
        collect() {
          this.set(known() ? 0 : 1);
        },
      });
    }
    const status = this.status();
    if (!status.known) this.logger.warn(describe(status));
  }

  status() {
    return ecbRateStatusOn(this.clock.today());
  }
}

function describe(status: ReturnType<typeof ecbRateStatusOn>): string {
  return status.known
    ? `The ECB rate of the half-year that began on ${status.halfYearStartsOn} is known.`
    : `No ECB rate is known for the half-year that began on ${status.halfYearStartsOn}: the table was last ` +
        `updated on ${status.tableUpdatedOn}; late-payment interest uses the last decision ` +
        `(${status.rate.basisPoints} basis points from ${status.rate.from}) until the table is updated.`;
}

/** The answer of `GET /health/ecb-rate`. */
export class EcbRateHealth {
  @ApiProperty({
    enum: ['ok', 'warning'],
    description:
      'ok : le taux BCE du semestre en cours est connu ; warning : le semestre a commencé après la dernière mise à ' +
      'jour de la table, son taux n’est pas connu (les intérêts moratoires prennent la dernière décision connue)',
    example: 'warning',
  })
  status!: 'ok' | 'warning';

  @ApiProperty({
    description: 'Premier jour du semestre en cours (1er janvier ou 1er juillet), dont le taux s’applique',
    example: '2026-07-01',
  })
  halfYearStartsOn!: string;

  @ApiProperty({
    description: 'Date de la dernière mise à jour de la table des taux BCE',
    example: '2025-06-11',
  })
  tableUpdatedOn!: string;

  @ApiProperty({
    description: 'Taux de la dernière décision de la table à cette date, en points de base (hors majoration)',
    example: 215,
  })
  rateBasisPoints!: number;

  @ApiProperty({ description: 'Date d’effet de cette décision', example: '2025-06-11' })
  rateFrom!: string;

  @ApiProperty({
    description: 'Le constat, en anglais comme les journaux du service',
    example: 'No ECB rate is known for the half-year that began on 2026-07-01: …',
  })
  detail!: string;
}

/** The health detail of the ECB rate table: public like the probes, it never fails the readiness. */
@Public()
@ApiTags('Exploitation (operations)')
@Controller('health')
export class EcbRateHealthController {
  constructor(@Inject(EcbRateWatch) private readonly watch: EcbRateWatch) {}

  @Get('ecb-rate')
  @ApiOperation({
    summary: 'Taux BCE des intérêts moratoires : connu pour le semestre en cours ? (C4)',
    description:
      'Avertit, sans rendre le service indisponible, quand un semestre a commencé sans que la table des taux de ' +
      'refinancement de la BCE connaisse son taux : les intérêts moratoires prennent alors la dernière décision ' +
      'connue. La jauge Prometheus `mutualis_ecb_rate_missing` vaut 1 dans ce cas.',
  })
  @ApiOkResponse({ type: EcbRateHealth, description: 'L’état de la table des taux BCE, à la date du jour' })
  read(): EcbRateHealth {
    const status = this.watch.status();
    return {
      status: status.known ? 'ok' : 'warning',
      halfYearStartsOn: status.halfYearStartsOn,
      tableUpdatedOn: status.tableUpdatedOn,
      rateBasisPoints: status.rate.basisPoints,
      rateFrom: status.rate.from,
      detail: describe(status),
    };
  }
}

import { DynamicModule, Logger, Module, Type } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { LoggerModule } from 'nestjs-pino';
import type { Logger as PinoLogger } from 'pino';
import { Pool } from 'pg';
import { pgExecutor } from '@mutualis/shared/event-store';
import { AccessGuard, TOKEN_VERIFIER } from '../auth/access.guard';
import { createTokenVerifier, tokenVerifierOptions } from '../auth/token-verifier';
import { PlatformConfig } from '../config/platform-config';
import { ProblemFilter } from '../errors/problem.filter';
import { RequestValidationPipe } from '../errors/validation-problem';
import { IdempotencyInterceptor } from '../idempotency/idempotency.interceptor';
import { IdempotencyStore } from '../idempotency/idempotency-store';
import { GracefulShutdown } from '../lifecycle/graceful-shutdown';
import { Clock } from '../time/clock';
import { ClockController } from '../time/clock.controller';
import { CommandMetricsInterceptor } from '../observability/command-metrics.interceptor';
import { HealthController } from '../observability/health.controller';
import { MetricsController } from '../observability/metrics.controller';
import { PlatformMetrics } from '../observability/platform-metrics';
import { postgresReadiness, ReadinessChecks } from '../observability/readiness';

export interface PlatformModuleOptions {
  service: string;
  schema: string;
  config: PlatformConfig;
  configClass: Type<PlatformConfig>;
  logger: PinoLogger;
}

/** The platform's own connections: idempotency records and the readiness query. */
const PLATFORM_POOL = Symbol('PlatformPool');
const PLATFORM_POOL_SIZE = 4;

/**
 * Everything a service gets from the platform, global so any module can inject it: the configuration (as
 * PlatformConfig and as the service's own class), PlatformMetrics, ReadinessChecks, GracefulShutdown and the Clock; and,
 * applied to every route, the access guard, the validation pipe, the problem filter, idempotency and command metrics.
 */
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformModuleOptions): DynamicModule {
    const configProviders = [
      { provide: PlatformConfig, useValue: options.config },
      ...(options.configClass === PlatformConfig
        ? []
        : [{ provide: options.configClass, useValue: options.config }]),
    ];
    return {
      module: PlatformModule,
      global: true,
      imports: [
        LoggerModule.forRoot({ pinoHttp: { logger: options.logger }, useExisting: true }),
        TerminusModule.forRoot({ logger: false }),
      ],
      controllers: [
        HealthController,
        MetricsController,
        ...(options.config.MUTUALIS_CLOCK_CONTROL === 'on' ? [ClockController] : []),
      ],
      providers: [
        ...configProviders,
        GracefulShutdown,
        Clock,
        { provide: PlatformMetrics, useValue: new PlatformMetrics(options.service) },
        {
          provide: PLATFORM_POOL,
          inject: [GracefulShutdown],
          useFactory: (shutdown: GracefulShutdown) => {
            const pool = new Pool({ connectionString: options.config.DATABASE_URL, max: PLATFORM_POOL_SIZE });
            // An idle connection that breaks is replaced on next use; it must not crash the process.
            pool.on('error', (error) =>
              new Logger(PlatformModule.name).warn(`database connection lost: ${error.message}`),
            );
            shutdown.onRelease('platform database pool', () => pool.end());
            return pool;
          },
        },
        {
          provide: ReadinessChecks,
          inject: [PLATFORM_POOL],
          useFactory: (pool: Pool) => {
            const checks = new ReadinessChecks();
            checks.add(postgresReadiness('database', pool));
            return checks;
          },
        },
        {
          provide: IdempotencyStore,
          inject: [PLATFORM_POOL],
          useFactory: async (pool: Pool) => {
            const store = new IdempotencyStore(pgExecutor(pool), { schema: options.schema });
            await store.prepare();
            return store;
          },
        },
        { provide: TOKEN_VERIFIER, useValue: createTokenVerifier(tokenVerifierOptions(options.config)) },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_PIPE, useClass: RequestValidationPipe },
        { provide: APP_FILTER, useClass: ProblemFilter },
        // Outermost first: command metrics see the outcome of idempotency too (a replay is counted as such).
        { provide: APP_INTERCEPTOR, useClass: CommandMetricsInterceptor },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
      ],
      exports: [
        ...configProviders.map((p) => p.provide),
        PlatformMetrics,
        ReadinessChecks,
        GracefulShutdown,
        Clock,
      ],
    };
  }
}

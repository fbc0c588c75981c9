import { DynamicModule, Logger, Module, Type } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { LoggerModule } from 'nestjs-pino';
import type { Logger as PinoLogger } from 'pino';
import { SqlExecutor } from '@mutualis/shared/event-store';
import { EventBus } from '@mutualis/shared/messaging';
import { AccessGuard, TOKEN_VERIFIER } from '../auth/access.guard';
import { createTrustingVerifier, tokenVerifierOptions } from '../auth/token-verifier';
import { PlatformConfig } from '../config/platform-config';
import { ProblemFilter } from '../errors/problem.filter';
import { RequestValidationPipe } from '../errors/validation-problem';
import { IdempotencyInterceptor } from '../idempotency/idempotency.interceptor';
import { LocationInterceptor } from '../commands/location.interceptor';
import { IdempotencyStore } from '../idempotency/idempotency-store';
import { GracefulShutdown } from '../lifecycle/graceful-shutdown';
import { FileUploadInterceptor } from '../http/file-upload';
import { JobRunner } from '../jobs/job-runner';
import { JobStore } from '../jobs/job-store';
import { Jobs } from '../jobs/jobs';
import { Clock } from '../time/clock';
import { ClockController } from '../time/clock.controller';
import { ClockStore } from '../time/clock-store';
import { CommandMetricsInterceptor } from '../observability/command-metrics.interceptor';
import { HealthController } from '../observability/health.controller';
import { MetricsController } from '../observability/metrics.controller';
import { PlatformMetrics } from '../observability/platform-metrics';
import {
  SERVICE_IDENTITY,
  ServiceIdentity,
  ServiceIndexController,
} from '../observability/service-index.controller';
import { postgresReadiness, ReadinessChecks } from '../observability/readiness';
import { ServiceDatabase } from '../runtime/service-database';

export interface PlatformModuleOptions {
  service: string;
  /** How `GET /` names the service: its title and API version, as in its OpenAPI document. */
  identity: Omit<ServiceIdentity, 'service'>;
  schema: string;
  config: PlatformConfig;
  configClass: Type<PlatformConfig>;
  logger: PinoLogger;
  database: ServiceDatabase;
  sharedBus?: EventBus | undefined;
}

/** Where the service keeps its data (a ServiceDatabase). */
export const SERVICE_DATABASE = Symbol('ServiceDatabase');
/** The suite's in-process bus, or null: a service alone makes its own bus. */
export const SHARED_BUS = Symbol('SharedBus');
/** The platform's own connections: idempotency records and the readiness query. */
const PLATFORM_SQL = Symbol('PlatformSql');
const PLATFORM_POOL_SIZE = 4;

/**
 * Everything a service gets from the platform, global so any module can inject it: the configuration (as
 * PlatformConfig and as the service's own class), PlatformMetrics, ReadinessChecks, GracefulShutdown and the Clock; and,
 * applied to every route, the access guard, the validation pipe, the problem filter, file uploads, idempotency and
 * command metrics; and the background jobs (Jobs, JobRunner) with their routes.
 */
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformModuleOptions): DynamicModule {
    const clockControl = options.config.MUTUALIS_CLOCK_CONTROL === 'on';
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
        ServiceIndexController,
        HealthController,
        MetricsController,
        ...(clockControl ? [ClockController] : []),
      ],
      providers: [
        ...configProviders,
        { provide: SERVICE_IDENTITY, useValue: { service: options.service, ...options.identity } },
        GracefulShutdown,
        ...(clockControl
          ? [
              {
                provide: ClockStore,
                inject: [PLATFORM_SQL],
                useFactory: async (sql: SqlExecutor) => {
                  const store = new ClockStore(sql, options.schema);
                  await store.prepare();
                  return store;
                },
              },
            ]
          : []),
        {
          provide: Clock,
          inject: clockControl ? [ClockStore] : [],
          useFactory: async (store?: ClockStore) => {
            const clock = new Clock();
            // A controlled clock set ahead of the system clock before a restart stays where it was.
            const kept = await store?.load();
            if (kept && kept > clock.now()) clock.set(kept);
            return clock;
          },
        },
        { provide: PlatformMetrics, useValue: new PlatformMetrics(options.service) },
        { provide: SERVICE_DATABASE, useValue: options.database },
        { provide: SHARED_BUS, useValue: options.sharedBus ?? null },
        {
          provide: PLATFORM_SQL,
          inject: [GracefulShutdown],
          useFactory: (shutdown: GracefulShutdown) => {
            const pool = options.database.pool(PLATFORM_POOL_SIZE, (error) =>
              new Logger(PlatformModule.name).warn(`database connection lost: ${error.message}`),
            );
            shutdown.onRelease('platform database pool', () => pool.close());
            return pool.sql;
          },
        },
        {
          provide: ReadinessChecks,
          inject: [PLATFORM_SQL],
          useFactory: (sql: SqlExecutor) => {
            const checks = new ReadinessChecks();
            checks.add(postgresReadiness('database', sql));
            return checks;
          },
        },
        {
          provide: IdempotencyStore,
          inject: [PLATFORM_SQL],
          useFactory: async (sql: SqlExecutor) => {
            const store = new IdempotencyStore(sql, { schema: options.schema });
            await store.prepare();
            return store;
          },
        },
        {
          provide: JobStore,
          inject: [PLATFORM_SQL],
          useFactory: async (sql: SqlExecutor) => {
            const store = new JobStore(sql, options.schema);
            await store.prepare();
            return store;
          },
        },
        {
          provide: JobRunner,
          inject: [JobStore, GracefulShutdown],
          useFactory: (store: JobStore, shutdown: GracefulShutdown) => {
            const runner = new JobRunner(store);
            shutdown.onStop('background jobs', () => runner.stop());
            return runner;
          },
        },
        Jobs,
        { provide: TOKEN_VERIFIER, useValue: createTrustingVerifier(tokenVerifierOptions(options.config)) },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_PIPE, useClass: RequestValidationPipe },
        { provide: APP_FILTER, useClass: ProblemFilter },
        // Outermost first: command metrics see the outcome of idempotency too (a replay is counted as such).
        { provide: APP_INTERCEPTOR, useClass: CommandMetricsInterceptor },
        // Before idempotency, which fingerprints the body: a file becomes the body `{ fileName, csv }`.
        { provide: APP_INTERCEPTOR, useClass: FileUploadInterceptor },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
        // Inside idempotency: the Location it sets is stored with the answer and repeated on a replay.
        { provide: APP_INTERCEPTOR, useClass: LocationInterceptor },
      ],
      exports: [
        ...configProviders.map((p) => p.provide),
        PlatformMetrics,
        ReadinessChecks,
        GracefulShutdown,
        Clock,
        Jobs,
        JobRunner,
        SERVICE_DATABASE,
        SHARED_BUS,
      ],
    };
  }
}

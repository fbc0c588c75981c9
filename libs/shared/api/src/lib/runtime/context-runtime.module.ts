import { DynamicModule, Inject, Module, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Context, publishedUpcasters } from '@mutualis/shared/contracts';
import { SqlEventStore, SqlExecutor } from '@mutualis/shared/event-store';
import {
  brokerReadiness,
  ConsumerDefinition,
  EventBus,
  InProcessEventBus,
  KafkaEventBus,
  Projection,
} from '@mutualis/shared/messaging';
import { SERVICE_DATABASE, SHARED_BUS } from '../bootstrap/platform.module';
import { PlatformConfig } from '../config/platform-config';
import { GracefulShutdown } from '../lifecycle/graceful-shutdown';
import { PlatformMetrics } from '../observability/platform-metrics';
import { ReadinessChecks } from '../observability/readiness';
import { ContextConfig } from './context-config';
import { ContextRuntime } from './context-runtime';
import { ProjectionsController, RebuildJobsController } from './projections.controller';
import { ProjectionRebuild } from './projection-rebuild';
import { JobRunner } from '../jobs/job-runner';
import { ServiceDatabase } from './service-database';

/** The context's event store, in the context's schema. */
export const EVENT_STORE = Symbol('EventStore');
/** The bus between contexts: Kafka when KAFKA_BROKERS is set, else in-process (the suite's, when it has one). */
export const EVENT_BUS = Symbol('EventBus');
/** Plain SQL on the service's database, for its own tables beside the store (consumers' inbox, personal-data keys). */
export const CONTEXT_SQL = Symbol('ContextSql');
const CONTEXT_OPTIONS = Symbol('ContextOptions');

export interface ContextRuntimeOptions {
  context: Context;
  /** The PostgreSQL schema of the context's event store (and of its consumers' inbox). */
  schema: string;
  /** Read models fed from the context's own store. */
  projections?: Projection[];
  /** Consumers of other contexts' events. */
  consumers?: ConsumerDefinition[];
}

/**
 * The event-sourced side of a service: its store, the bus, a TypeORM DataSource for its read models, and the
 * ContextRuntime (relay, projections, consumers) started once the application is up and stopped on shutdown.
 */
@Module({})
export class ContextRuntimeModule implements OnApplicationBootstrap {
  constructor(
    @Inject(ContextRuntime) private readonly runtime: ContextRuntime,
    @Inject(GracefulShutdown) private readonly shutdown: GracefulShutdown,
    @Inject(JobRunner) jobs: JobRunner,
  ) {
    jobs.register(new ProjectionRebuild(runtime));
  }

  static forContext(options: ContextRuntimeOptions): DynamicModule {
    return {
      module: ContextRuntimeModule,
      controllers: [ProjectionsController, RebuildJobsController],
      providers: [
        // Gives each context's module its own identity: Nest tells dynamic modules apart by their providers.
        { provide: CONTEXT_OPTIONS, useValue: { context: options.context, schema: options.schema } },
        {
          provide: EVENT_STORE,
          inject: [SERVICE_DATABASE, GracefulShutdown],
          useFactory: async (database: ServiceDatabase, shutdown: GracefulShutdown) => {
            // Older events are read in their contract's current shape: deciders and projections know only that one.
            const store = await database.openEventStore(options.schema, publishedUpcasters());
            shutdown.onRelease(`${options.context} event store`, () => store.close());
            return store;
          },
        },
        {
          provide: EVENT_BUS,
          inject: [PlatformConfig, GracefulShutdown, ReadinessChecks, SHARED_BUS],
          useFactory: (
            config: PlatformConfig,
            shutdown: GracefulShutdown,
            readiness: ReadinessChecks,
            sharedBus: EventBus | null,
          ) => {
            const brokers = (config as ContextConfig).KAFKA_BROKERS;
            if (!brokers && sharedBus) return sharedBus; // the suite closes it once every service has stopped
            const bus: EventBus = brokers
              ? new KafkaEventBus({ brokers: brokers.split(','), clientId: `${options.context}-service` })
              : new InProcessEventBus();
            if (bus instanceof KafkaEventBus) readiness.add(brokerReadiness(bus));
            shutdown.onRelease(`${options.context} event bus`, () => bus.close());
            return bus;
          },
        },
        {
          provide: DataSource,
          inject: [SERVICE_DATABASE, GracefulShutdown],
          useFactory: async (database: ServiceDatabase, shutdown: GracefulShutdown) => {
            const dataSource = await new DataSource(database.dataSourceOptions()).initialize();
            shutdown.onRelease(`${options.context} read models`, () => dataSource.destroy());
            return dataSource;
          },
        },
        {
          provide: CONTEXT_SQL,
          inject: [SERVICE_DATABASE, GracefulShutdown],
          useFactory: (database: ServiceDatabase, shutdown: GracefulShutdown) => {
            const pool = database.pool(4);
            shutdown.onRelease(`${options.context} SQL pool`, () => pool.close());
            return pool.sql;
          },
        },
        {
          provide: ContextRuntime,
          inject: [EVENT_STORE, EVENT_BUS, DataSource, CONTEXT_SQL, PlatformMetrics, PlatformConfig],
          useFactory: (
            store: SqlEventStore,
            bus: EventBus,
            dataSource: DataSource,
            sql: SqlExecutor,
            metrics: PlatformMetrics,
            config: PlatformConfig,
          ) =>
            new ContextRuntime({
              context: options.context,
              schema: options.schema,
              store,
              bus,
              dataSource,
              sql,
              projections: options.projections ?? [],
              consumers: [...(options.consumers ?? [])],
              metrics,
              groupPrefix: (config as ContextConfig).KAFKA_CONSUMER_GROUP_PREFIX ?? '',
            }),
        },
      ],
      exports: [EVENT_STORE, EVENT_BUS, DataSource, CONTEXT_SQL, ContextRuntime],
    };
  }

  async onApplicationBootstrap(): Promise<void> {
    // Registered first: whatever started before a failure is stopped with the application.
    this.shutdown.onStop('relay, projections and consumers', () => this.runtime.stop());
    await this.runtime.start();
  }
}

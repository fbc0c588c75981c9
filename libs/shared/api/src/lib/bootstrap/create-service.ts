import { DynamicModule, Module, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { EmbeddedDatabase } from '@mutualis/shared/event-store';
import { EventBus } from '@mutualis/shared/messaging';
import { loadConfig } from '../config/load-config';
import { PlatformConfig } from '../config/platform-config';
import { installHttpPipeline } from '../http/http-pipeline';
import { PlatformMetrics } from '../observability/platform-metrics';
import { OpenApiInfo, setupOpenApi } from '../openapi/setup-openapi';
import { embeddedServiceDatabase, serverDatabase } from '../runtime/service-database';
import { PlatformModule } from './platform.module';
import { createServiceLogger } from './service-logger';

export interface ServiceOptions<Config extends PlatformConfig = PlatformConfig> {
  /** The service's name (`membership-service`): in every log line and metric. */
  name: string;
  /** The PostgreSQL schema the service owns (`membership`): its idempotency records are kept there. */
  schema: string;
  /** The service's root module. */
  module: Type<unknown> | DynamicModule;
  /** The service's configuration class, if it reads variables of its own; it extends PlatformConfig. */
  config?: new () => Config;
  /** How /docs presents the service. */
  openApi: OpenApiInfo;
  /** The environment to read; process.env by default. */
  env?: NodeJS.ProcessEnv;
  /** Where the JSON logs go; stdout by default. */
  logDestination?: DestinationStream;
  /** The embedded database the suite's services share, instead of the server of DATABASE_URL. */
  embeddedDatabase?: EmbeddedDatabase;
  /** The in-process bus the suite's services share when KAFKA_BROKERS is not set, so that they hear one another. */
  sharedBus?: EventBus;
}

@Module({})
class ServiceRootModule {}

/**
 * Builds a service on the platform, initialised but not listening (tests drive it with supertest; `startService`
 * listens). The configuration is validated first: a ConfigurationError names every variable at fault before
 * anything else happens.
 */
export async function createService<Config extends PlatformConfig>(
  options: ServiceOptions<Config>,
): Promise<NestExpressApplication> {
  const configClass = options.config ?? (PlatformConfig as new () => Config);
  const config = loadConfig(configClass, options.env, options.embeddedDatabase ? ['DATABASE_URL'] : []);
  const logger = createServiceLogger(options.name, config.LOG_LEVEL, options.logDestination);
  const database = options.embeddedDatabase
    ? embeddedServiceDatabase(options.embeddedDatabase)
    : serverDatabase(config.DATABASE_URL);
  const root: DynamicModule = {
    module: ServiceRootModule,
    imports: [
      PlatformModule.forRoot({
        service: options.name,
        identity: { title: options.openApi.title, version: options.openApi.version ?? '1' },
        schema: options.schema,
        config,
        configClass,
        logger,
        database,
        sharedBus: options.sharedBus,
      }),
      options.module,
    ],
  };
  const app = await NestFactory.create<NestExpressApplication>(root, {
    bodyParser: false,
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  // ETags name stream versions (If-Match); Express's body-hash ETags would be mistaken for them.
  app.set('etag', false);
  installHttpPipeline(app, {
    logger,
    bodyLimitBytes: config.HTTP_BODY_LIMIT_BYTES,
    metrics: app.get(PlatformMetrics),
  });
  setupOpenApi(app, options.openApi);
  try {
    await app.init();
  } catch (error) {
    await app.close().catch(() => undefined); // what started before the failure (relays, consumers) stops
    throw error;
  }
  return app;
}

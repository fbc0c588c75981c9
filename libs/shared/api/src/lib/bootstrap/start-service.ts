import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { pino } from 'pino';
import { ConfigurationError } from '../config/load-config';
import { PlatformConfig } from '../config/platform-config';
import { createService, ServiceOptions } from './create-service';
import { createServiceLogger } from './service-logger';

/**
 * Starts a service in one call, as its `main.ts` does: configuration validated, platform installed, listening on
 * HOST:PORT, and a graceful shutdown on SIGTERM/SIGINT. When it cannot start (a missing or wrong variable, an
 * unreachable database), it logs why, naming the variable, and exits with status 1.
 */
export async function startService<Config extends PlatformConfig>(
  options: ServiceOptions<Config>,
): Promise<NestExpressApplication> {
  try {
    const app = await createService(options);
    app.enableShutdownHooks();
    const config = app.get(PlatformConfig);
    await app.listen(config.PORT, config.HOST);
    app.get(Logger).log(`${options.name} listening on ${await app.getUrl()}`);
    return app;
  } catch (error) {
    // The service's logger may not exist yet (LOG_LEVEL itself may be the wrong variable): log on stderr directly.
    const log = createServiceLogger(options.name, 'info', pino.destination({ dest: 2, sync: true }));
    if (error instanceof ConfigurationError) log.fatal(`${options.name} cannot start: ${error.message}`);
    else log.fatal({ err: error }, `${options.name} cannot start`);
    process.exit(1);
  }
}

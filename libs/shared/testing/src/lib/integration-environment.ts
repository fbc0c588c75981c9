import { createTestDatabase, TestDatabase } from './test-database';

/** What an integration test gets: the real broker, and a database of its own. */
export interface IntegrationEnvironment {
  kafkaBrokers: string[];
  databaseUrl: string;
}

/** The broker and server chosen by the global setup (see global-setup.ts), read from the environment. */
export function sharedInfrastructure(env: NodeJS.ProcessEnv = process.env): {
  kafkaBrokers: string[];
  serverUrl: string;
} {
  const brokers = env['KAFKA_BROKERS'];
  const serverUrl = env['DATABASE_URL'];
  if (!brokers || !serverUrl) {
    throw new Error(
      'KAFKA_BROKERS and DATABASE_URL are not set: run integration tests with their Jest config ' +
        '(jest.int.config.js, whose global setup starts the broker and the database), e.g. `npm run test:int`.',
    );
  }
  return { kafkaBrokers: brokers.split(',').map((b) => b.trim()), serverUrl };
}

/** Gives the environment; `teardown` registers clean-up (closing pools, clients) that runs before the drop. */
export interface EnvironmentAccessor {
  (): IntegrationEnvironment;
  teardown(cleanUp: () => Promise<unknown> | unknown): void;
}

/**
 * The one entry point of integration tests. Call it at the top of a test file: before the file's tests it creates a
 * fresh database for this file alone, and drops it afterwards, after the clean-ups registered with `teardown`
 * (last registered first), so no connection of the file is cut by the drop.
 */
export function useIntegrationEnvironment(): EnvironmentAccessor {
  let database: TestDatabase | undefined;
  let environment: IntegrationEnvironment | undefined;
  const cleanUps: (() => Promise<unknown> | unknown)[] = [];

  beforeAll(async () => {
    const { kafkaBrokers, serverUrl } = sharedInfrastructure();
    database = await createTestDatabase(serverUrl, expect.getState().testPath ?? 'unnamed');
    environment = { kafkaBrokers, databaseUrl: database.url };
  });

  afterAll(async () => {
    for (const cleanUp of cleanUps.reverse()) await cleanUp();
    await database?.drop();
  });

  const accessor = () => {
    if (!environment) throw new Error('the integration environment is ready only inside tests and hooks');
    return environment;
  };
  return Object.assign(accessor, {
    teardown: (cleanUp: () => Promise<unknown> | unknown) => void cleanUps.push(cleanUp),
  });
}

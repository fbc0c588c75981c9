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

/**
 * The one entry point of integration tests. Call it at the top of a test file: before the file's tests it creates a
 * fresh database for this file alone, and drops it afterwards. The returned function gives the environment.
 */
export function useIntegrationEnvironment(): () => IntegrationEnvironment {
  let database: TestDatabase | undefined;
  let environment: IntegrationEnvironment | undefined;

  beforeAll(async () => {
    const { kafkaBrokers, serverUrl } = sharedInfrastructure();
    database = await createTestDatabase(serverUrl, expect.getState().testPath ?? 'unnamed');
    environment = { kafkaBrokers, databaseUrl: database.url };
  });

  afterAll(async () => {
    await database?.drop();
  });

  return () => {
    if (!environment) throw new Error('the integration environment is ready only inside tests and hooks');
    return environment;
  };
}

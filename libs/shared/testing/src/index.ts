export { useIntegrationEnvironment, sharedInfrastructure } from './lib/integration-environment';
export type { EnvironmentAccessor, IntegrationEnvironment } from './lib/integration-environment';
export { createTestDatabase, testDatabaseName } from './lib/test-database';
export type { TestDatabase } from './lib/test-database';
export { chooseInfrastructure } from './lib/infrastructure-source';
export type { InfrastructureChoice, InfrastructureSource } from './lib/infrastructure-source';
export { workspaceRoot } from './lib/workspace-root';
export { freePort } from './lib/free-port';

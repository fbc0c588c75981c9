// Integration tests: `*.int-spec.ts`, against the real broker and database started once per run by the global setup.
const path = require('node:path');
const base = require('./jest.preset');
const jestDir = path.join(__dirname, 'libs/shared/testing/src/jest');

module.exports = {
  ...base,
  testMatch: ['**/?(*.)int-spec.ts'],
  globalSetup: path.join(jestDir, 'global-setup.ts'),
  globalTeardown: path.join(jestDir, 'global-teardown.ts'),
  setupFilesAfterEnv: [path.join(jestDir, 'integration-timeout.ts')],
  slowTestThreshold: 30,
};

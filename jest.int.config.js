// Root integration-test run: every project's `int-test` target in one Jest process, sharing one broker.
const path = require('node:path');
const { jestConfigsOf } = require('./tools/jest/projects');
const jestDir = path.join(__dirname, 'libs/shared/testing/src/jest');

module.exports = async () => ({
  projects: await jestConfigsOf('int-test'),
  globalSetup: path.join(jestDir, 'global-setup.ts'),
  globalTeardown: path.join(jestDir, 'global-teardown.ts'),
});

// Root integration-test run: every project's `int-test` target in one Jest process, sharing one broker.
const path = require('node:path');
const { jestConfigsOf } = require('./tools/jest/projects');
const jestDir = path.join(__dirname, 'libs/shared/testing/src/jest');

module.exports = async () => ({
  projects: await jestConfigsOf('int-test'),
  // One file at a time: the files share one broker, and two files' services of the same kind would share consumer
  // groups, each missing what the other was given (seen with two audit services).
  maxWorkers: 1,
  globalSetup: path.join(jestDir, 'global-setup.ts'),
  globalTeardown: path.join(jestDir, 'global-teardown.ts'),
});

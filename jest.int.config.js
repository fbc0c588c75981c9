// Root integration-test run: every project's `int-test` target in one Jest process, sharing one broker.
const path = require('node:path');
const { jestConfigsOf } = require('./tools/jest/projects');
const jestDir = path.join(__dirname, 'libs/shared/testing/src/jest');

module.exports = async () => ({
  projects: await jestConfigsOf('int-test'),
  // One file at a time: the files share one broker, and two files' services of the same kind would share consumer
  // groups, each missing what the other was given (seen with two audit services).
  maxWorkers: 1,
  // Each file boots services, clients and module graphs that a worker does not fully give back: a worker whose heap
  // has grown past this after a file is replaced, so a long run cannot exhaust the heap (seen at 4 GB in CI). Jest
  // reads it from this root config only: in the projects' configs it was ignored (Jest 30.5 warns of it).
  workerIdleMemoryLimit: '1GB',
  globalSetup: path.join(jestDir, 'global-setup.ts'),
  globalTeardown: path.join(jestDir, 'global-teardown.ts'),
});

// Root unit-test run: every project's `test` target in one Jest process.
const { jestConfigsOf } = require('./tools/jest/projects');

module.exports = async () => ({ projects: await jestConfigsOf('test') });

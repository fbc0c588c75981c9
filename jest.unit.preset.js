// Unit tests: `*.spec.ts`, no network (see libs/shared/testing/src/jest/no-network.ts).
const path = require('node:path');
const base = require('./jest.preset');

module.exports = {
  ...base,
  testMatch: ['**/?(*.)spec.ts'],
  setupFiles: [path.join(__dirname, 'libs/shared/testing/src/jest/no-network.ts')],
};

// The console's unit tests: its pure functions (formatting, problems mapped to fields, report filters) in Node.
// Its pages are tested in a real browser.
module.exports = {
  ...require('../../jest.unit.preset'),
  displayName: 'console',
  rootDir: __dirname,
  testPathIgnorePatterns: ['/node_modules/', '/src/api/generated/'],
};

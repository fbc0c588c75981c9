module.exports = {
  ...require('../../jest.unit.preset'),
  displayName: 'cli',
  rootDir: __dirname,
};

module.exports = {
  ...require('../../../jest.unit.preset'),
  displayName: 'shared-testing',
  rootDir: __dirname,
};

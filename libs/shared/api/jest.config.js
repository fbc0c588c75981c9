module.exports = {
  ...require('../../../jest.unit.preset'),
  displayName: 'shared-api',
  rootDir: __dirname,
};

module.exports = {
  ...require('../../../jest.unit.preset'),
  displayName: 'supplier-application',
  rootDir: __dirname,
};

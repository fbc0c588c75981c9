module.exports = {
  ...require('../../../jest.unit.preset'),
  displayName: 'supplier-domain',
  rootDir: __dirname,
};

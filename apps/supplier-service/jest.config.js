module.exports = {
  ...require('../../jest.unit.preset'),
  displayName: 'supplier-service',
  rootDir: __dirname,
};

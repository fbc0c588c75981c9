module.exports = {
  ...require('../../../jest.unit.preset'),
  displayName: 'contract-domain',
  rootDir: __dirname,
};

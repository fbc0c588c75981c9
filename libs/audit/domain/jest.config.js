module.exports = {
  ...require('../../../jest.unit.preset'),
  displayName: 'audit-domain',
  rootDir: __dirname,
};

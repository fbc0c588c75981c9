module.exports = {
  ...require('../../../jest.unit.preset'),
  displayName: 'access-dev-identity',
  rootDir: __dirname,
};

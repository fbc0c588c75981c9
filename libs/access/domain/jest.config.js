module.exports = {
  ...require('../../../jest.unit.preset'),
  displayName: 'access-domain',
  rootDir: __dirname,
};

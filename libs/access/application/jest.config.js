module.exports = {
  ...require('../../../jest.unit.preset'),
  displayName: 'access-application',
  rootDir: __dirname,
};

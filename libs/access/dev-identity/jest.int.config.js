module.exports = {
  ...require('../../../jest.int.preset'),
  displayName: 'access-dev-identity:int',
  rootDir: __dirname,
};

module.exports = {
  ...require('../../../jest.int.preset'),
  displayName: 'access-application:int',
  rootDir: __dirname,
};

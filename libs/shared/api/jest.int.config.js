module.exports = {
  ...require('../../../jest.int.preset'),
  displayName: 'shared-api:int',
  rootDir: __dirname,
};

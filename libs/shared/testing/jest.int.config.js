module.exports = {
  ...require('../../../jest.int.preset'),
  displayName: 'shared-testing:int',
  rootDir: __dirname,
};

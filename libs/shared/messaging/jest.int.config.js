module.exports = {
  ...require('../../../jest.int.preset'),
  displayName: 'shared-messaging:int',
  rootDir: __dirname,
};

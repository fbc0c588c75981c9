module.exports = {
  ...require('../../jest.int.preset'),
  displayName: 'membership-service:int',
  rootDir: __dirname,
};

module.exports = {
  ...require('../../jest.int.preset'),
  displayName: 'audit-service:int',
  rootDir: __dirname,
};

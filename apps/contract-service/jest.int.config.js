module.exports = {
  ...require('../../jest.int.preset'),
  displayName: 'contract-service:int',
  rootDir: __dirname,
};

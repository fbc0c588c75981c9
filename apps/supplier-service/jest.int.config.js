module.exports = {
  ...require('../../jest.int.preset'),
  displayName: 'supplier-service:int',
  rootDir: __dirname,
};

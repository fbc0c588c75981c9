module.exports = {
  ...require('../../jest.int.preset'),
  displayName: 'suite:int',
  rootDir: __dirname,
};

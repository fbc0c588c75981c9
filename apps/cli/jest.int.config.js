module.exports = {
  ...require('../../jest.int.preset'),
  displayName: 'cli:int',
  rootDir: __dirname,
};

module.exports = {
  ...require('../../jest.int.preset'),
  displayName: 'demo:int',
  rootDir: __dirname,
};

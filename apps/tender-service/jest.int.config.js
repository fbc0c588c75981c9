module.exports = {
  ...require('../../jest.int.preset'),
  displayName: 'tender-service:int',
  rootDir: __dirname,
};

module.exports = {
  ...require('../../jest.int.preset'),
  displayName: 'infra-kafka:int',
  rootDir: __dirname,
};

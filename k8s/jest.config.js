module.exports = {
  ...require('../jest.unit.preset'),
  displayName: 'deploy',
  rootDir: __dirname,
};

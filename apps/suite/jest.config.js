module.exports = {
  ...require('../../jest.unit.preset'),
  displayName: 'suite',
  rootDir: __dirname,
};

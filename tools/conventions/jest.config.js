module.exports = {
  ...require('../../jest.unit.preset'),
  displayName: 'conventions',
  rootDir: __dirname,
};

module.exports = {
  ...require('../../jest.unit.preset'),
  displayName: 'demo',
  rootDir: __dirname,
};

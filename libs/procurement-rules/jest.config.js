module.exports = {
  ...require('../../jest.unit.preset'),
  displayName: 'procurement-rules',
  rootDir: __dirname,
};

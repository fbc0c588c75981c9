module.exports = {
  ...require('../../jest.unit.preset'),
  displayName: 'membership-service',
  rootDir: __dirname,
};

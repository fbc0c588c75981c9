module.exports = {
  ...require('../../../jest.unit.preset'),
  displayName: 'membership-domain',
  rootDir: __dirname,
};

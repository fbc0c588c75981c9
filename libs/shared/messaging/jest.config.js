module.exports = {
  ...require('../../../jest.unit.preset'),
  displayName: 'shared-messaging',
  rootDir: __dirname,
};

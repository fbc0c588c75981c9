module.exports = {
  ...require('../../../jest.unit.preset'),
  displayName: 'shared-event-store',
  rootDir: __dirname,
};

module.exports = {
  ...require('../../../jest.unit.preset'),
  displayName: 'shared-event-sourcing',
  rootDir: __dirname,
};

module.exports = {
  ...require('../../../jest.int.preset'),
  displayName: 'shared-event-store:int',
  rootDir: __dirname,
};

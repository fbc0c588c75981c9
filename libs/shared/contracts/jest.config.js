module.exports = {
  ...require('../../../jest.unit.preset'),
  displayName: 'shared-contracts',
  rootDir: __dirname,
};

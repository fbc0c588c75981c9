module.exports = {
  ...require('../../../jest.unit.preset'),
  displayName: 'tender-domain',
  rootDir: __dirname,
};

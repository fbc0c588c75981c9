// Shared Jest settings: SWC compiles TypeScript (type-checking is the separate `typecheck` target),
// and Nx's resolver maps the @mutualis/* paths of tsconfig.base.json.
const nxPreset = require('@nx/jest/preset').default;

// Dependencies published only as ES modules, which the sources (compiled to CommonJS) require(). With VM modules
// enabled (the integration runs) Jest requires them as Node does; without, it only runs CommonJS, and as it leaves
// node_modules untransformed by default, SWC compiles these to CommonJS like the sources.
const ESM_ONLY_PACKAGES = ['jose', '@nestjs', 'oidc-provider']; // a name, or a scope for all its packages

// Nx's coverageReporters is a global option that Jest refuses in a project's config: coverage is not collected here.
const nxProjectPreset = { ...nxPreset };
delete nxProjectPreset.coverageReporters;

module.exports = {
  ...nxProjectPreset,
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!(?:${ESM_ONLY_PACKAGES.join('|')})/)`],
  moduleFileExtensions: ['ts', 'js', 'json'],
};

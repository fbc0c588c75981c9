// Layering rules of the monorepo (docs/architecture: "Nx tags make the layering visible and checked").
// Every project carries one scope:* tag and one type:* tag; @nx/enforce-module-boundaries checks imports against these.

/**
 * The bounded contexts. A context sees only itself and shared code; it learns about others from their events.
 * `access` is the console's backend-for-frontend: who a signed-in person is, and what they may do where.
 */
export const contexts = ['membership', 'supplier', 'tender', 'contract', 'audit', 'access'];

/** Projects that assemble several contexts: the all-in-one suite and the command line. */
export const assemblies = ['suite', 'cli'];

/** Node's I/O modules: @nx/enforce-module-boundaries only checks npm packages, so ESLint's no-restricted-imports bans these. */
export const nodeIo = [
  'fs',
  'fs/promises',
  'net',
  'http',
  'https',
  'child_process',
  'dgram',
  'tls',
  'worker_threads',
].flatMap((name) => [name, `node:${name}`]);

/** The npm packages domain code may never import: frameworks and I/O clients stay at the edge (Node's own: nodeIo). */
export const frameworkAndIo = [
  '@nestjs/*',
  'typeorm',
  'pg',
  'kafkajs',
  'express',
  'class-validator',
  'class-transformer',
  'jose',
  'pino',
  '@electric-sql/*',
  'testcontainers',
  '@testcontainers/*',
];

export const depConstraints = [
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  // audit-service reads every context's published language to build the cross-service ledger.
  ...contexts.map((context) => ({
    sourceTag: `scope:${context}`,
    onlyDependOnLibsWithTags: context === 'audit' ? ['*'] : [`scope:${context}`, 'scope:shared'],
  })),
  ...assemblies.map((assembly) => ({ sourceTag: `scope:${assembly}`, onlyDependOnLibsWithTags: ['*'] })),
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:domain', 'type:infra', 'type:util'] },
  { sourceTag: 'type:infra', onlyDependOnLibsWithTags: ['type:domain', 'type:infra', 'type:util'] },
  {
    sourceTag: 'type:domain',
    onlyDependOnLibsWithTags: ['type:domain', 'type:util'],
    bannedExternalImports: frameworkAndIo,
  },
  { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'], bannedExternalImports: frameworkAndIo },
];

export const moduleBoundaries = {
  enforceBuildableLibDependency: true,
  allow: [],
  depConstraints,
};

/** Project types whose code must stay free of frameworks and I/O. */
export const pureTypes = ['type:domain', 'type:util'];

import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { moduleBoundaries, nodeIo, pureTypes } from './tools/conventions/module-boundaries.mjs';

/** Roots of the projects tagged type:domain or type:util, read from their project.json files. */
const libs = join(dirname(fileURLToPath(import.meta.url)), 'libs');
const pureProjectRoots = readdirSync(libs, { recursive: true })
  .filter((path) => path.endsWith('project.json') && !path.includes('node_modules'))
  .filter((path) => {
    const tags = JSON.parse(readFileSync(join(libs, path), 'utf8')).tags ?? [];
    return tags.some((tag) => pureTypes.includes(tag));
  })
  .map((path) => `libs/${dirname(path)}`);

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: [
      '**/dist',
      '**/node_modules',
      '**/coverage',
      'tmp',
      'infra/kafka/jars',
      'infra/kafka/run',
      'data',
    ],
  },
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs', '**/*.cjs'],
    rules: {
      '@nx/enforce-module-boundaries': ['error', moduleBoundaries],
    },
  },
  {
    // Domain and util code does no I/O; its tests may read fixtures.
    files: pureProjectRoots.map((root) => `${root}/src/**/*.ts`),
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: nodeIo.map((name) => ({ name, message: 'domain and util code does no I/O' })) },
      ],
    },
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Jest configs extend the root presets by path; they are tooling, not code that crosses project boundaries.
    files: ['**/jest.config.js', '**/jest.int.config.js'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    // noUncheckedIndexedAccess is on: `list[i]!` is how code states an index it has checked.
    files: ['**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  prettier,
];

import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import { moduleBoundaries } from './tools/conventions/module-boundaries.mjs';

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

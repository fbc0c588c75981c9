import root from '../../eslint.config.mjs';

export default [
  ...root,
  // The API types generated from docs/openapi (tools/build/generate-api-types.mjs) are not the console's code.
  { ignores: ['src/api/generated/**'] },
  // This file extends the workspace's config by path: tooling, not code crossing project boundaries.
  { files: ['eslint.config.mjs'], rules: { '@nx/enforce-module-boundaries': 'off' } },
  // As in the workspace's .ts files: `list[i]!` states an index the code has checked.
  { files: ['**/*.tsx'], rules: { '@typescript-eslint/no-non-null-assertion': 'off' } },
];

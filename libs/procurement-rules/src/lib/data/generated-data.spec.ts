import { staleGeneratedFiles } from '../../../scripts/generate-data';

it('keeps the generated JSON modules in sync with the source copies in data/ (node scripts/generate-data.js)', () => {
  expect(staleGeneratedFiles()).toEqual([]);
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ocdsRecordPackageProblems, ocdsReleasePackageProblems } from './ocds-schemas';

const DATA = join(__dirname, '../data/ocds');
const example = (file: string) => JSON.parse(readFileSync(join(DATA, file), 'utf8'));
const releasePackages = readdirSync(DATA).filter(
  (file) => file.startsWith('release-package-') && !file.endsWith('schema.json'),
);

describe('OCDS 1.1.5 validation, offline', () => {
  it('accepts every official release package example, one per stage', () => {
    expect(releasePackages).toHaveLength(8);
    for (const file of releasePackages)
      expect([file, ocdsReleasePackageProblems(example(file))]).toEqual([file, []]);
  });

  it('accepts the official record package example', () => {
    expect(ocdsRecordPackageProblems(example('record-package-example.json'))).toEqual([]);
  });

  it('refuses a release without its ocid, and a record package without its publisher', () => {
    const tender = example('release-package-tender.json');
    delete tender.releases[0].ocid;
    expect(ocdsReleasePackageProblems(tender)).toContain("/releases/0 must have required property 'ocid'");
    const record = example('record-package-example.json');
    delete record.publisher;
    expect(ocdsRecordPackageProblems(record)).toContain("/ must have required property 'publisher'");
  });

  it('refuses a tag outside the closed codelist', () => {
    const award = example('release-package-award.json');
    award.releases[0].tag = ['awarded'];
    expect(ocdsReleasePackageProblems(award).join('\n')).toMatch(
      /\/releases\/0\/tag\/0 must be equal to one of the allowed values/,
    );
  });
});

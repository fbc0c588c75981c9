import { compiledRelease, OcdsRelease, versionedRelease } from './ocds-merge';

const release = (id: string, date: string, tag: string, fields: Record<string, unknown>): OcdsRelease =>
  ({ ocid: 'ocds-test-1', id, date, tag: [tag], initiationType: 'tender', ...fields }) as OcdsRelease;

const planning = release('r1', '2026-01-05T09:00:00Z', 'planning', {
  tender: { id: 't', title: 'Audit', status: 'planning', items: [{ id: 'lot-1', description: 'Audit' }] },
  parties: [{ id: 'FR-RCS-1', name: 'Ville', roles: ['buyer'] }],
});
const tender = release('r2', '2026-02-01T09:00:00Z', 'tender', {
  tender: {
    status: 'active',
    items: [{ id: 'lot-2', description: 'SOC' }],
    tenderPeriod: { endDate: '2026-03-05T12:00:00Z' },
  },
  parties: [{ id: 'FR-RCS-1', roles: ['buyer', 'procuringEntity'] }],
});
const amendment = release('r3', '2026-02-20T09:00:00Z', 'tenderAmendment', {
  tender: { tenderPeriod: { endDate: '2026-03-12T12:00:00Z' }, status: 'active' },
});

describe('OCDS merging (1.1.5 merging rules)', () => {
  it('compiles the latest value of each field, merging items on their id and replacing other arrays', () => {
    const compiled = compiledRelease([planning, tender, amendment]);
    expect(compiled).toMatchObject({
      ocid: 'ocds-test-1',
      id: 'ocds-test-1-2026-02-20T09:00:00Z',
      tag: ['compiled'],
    });
    expect(compiled['tender']).toEqual({
      id: 't',
      title: 'Audit',
      status: 'active',
      items: [
        { id: 'lot-1', description: 'Audit' },
        { id: 'lot-2', description: 'SOC' },
      ],
      tenderPeriod: { endDate: '2026-03-12T12:00:00Z' },
    });
    expect(compiled['parties']).toEqual([
      { id: 'FR-RCS-1', name: 'Ville', roles: ['buyer', 'procuringEntity'] },
    ]);
  });

  it('removes a field a later release sets to null', () => {
    const withdrawn = release('r4', '2026-02-21T09:00:00Z', 'tenderUpdate', {
      tender: { tenderPeriod: null },
    });
    expect(compiledRelease([planning, tender, withdrawn])['tender']).not.toHaveProperty('tenderPeriod');
  });

  it('versions each field: a new version only when its value changes, item ids left as they are', () => {
    const versioned = versionedRelease([planning, tender, amendment]) as Record<string, any>;
    expect(versioned['ocid']).toBe('ocds-test-1');
    expect(versioned).not.toHaveProperty('tag');
    expect(versioned['tender'].status).toEqual([
      { releaseID: 'r1', releaseDate: '2026-01-05T09:00:00Z', releaseTag: ['planning'], value: 'planning' },
      { releaseID: 'r2', releaseDate: '2026-02-01T09:00:00Z', releaseTag: ['tender'], value: 'active' },
    ]);
    expect(
      versioned['tender'].tenderPeriod.endDate.map((version: { value: string }) => version.value),
    ).toEqual(['2026-03-05T12:00:00Z', '2026-03-12T12:00:00Z']);
    expect(versioned['tender'].id).toEqual([expect.objectContaining({ releaseID: 'r1', value: 't' })]);
    expect(versioned['parties'][0].id).toBe('FR-RCS-1');
    expect(versioned['parties'][0].roles.map((version: { value: string[] }) => version.value)).toEqual([
      ['buyer'],
      ['buyer', 'procuringEntity'],
    ]);
  });

  it('refuses to compile nothing', () => {
    expect(() => compiledRelease([])).toThrow();
  });
});

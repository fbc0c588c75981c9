import { MembershipFacts } from '@mutualis/shared/contracts';
import { Grant } from './access-events';
import { resolveAccess } from './resolve-access';

const SAINT_NAZAIRE = '21440184600016';
const SAVENAY = '21440195200012';
const MESANGER = '21440096200012';
const CROSSAC = '21440049100016';
const A = '0190c6a4-7c1e-7000-8000-00000000000a';
const B = '0190c6a4-7c1e-7000-8000-00000000000b';

const authority = (siret: string) => ({
  siret,
  siren: siret.slice(0, 9),
  name: siret,
  kind: 'commune' as const,
});
const facts = (coordinatorSiret: string, members: Record<string, { from: string; until: string | null }[]>) =>
  ({
    consortium: { kind: 'permanent-groupement', coordinatorSiret, convention: {} },
    members: Object.fromEntries(
      Object.entries(members).map(([siret, periods]) => [siret, { authority: authority(siret), periods }]),
    ),
    launches: [],
  }) as unknown as MembershipFacts;

const groupements = [
  {
    consortiumId: A,
    facts: facts(SAINT_NAZAIRE, {
      [SAINT_NAZAIRE]: [{ from: '2026-02-01', until: null }],
      [SAVENAY]: [{ from: '2026-03-01', until: null }],
      [MESANGER]: [{ from: '2026-03-01', until: '2026-10-01' }],
      [CROSSAC]: [],
    }),
  },
  { consortiumId: B, facts: facts(SAVENAY, { [SAVENAY]: [{ from: '2027-01-01', until: null }] }) },
];
const grant = (overrides: Partial<Grant>): Grant => ({
  grantId: 'g',
  email: 'auditrice@crc-pdl.fr',
  role: 'auditor',
  consortia: [B],
  supplierSiret: null,
  reason: 'mission',
  grantedBy: 'admin-1',
  grantedOn: '2026-12-01',
  ...overrides,
});
const agentOf = (organisationSiret: string | null, email: string | null = null) => ({
  email,
  organisationSiret,
});

describe('a person’s access, from Mutualis’ data', () => {
  it('makes the coordinator’s agents coordinators (and member buyers: the coordinator is a member)', () => {
    expect(resolveAccess(agentOf(SAINT_NAZAIRE), groupements, [], '2026-12-07').consortia).toEqual([
      { consortiumId: A, roles: ['coordinator', 'member-buyer'] },
    ]);
  });

  it('makes a member commune’s agents its member buyers, in each groupement it belongs to or will', () => {
    expect(resolveAccess(agentOf(SAVENAY), groupements, [], '2026-12-07').consortia).toEqual([
      { consortiumId: A, roles: ['member-buyer'] },
      { consortiumId: B, roles: ['coordinator', 'member-buyer'] },
    ]);
  });

  it('lets an applicant’s agents in, to complete the application, and not a withdrawn member’s', () => {
    expect(resolveAccess(agentOf(CROSSAC), groupements, [], '2026-12-07').consortia).toEqual([
      { consortiumId: A, roles: ['member-buyer'] },
    ]);
    expect(resolveAccess(agentOf(MESANGER), groupements, [], '2026-09-30').consortia).toHaveLength(1);
    expect(resolveAccess(agentOf(MESANGER), groupements, [], '2026-10-01').consortia).toEqual([]);
  });

  it('gives the granted roles to the person with that e-mail address, whatever its case, and nobody else', () => {
    const grants = [
      grant({}),
      grant({ grantId: 'p', role: 'platform-admin', consortia: [], email: 'admin@region-pdl.fr' }),
      grant({ grantId: 's', role: 'supplier', consortia: [], supplierSiret: '73282932000074' }),
    ];
    expect(resolveAccess(agentOf(null, 'Auditrice@CRC-pdl.fr'), groupements, grants, '2026-12-07')).toEqual({
      platformAdmin: false,
      supplierSirets: ['73282932000074'],
      consortia: [{ consortiumId: B, roles: ['auditor'] }],
    });
    expect(resolveAccess(agentOf(null, 'admin@region-pdl.fr'), groupements, grants, '2026-12-07')).toEqual({
      platformAdmin: true,
      supplierSirets: [],
      consortia: [],
    });
    expect(resolveAccess(agentOf(null, null), groupements, grants, '2026-12-07')).toEqual({
      platformAdmin: false,
      supplierSirets: [],
      consortia: [],
    });
  });
});

import { Me, roleIn } from './me';

const me: Me = {
  person: { subject: 's', name: 'Claire Martin', email: 'c@m.fr', organisationSiret: '24310051800014' },
  platformAdmin: false,
  supplierSirets: [],
  consortia: [
    { consortiumId: 'a', name: 'A', kind: 'permanent-groupement', roles: ['member-buyer', 'coordinator'] },
    { consortiumId: 'b', name: 'B', kind: 'permanent-groupement', roles: ['auditor', 'member-buyer'] },
  ],
  csrfToken: 't',
  sessionExpiresAt: '2026-03-01T10:00:00Z',
};

describe('the role a page of a groupement acts in', () => {
  it('is the coordinator’s when the person coordinates the groupement', () => {
    expect(roleIn(me, 'a')).toBe('coordinator');
  });

  it('is the member buyer’s before the auditor’s', () => {
    expect(roleIn(me, 'b')).toBe('member-buyer');
  });

  it('is none in a groupement the person has no role in', () => {
    expect(roleIn(me, 'c')).toBeNull();
  });
});

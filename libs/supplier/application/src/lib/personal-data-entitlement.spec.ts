import type { Principal, Role } from '@mutualis/shared/api';
import { contactsEntitlement } from './personal-data-entitlement';

const SIRET = '73282932000074';
const principal = (role: Role, claims: Partial<Principal> = {}): Principal => ({
  userId: `${role}-user`,
  role,
  consortia: ['0190c6a4-7c1e-7000-8000-00000000000a'],
  ...claims,
});

describe('who reads a supplier’s contacts in clear (RGPD art. 5.1.c, ADR 0018)', () => {
  it('the supplier itself, for its own record', () => {
    expect(contactsEntitlement(principal('supplier', { supplierSiret: SIRET }), SIRET)).toBe('own-record');
  });

  it('not another supplier', () => {
    expect(contactsEntitlement(principal('supplier', { supplierSiret: '44306184100047' }), SIRET)).toBeNull();
  });

  it('the platform administrator, for the platform’s administration', () => {
    expect(contactsEntitlement(principal('platform-admin', { consortia: [] }), SIRET)).toBe(
      'platform-administration',
    );
  });

  it.each(['coordinator', 'member-buyer', 'auditor'] as const)('no %s, of any consortium', (role) => {
    expect(contactsEntitlement(principal(role), SIRET)).toBeNull();
  });
});

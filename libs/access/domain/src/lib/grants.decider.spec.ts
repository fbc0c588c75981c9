import { scenarios } from '@mutualis/shared/event-sourcing/testing';
import { AccessEvent } from './access-events';
import { AccessRefusal } from './access-refusal';
import { GrantsCommand, grantsDecider } from './grants.decider';

const { decide, run, refusal } = scenarios(grantsDecider, AccessRefusal);

const ADMIN = { userId: 'admin-1', email: 'admin@region-pdl.fr' };
const CONSORTIUM = '0190c6a4-7c1e-7000-8000-00000000000a';
const grantAuditor = (
  overrides: Partial<Extract<GrantsCommand, { type: 'GrantAccess' }>> = {},
): GrantsCommand => ({
  type: 'GrantAccess',
  grantId: 'grant-1',
  email: 'Auditrice@CRC-pdl.fr',
  role: 'auditor',
  consortia: [CONSORTIUM],
  supplierSiret: null,
  reason: 'Lettre de mission CRC 2026-14',
  grantedBy: ADMIN,
  on: '2026-12-07',
  ...overrides,
});
const revoke = (grantId = 'grant-1'): GrantsCommand => ({
  type: 'RevokeAccess',
  grantId,
  reason: 'Mission terminée',
  revokedBy: ADMIN.userId,
  on: '2026-12-31',
});

describe('granting access explicitly', () => {
  it('grants an auditor the groupements of its mission, recording who granted it and why', () => {
    expect(decide([], grantAuditor())).toEqual<AccessEvent[]>([
      {
        type: 'access.AccessGranted',
        data: {
          grantId: 'grant-1',
          email: 'auditrice@crc-pdl.fr',
          role: 'auditor',
          consortia: [CONSORTIUM],
          supplierSiret: null,
          reason: 'Lettre de mission CRC 2026-14',
          grantedBy: 'admin-1',
          grantedOn: '2026-12-07',
        },
      },
    ]);
  });

  it('decides nothing for a grant already in force, or the same grant again', () => {
    const history = run([], grantAuditor());
    expect(decide(history, grantAuditor({ grantId: 'grant-2' }))).toEqual([]);
    expect(decide(history, grantAuditor())).toEqual([]);
  });

  it('grants a supplier’s employee its company, by a valid SIRET', () => {
    const [event] = decide(
      [],
      grantAuditor({ role: 'supplier', consortia: [], supplierSiret: '73282932000074' }),
    );
    expect(event).toMatchObject({ data: { role: 'supplier', supplierSiret: '73282932000074' } });
    expect(
      refusal([], grantAuditor({ role: 'supplier', consortia: [], supplierSiret: '73282932000075' })),
    ).toMatchObject({ rule: 'invalid-siret' });
  });

  it('refuses a grant to oneself (separation of duties)', () => {
    expect(refusal([], grantAuditor({ email: ' ADMIN@region-pdl.fr' }))).toEqual({ rule: 'self-grant' });
  });

  it('refuses what does not fit the role', () => {
    expect(refusal([], grantAuditor({ consortia: [] }))).toEqual({ rule: 'auditor-without-consortium' });
    expect(refusal([], grantAuditor({ role: 'platform-admin' }))).toEqual({
      rule: 'consortia-not-applicable',
    });
    expect(refusal([], grantAuditor({ role: 'supplier', consortia: [] }))).toEqual({
      rule: 'supplier-siret',
    });
    expect(refusal([], grantAuditor({ email: 'not an address' }))).toEqual({ rule: 'grantee-email-invalid' });
    expect(refusal([], grantAuditor({ role: 'coordinator' as never, consortia: [] }))).toEqual({
      rule: 'role-not-grantable',
    });
  });
});

describe('revoking access', () => {
  it('revokes a grant in force, and decides nothing when it is revoked again', () => {
    const history = run([], grantAuditor(), revoke());
    expect(history.at(-1)).toEqual({
      type: 'access.AccessRevoked',
      data: { grantId: 'grant-1', reason: 'Mission terminée', revokedBy: 'admin-1', revokedOn: '2026-12-31' },
    });
    expect(decide(history, revoke())).toEqual([]);
  });

  it('never gives a revoked grant’s id again', () => {
    expect(decide(run([], grantAuditor(), revoke()), grantAuditor())).toEqual([]);
  });

  it('refuses to revoke a grant that never was', () => {
    expect(refusal([], revoke('grant-9'))).toEqual({ rule: 'unknown-grant' });
  });
});

import { actingAs, CallScope } from './acting-as';
import { AccessRefusal } from './access-refusal';
import { Access } from './resolve-access';

const A = '0190c6a4-7c1e-7000-8000-00000000000a';
const B = '0190c6a4-7c1e-7000-8000-00000000000b';
const C = '0190c6a4-7c1e-7000-8000-00000000000c';
const METROPOLE = '24310051800014';
const none: Access = { platformAdmin: false, supplierSirets: [], consortia: [] };
const call = (scope: Partial<CallScope>): CallScope => ({
  consortiumId: null,
  role: null,
  supplierSiret: null,
  ...scope,
});

function ruleOf(act: () => unknown): string | undefined {
  try {
    act();
  } catch (error) {
    if (error instanceof AccessRefusal) return error.refusal.rule;
    throw error;
  }
  return undefined;
}

describe('the role a call is made in', () => {
  const agent: Access = {
    ...none,
    consortia: [
      { consortiumId: A, roles: ['coordinator', 'member-buyer'] },
      { consortiumId: B, roles: ['member-buyer'] },
    ],
  };

  it('is the coordinator’s in a groupement the person’s organisation coordinates, for that groupement', () => {
    expect(actingAs(agent, METROPOLE, call({ consortiumId: A }))).toEqual({
      role: 'coordinator',
      consortia: [A],
    });
  });

  it('is the member buyer’s elsewhere, for every groupement the organisation belongs to, with its SIRET', () => {
    expect(actingAs(agent, METROPOLE, call({ consortiumId: B }))).toEqual({
      role: 'member-buyer',
      consortia: [A, B],
      authoritySiret: METROPOLE,
    });
  });

  it('may be chosen among the roles held there', () => {
    expect(actingAs(agent, METROPOLE, call({ consortiumId: A, role: 'member-buyer' })).role).toBe(
      'member-buyer',
    );
  });

  it('is refused where the person does not hold it', () => {
    expect(ruleOf(() => actingAs(agent, METROPOLE, call({ consortiumId: B, role: 'coordinator' })))).toBe(
      'role-not-held',
    );
    expect(ruleOf(() => actingAs(agent, METROPOLE, call({ consortiumId: C })))).toBe('role-not-held');
    expect(ruleOf(() => actingAs(none, METROPOLE, call({})))).toBe('role-not-held');
  });

  it('lets a platform administrator act on any groupement of the platform, and on none', () => {
    const admin: Access = { ...none, platformAdmin: true };
    expect(actingAs(admin, null, call({}))).toEqual({ role: 'platform-admin', consortia: [] });
    expect(actingAs(admin, null, call({ consortiumId: C }))).toEqual({
      role: 'platform-admin',
      consortia: [C],
    });
  });

  it('never makes a platform administrator of someone who is not one', () => {
    expect(ruleOf(() => actingAs(agent, METROPOLE, call({ role: 'platform-admin' })))).toBe('role-not-held');
  });

  it('lets a supplier’s employee act for their company only, in a groupement named', () => {
    const employee: Access = { ...none, supplierSirets: ['55208131766522'] };
    expect(actingAs(employee, null, call({ consortiumId: A }))).toEqual({
      role: 'supplier',
      consortia: [A],
      supplierSiret: '55208131766522',
    });
    expect(
      ruleOf(() => actingAs(employee, null, call({ consortiumId: A, supplierSiret: '73282932000074' }))),
    ).toBe('role-not-held');
  });

  it('L3: mints a supplier’s token for whichever groupement the call names, none of its own needed, and names that one alone', () => {
    // Any economic operator may answer any published consultation: the token is scoped to the call's groupement,
    // which the services check against the consultation's (ADR 0007), not to groupements the supplier belongs to.
    const employee: Access = { ...none, supplierSirets: ['55208131766522'] };
    for (const consortiumId of [A, C]) {
      expect(actingAs(employee, null, call({ consortiumId })).consortia).toEqual([consortiumId]);
    }
    expect(ruleOf(() => actingAs(employee, null, call({ role: 'supplier' })))).toBe('role-not-held');
  });

  it('refuses a member buyer without an organisation', () => {
    expect(ruleOf(() => actingAs(agent, null, call({ consortiumId: B })))).toBe('role-not-held');
  });
});

import { CLAIMS_BY_SCOPE, claimsOf } from './account-claims';
import { DEMO_ACCOUNTS } from './demo-accounts';

const byEmail = (email: string) => DEMO_ACCOUNTS.find((account) => account.email === email)!;

describe('claimsOf', () => {
  it("names the person and their organisation's SIRET, as ProConnect does", () => {
    expect(claimsOf(byEmail('claire.martin@toulouse-metropole.fr'))).toEqual({
      sub: 'demo-claire-martin',
      email: 'claire.martin@toulouse-metropole.fr',
      email_verified: true,
      given_name: 'Claire',
      family_name: 'Martin',
      usual_name: 'Martin',
      name: 'Claire Martin',
      siret: '24310051800014',
      organization: 'Toulouse Métropole',
    });
  });

  it('leaves the siret claim out for a person without one', () => {
    const claims = claimsOf(byEmail('controle@crc-occitanie.fr'));
    expect(claims).not.toHaveProperty('siret');
    expect(claims.organization).toBe('Chambre régionale des comptes Occitanie');
  });

  it('releases every claim it makes through one scope', () => {
    const released = Object.values(CLAIMS_BY_SCOPE).flat();
    for (const account of DEMO_ACCOUNTS) {
      expect(released).toEqual(expect.arrayContaining(Object.keys(claimsOf(account))));
    }
  });
});

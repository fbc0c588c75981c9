import { DEMO_ACCOUNTS } from './demo-accounts';
import { checkLogin } from './login-check';

describe('checkLogin', () => {
  it('signs in a demo account with the demo password, whatever the case of the address', () => {
    expect(checkLogin(DEMO_ACCOUNTS, ' Claire.Martin@Toulouse-Metropole.fr ', 'demo')).toEqual({
      account: DEMO_ACCOUNTS[0],
    });
  });

  it('puts a wrong password beside the password field', () => {
    expect(checkLogin(DEMO_ACCOUNTS, 'claire.martin@toulouse-metropole.fr', 'Demo')).toEqual({
      error: { field: 'password', message: expect.stringMatching(/^Mot de passe incorrect/) },
    });
  });

  it('puts a missing or unknown address beside the e-mail field', () => {
    expect(checkLogin(DEMO_ACCOUNTS, '  ', 'demo')).toEqual({
      error: { field: 'email', message: expect.stringMatching(/^Saisissez/) },
    });
    expect(checkLogin(DEMO_ACCOUNTS, 'quelqu.un@example.fr', 'demo')).toEqual({
      error: { field: 'email', message: 'Aucun compte de démonstration n’a cette adresse électronique.' },
    });
  });
});

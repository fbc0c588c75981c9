import { DEMO_PASSWORD, DemoAccount, findAccountByEmail } from './demo-accounts';
import { LoginError } from './pages/login-page';

/** The account the submitted e-mail address and password sign in to, or what is wrong, beside the field at fault. */
export function checkLogin(
  accounts: readonly DemoAccount[],
  email: string,
  password: string,
): { account: DemoAccount } | { error: LoginError } {
  if (!email.trim()) {
    return {
      error: { field: 'email', message: 'Saisissez l’adresse électronique d’un compte de démonstration.' },
    };
  }
  const account = findAccountByEmail(accounts, email);
  if (!account) {
    return {
      error: { field: 'email', message: 'Aucun compte de démonstration n’a cette adresse électronique.' },
    };
  }
  if (password !== DEMO_PASSWORD) {
    const message = `Mot de passe incorrect : celui des comptes de démonstration est « ${DEMO_PASSWORD} ».`;
    return { error: { field: 'password', message } };
  }
  return { account };
}

import { DEMO_ACCOUNTS, DemoAccount } from '../demo-accounts';
import { renderLoginPage } from './login-page';

describe('renderLoginPage', () => {
  it('is a French page with its landmarks, its labelled fields and the accounts in a table', () => {
    const html = renderLoginPage({ accounts: DEMO_ACCOUNTS, action: '/interaction/abc/login' });
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="fr">/);
    for (const landmark of ['<header>', '<main id="contenu" tabindex="-1">', '<footer>']) {
      expect(html).toContain(landmark);
    }
    expect(html).toContain('<form method="post" action="/interaction/abc/login"');
    expect(html).toMatch(/<input id="email" type="email" name="email" autocomplete="username"/);
    expect(html).toContain('<th scope="col">Rôle dans Mutualis</th>');
    expect(html).toContain('<td>Balma<br>SIRET 21310044900015</td>');
    expect(html).toContain('<td>Chambre régionale des comptes Occitanie<br>sans SIRET</td>');
    expect(html).not.toContain('role="alert"');
  });

  it('escapes what it shows, the submitted address first', () => {
    const account: DemoAccount = { ...DEMO_ACCOUNTS[0]!, givenName: '<script>' };
    const html = renderLoginPage({
      accounts: [account],
      action: '/interaction/abc/login',
      email: '"><script>alert(1)</script>',
      error: { field: 'email', message: 'Aucun compte <b>' },
    });
    expect(html).not.toContain('<script>');
    expect(html).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(html).toContain('&lt;script&gt; Martin');
  });

  it('announces an error beside its field and focuses the field', () => {
    const html = renderLoginPage({
      accounts: DEMO_ACCOUNTS,
      action: '/interaction/abc/login',
      email: 'claire.martin@toulouse-metropole.fr',
      error: { field: 'password', message: 'Mot de passe incorrect.' },
    });
    expect(html).toContain('<title>Erreur — Connexion — ');
    expect(html).toContain(
      '<p class="error" id="password-erreur" role="alert"><span>Erreur : </span>Mot de passe incorrect.</p>\n' +
        '<input id="password" type="password" name="password" autocomplete="current-password" required ' +
        'aria-describedby="password-aide password-erreur" aria-invalid="true" autofocus>',
    );
    expect(html).toMatch(/<input id="email" [^>]*aria-describedby="email-aide">/);
  });
});

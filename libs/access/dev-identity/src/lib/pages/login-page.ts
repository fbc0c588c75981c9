import { DEMO_PASSWORD, DemoAccount } from '../demo-accounts';
import { escapeHtml, page } from './html';

/** What went wrong with the last submission, beside the field it concerns. */
export interface LoginError {
  field: 'email' | 'password';
  message: string;
}

export interface LoginPageInput {
  accounts: readonly DemoAccount[];
  /** Where the form posts to. */
  action: string;
  /** The e-mail address submitted last, kept in its field. */
  email?: string;
  error?: LoginError;
}

/** The sign-in page: a development-only warning, the form, then the demo accounts to choose from. */
export function renderLoginPage({ accounts, action, email = '', error }: LoginPageInput): string {
  const title = error ? 'Erreur — Connexion' : 'Connexion';
  return page(
    title,
    `<h1>Connexion</h1>
<div class="warning" role="note">
<p><strong>Pour le développement uniquement.</strong> Ce fournisseur d’identité ne vérifie aucune identité : il
sert à essayer Mutualis avec les comptes fictifs de la démonstration. En production, les agents publics se
connectent avec ProConnect.</p>
</div>
<h2 id="titre-formulaire">Se connecter avec un compte de démonstration</h2>
<form method="post" action="${escapeHtml(action)}" aria-labelledby="titre-formulaire" novalidate>
${field({
  id: 'email',
  label: 'Adresse électronique',
  input: `type="email" name="email" autocomplete="username" spellcheck="false" value="${escapeHtml(email)}"`,
  hint: 'Celle d’un des comptes listés ci-dessous.',
  error: error?.field === 'email' ? error.message : undefined,
})}
${field({
  id: 'password',
  label: 'Mot de passe',
  input: 'type="password" name="password" autocomplete="current-password"',
  hint: `Le même pour tous les comptes de démonstration : « ${DEMO_PASSWORD} ».`,
  error: error?.field === 'password' ? error.message : undefined,
})}
<button type="submit">Se connecter</button>
</form>
<h2 id="titre-comptes">Comptes de démonstration</h2>
<table>
<caption>Mot de passe de chaque compte : « ${DEMO_PASSWORD} ». Les rôles sont ceux que Mutualis leur donnera.</caption>
<thead><tr><th scope="col">Personne</th><th scope="col">Organisation</th><th scope="col">Rôle dans Mutualis</th><th scope="col">Adresse électronique</th></tr></thead>
<tbody>
${accounts.map(accountRow).join('\n')}
</tbody>
</table>`,
  );
}

interface FieldInput {
  id: string;
  label: string;
  /** The input's attributes besides id, required and the ARIA ones. */
  input: string;
  hint: string;
  error: string | undefined;
}

function field({ id, label, input, hint, error }: FieldInput): string {
  const describedBy = error ? `${id}-aide ${id}-erreur` : `${id}-aide`;
  const errorLine = error
    ? `<p class="error" id="${id}-erreur" role="alert"><span>Erreur : </span>${escapeHtml(error)}</p>\n`
    : '';
  const invalid = error ? ' aria-invalid="true" autofocus' : '';
  return `<div class="field">
<label for="${id}">${escapeHtml(label)}</label>
<p class="hint" id="${id}-aide">${escapeHtml(hint)}</p>
${errorLine}<input id="${id}" ${input} required aria-describedby="${describedBy}"${invalid}>
</div>`;
}

function accountRow(account: DemoAccount): string {
  const { name, siret } = account.organisation;
  const organisation = `${escapeHtml(name)}<br>${siret ? `SIRET ${siret}` : 'sans SIRET'}`;
  return `<tr><td>${escapeHtml(`${account.givenName} ${account.familyName}`)}</td><td>${organisation}</td><td>${escapeHtml(account.intendedRole)}</td><td>${escapeHtml(account.email)}</td></tr>`;
}

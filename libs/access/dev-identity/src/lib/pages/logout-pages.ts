import { escapeHtml, page } from './html';

/**
 * The confirmation oidc-provider asks before ending a session (RP-initiated logout): `form` is its hidden form
 * (id `op.logoutForm`, with its anti-forgery token); answering "logout=yes" signs out everywhere.
 */
export function renderLogoutConfirmation(form: string, clientName: string | undefined): string {
  const from = clientName ? ` de ${escapeHtml(clientName)}` : '';
  return page(
    'Déconnexion',
    `<h1>Se déconnecter${from} ?</h1>
<p>Vous quitterez aussi votre session sur ce fournisseur d’identité de développement.</p>
${form}
<button type="submit" form="op.logoutForm" name="logout" value="yes" autofocus>Se déconnecter</button>
<button type="submit" form="op.logoutForm" class="secondary">Rester connecté</button>`,
  );
}

/** Shown after a logout when the application gave no address to return to. */
export function renderLoggedOut(): string {
  return page(
    'Déconnexion réussie',
    `<h1>Vous êtes déconnecté</h1>
<p>Votre session sur le fournisseur d’identité de développement est terminée. Vous pouvez fermer cette page.</p>`,
  );
}

/** An OAuth error shown to the person (the application could not be sent back the error). */
export function renderProviderError(error: string, description: string | undefined): string {
  return page(
    'Erreur',
    `<h1>La demande n’a pas abouti</h1>
<p>Le fournisseur d’identité de développement a refusé la demande de connexion.</p>
<p>Code : <code>${escapeHtml(error)}</code>${description ? `<br>Détail (en anglais) : ${escapeHtml(description)}` : ''}</p>`,
  );
}

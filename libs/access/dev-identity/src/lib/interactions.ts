import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Provider } from 'oidc-provider';
import { DemoAccount } from './demo-accounts';
import { checkLogin } from './login-check';
import { renderLoginPage } from './pages/login-page';
import { renderProviderError } from './pages/logout-pages';

const INTERACTION_PATH = /^\/interaction\/([\w-]+)(\/login)?$/;
/** A login form is two short fields: anything longer is not one. */
const MAX_FORM_BYTES = 16 * 1024;

/**
 * The provider's own interaction pages, where oidc-provider sends the browser (`interactions.url`):
 * `GET /interaction/{uid}` shows the login page, `POST /interaction/{uid}/login` checks the demo account and its
 * password; a consent prompt (a scope beyond the first-party grant) is granted on the spot. Answers false for any
 * other request, which is the provider's.
 */
export function interactionRoutes(provider: Provider, accounts: readonly DemoAccount[]) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const match = INTERACTION_PATH.exec(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (!match) return false;
    const [, uid, login] = match;
    try {
      if (login && req.method === 'POST') await submitLogin(provider, accounts, req, res, uid!);
      else if (!login && req.method === 'GET') await showInteraction(provider, accounts, req, res, uid!);
      else sendHtml(res, 405, renderProviderError('method_not_allowed', undefined));
    } catch (error) {
      // Mostly an expired or unknown interaction (oidc-provider's SessionNotFound): start again from the application.
      const description = error instanceof Error ? error.message : String(error);
      sendHtml(res, 400, renderProviderError('invalid_request', description));
    }
    return true;
  };
}

async function showInteraction(
  provider: Provider,
  accounts: readonly DemoAccount[],
  req: IncomingMessage,
  res: ServerResponse,
  uid: string,
): Promise<void> {
  const interaction = await provider.interactionDetails(req, res);
  if (interaction.prompt.name === 'login') {
    sendHtml(res, 200, renderLoginPage({ accounts, action: `/interaction/${uid}/login` }));
    return;
  }
  // Consent: what the first-party client asks beyond its grant is granted too (there is no other client).
  const { details } = interaction.prompt;
  const grant = interaction.grantId
    ? await provider.Grant.find(interaction.grantId)
    : new provider.Grant({
        accountId: interaction.session!.accountId,
        clientId: interaction.params['client_id'] as string,
      });
  if (!grant) throw new Error('the grant of this interaction has expired');
  if (Array.isArray(details['missingOIDCScope'])) grant.addOIDCScope(details['missingOIDCScope'] as string[]);
  if (Array.isArray(details['missingOIDCClaims']))
    grant.addOIDCClaims(details['missingOIDCClaims'] as string[]);
  const missingResourceScopes = (details['missingResourceScopes'] ?? {}) as Record<string, string[]>;
  for (const [resource, scopes] of Object.entries(missingResourceScopes))
    grant.addResourceScope(resource, scopes);
  const grantId = await grant.save();
  await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
}

async function submitLogin(
  provider: Provider,
  accounts: readonly DemoAccount[],
  req: IncomingMessage,
  res: ServerResponse,
  uid: string,
): Promise<void> {
  const interaction = await provider.interactionDetails(req, res);
  if (interaction.prompt.name !== 'login') throw new Error('this sign-in is already done');
  const form = new URLSearchParams(await readBody(req));
  const email = form.get('email') ?? '';
  const outcome = checkLogin(accounts, email, form.get('password') ?? '');
  if ('error' in outcome) {
    const page = renderLoginPage({
      accounts,
      action: `/interaction/${uid}/login`,
      email,
      error: outcome.error,
    });
    sendHtml(res, 400, page);
    return;
  }
  const login = { accountId: outcome.account.subject };
  await provider.interactionFinished(req, res, { login }, { mergeWithLastSubmission: false });
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_FORM_BYTES) throw new Error('the form is too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
  });
  res.end(html);
}

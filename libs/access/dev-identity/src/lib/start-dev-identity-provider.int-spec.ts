import { createHash, randomBytes } from 'node:crypto';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { Browser } from '../testing/browser';
import { DEMO_ACCOUNTS } from './demo-accounts';
import { DevIdentityProvider, startDevIdentityProvider } from './start-dev-identity-provider';

const console = 'http://127.0.0.1:3000';
const client = {
  clientId: 'mutualis-console',
  clientSecret: 'a secret of the suite, long enough for its purpose',
  redirectUris: [`${console}/auth/callback`],
  postLogoutRedirectUris: [`${console}/`],
};
const claire = DEMO_ACCOUNTS.find((account) => account.email === 'claire.martin@toulouse-metropole.fr')!;
const admin = DEMO_ACCOUNTS.find((account) => account.email === 'admin@plateforme-regionale.fr')!;

interface Discovery {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  jwks_uri: string;
  userinfo_endpoint: string;
  end_session_endpoint: string;
  code_challenge_methods_supported: string[];
  token_endpoint_auth_methods_supported: string[];
  claims_supported: string[];
  scopes_supported: string[];
}

let provider: DevIdentityProvider;
let discovery: Discovery;

beforeAll(async () => {
  provider = await startDevIdentityProvider({ port: 0, client });
  discovery = (await (
    await fetch(`${provider.issuer}/.well-known/openid-configuration`)
  ).json()) as Discovery;
});

afterAll(() => provider.stop());

/** A PKCE pair, S256. */
function pkce() {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

function authorizationUrl(fields: Record<string, string>): string {
  const url = new URL(discovery.authorization_endpoint);
  const defaults = {
    client_id: client.clientId,
    response_type: 'code',
    scope: 'openid email profile siret',
    redirect_uri: client.redirectUris[0]!,
  };
  for (const [name, value] of Object.entries({ ...defaults, ...fields })) url.searchParams.set(name, value);
  return url.href;
}

/** Starts a sign-in as the console does, up to the login page. */
async function openLoginPage(browser: Browser, extra: Record<string, string> = {}) {
  const verifier = pkce();
  const state = randomBytes(8).toString('hex');
  const nonce = randomBytes(8).toString('hex');
  const start = await browser.get(
    authorizationUrl({
      state,
      nonce,
      code_challenge: verifier.challenge,
      code_challenge_method: 'S256',
      ...extra,
    }),
  );
  const page = await browser.followWithin(provider.issuer, start);
  return {
    page,
    state,
    nonce,
    verifier,
    loginAction: `${provider.issuer}${new URL(page.url).pathname}/login`,
  };
}

/** Signs in with the demo password and comes back with the code, as the console's callback would see it. */
async function signIn(browser: Browser, email: string, extra: Record<string, string> = {}) {
  const flow = await openLoginPage(browser, extra);
  expect(flow.page.status).toBe(200);
  const submitted = await browser.postForm(flow.loginAction, { email, password: 'demo' });
  const callback = await browser.followWithin(provider.issuer, submitted);
  const location = new URL(callback.headers.get('location')!);
  return { ...flow, location };
}

async function exchange(code: string, verifier: string) {
  const basic = Buffer.from(
    `${encodeURIComponent(client.clientId)}:${encodeURIComponent(client.clientSecret)}`,
  ).toString('base64');
  const response = await fetch(discovery.token_endpoint, {
    method: 'POST',
    headers: { Authorization: `Basic ${basic}`, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: client.redirectUris[0]!,
      code_verifier: verifier,
    }).toString(),
  });
  return { status: response.status, body: (await response.json()) as Record<string, string> };
}

function verifyIdToken(idToken: string) {
  return jwtVerify(idToken, createRemoteJWKSet(new URL(discovery.jwks_uri)), {
    issuer: provider.issuer,
    audience: client.clientId,
    algorithms: ['RS256'],
  });
}

describe('the development identity provider', () => {
  it('publishes its discovery document: code with PKCE S256, client_secret_basic, the siret claim, logout', () => {
    expect(discovery.issuer).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(discovery.issuer).toBe(provider.issuer);
    expect(discovery.code_challenge_methods_supported).toEqual(['S256']);
    expect(discovery.token_endpoint_auth_methods_supported).toEqual(['client_secret_basic']);
    expect(discovery.claims_supported).toEqual(expect.arrayContaining(['sub', 'email', 'name', 'siret']));
    expect(discovery.scopes_supported).toEqual(
      expect.arrayContaining(['openid', 'email', 'profile', 'siret']),
    );
    expect(discovery.end_session_endpoint).toBe(`${provider.issuer}/session/end`);
  });

  it('refuses an authorization request without PKCE', async () => {
    const response = await new Browser().get(authorizationUrl({ state: 'no-pkce' }));
    const location = new URL(response.headers.get('location')!);
    expect(`${location.origin}${location.pathname}`).toBe(client.redirectUris[0]);
    expect(location.searchParams.get('error')).toBe('invalid_request');
    expect(location.searchParams.get('error_description')).toMatch(/requires PKCE/);
  });

  it('shows a French login page listing the demo accounts and their password', async () => {
    const { page } = await openLoginPage(new Browser());
    const html = await page.text();
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('<title>Connexion — Fournisseur d’identité de développement — Mutualis</title>');
    expect(html).toContain('Pour le développement uniquement.');
    expect(html).toContain('<label for="email">Adresse électronique</label>');
    expect(html).toContain('<label for="password">Mot de passe</label>');
    expect(html).toContain('« demo »');
    for (const account of DEMO_ACCOUNTS) {
      expect(html).toContain(account.email);
      expect(html).toContain(`${account.givenName} ${account.familyName}`);
    }
    expect(html).toContain('SIRET 24310051800014');
  });

  it('refuses a wrong password with the message beside the field, the e-mail address kept', async () => {
    const browser = new Browser();
    const { loginAction } = await openLoginPage(browser);
    const refused = await browser.postForm(loginAction, { email: claire.email, password: 'wrong' });
    const html = await refused.text();
    expect(refused.status).toBe(400);
    expect(html).toContain(
      '<title>Erreur — Connexion — Fournisseur d’identité de développement — Mutualis</title>',
    );
    expect(html).toMatch(
      /<p class="error" id="password-erreur" role="alert"><span>Erreur : <\/span>Mot de passe incorrect/,
    );
    expect(html).toMatch(
      /<input id="password"[^>]*aria-describedby="password-aide password-erreur" aria-invalid="true"/,
    );
    expect(html).toContain(`value="${claire.email}"`);
    const unknown = await browser.postForm(loginAction, { email: 'personne@example.fr', password: 'demo' });
    expect(await unknown.text()).toContain('Aucun compte de démonstration n’a cette adresse électronique.');
  });

  it('signs a demo account in: the code, exchanged with the verifier, gives an ID token with its claims', async () => {
    const browser = new Browser();
    const { location, state, nonce, verifier } = await signIn(browser, claire.email);
    expect(`${location.origin}${location.pathname}`).toBe(client.redirectUris[0]);
    expect(location.searchParams.get('state')).toBe(state);
    expect(location.searchParams.get('iss')).toBe(provider.issuer);
    const code = location.searchParams.get('code')!;

    expect((await exchange(code, pkce().verifier)).body['error']).toBe('invalid_grant');
    const tokens = await exchange(code, verifier.verifier);
    expect(tokens.status).toBe(200);
    const { payload, protectedHeader } = await verifyIdToken(tokens.body['id_token']!);
    expect(protectedHeader.alg).toBe('RS256');
    expect(payload).toMatchObject({
      sub: 'demo-claire-martin',
      nonce,
      email: 'claire.martin@toulouse-metropole.fr',
      email_verified: true,
      given_name: 'Claire',
      family_name: 'Martin',
      name: 'Claire Martin',
      siret: '24310051800014',
      organization: 'Toulouse Métropole',
    });

    const userinfo = await fetch(discovery.userinfo_endpoint, {
      headers: { Authorization: `Bearer ${tokens.body['access_token']}` },
    });
    expect(await userinfo.json()).toMatchObject({ sub: 'demo-claire-martin', siret: '24310051800014' });
  });

  it('sends no siret claim for a person without one', async () => {
    const { location, verifier } = await signIn(new Browser(), admin.email);
    const tokens = await exchange(location.searchParams.get('code')!, verifier.verifier);
    const { payload } = await verifyIdToken(tokens.body['id_token']!);
    expect(payload).toMatchObject({ email: 'admin@plateforme-regionale.fr', name: 'Nadia Benali' });
    expect(payload).not.toHaveProperty('siret');
  });

  it('grants a consent the client asks for (prompt=consent) without a screen', async () => {
    const { location, verifier } = await signIn(new Browser(), claire.email, { prompt: 'login consent' });
    const tokens = await exchange(location.searchParams.get('code')!, verifier.verifier);
    expect(tokens.status).toBe(200);
    expect(tokens.body['scope']).toBe('openid email profile siret');
  });

  it('ends the session on RP-initiated logout, after a French confirmation, back to the console', async () => {
    const browser = new Browser();
    const { location, verifier } = await signIn(browser, claire.email);
    const tokens = await exchange(location.searchParams.get('code')!, verifier.verifier);
    const endSession = new URL(discovery.end_session_endpoint);
    endSession.searchParams.set('id_token_hint', tokens.body['id_token']!);
    endSession.searchParams.set('post_logout_redirect_uri', client.postLogoutRedirectUris[0]!);
    endSession.searchParams.set('state', 'after-logout');

    const confirmation = await browser.get(endSession.href);
    const html = await confirmation.text();
    expect(confirmation.status).toBe(200);
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('<h1>Se déconnecter de Mutualis ?</h1>');
    const action = /<form[^>]*action="([^"]+)"/.exec(html)![1]!;
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)![1]!;
    const loggedOut = await browser.postForm(new URL(action, provider.issuer).href, { xsrf, logout: 'yes' });
    expect(loggedOut.headers.get('location')).toBe(`${client.postLogoutRedirectUris[0]}?state=after-logout`);

    const again = await openLoginPage(browser);
    expect(await again.page.text()).toContain('<h1>Connexion</h1>');
  });
});

import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { accessService } from '@mutualis/access/application';
import { startDevIdentityProvider, DevIdentityProvider } from '@mutualis/access/dev-identity';
import { membershipService } from '@mutualis/membership/application';
import {
  expectOpenApiSnapshot,
  openApiGaps,
  ServiceApp,
  startServiceApp,
} from '@mutualis/shared/api/testing';
import { eventually, useIntegrationEnvironment } from '@mutualis/shared/testing';
import { Browser } from '../testing/browser';

// The console's way in, end to end on PostgreSQL and Kafka: the development OpenID provider signs people in, the
// access service keeps their session and resolves their roles from the membership service's events, and calls the
// membership service for them with tokens it mints and the service verifies against its JWKS.

const environment = useIntegrationEnvironment();
const CLIENT_SECRET = 'console-access-test-client-secret';
const PLATFORM_ADMIN = 'admin@plateforme-regionale.fr';
const COORDINATOR = 'claire.martin@toulouse-metropole.fr'; // Toulouse Métropole, 24310051800014
const MEMBER = 'lucie.bonnet@mairie-balma.fr'; // Balma, 21310044900015
const AUDITOR = 'controle@crc-occitanie.fr';
const TOULOUSE_METROPOLE = { siret: '24310051800014', name: 'Toulouse Métropole', kind: 'epci' };
const BALMA = { siret: '21310044900015', name: 'Balma', kind: 'commune' };

let identity: DevIdentityProvider;
let membership: ServiceApp;
let access: ServiceApp;
let consoleUrl: string;
const consoleDir = mkdtempSync(join(tmpdir(), 'console-'));
mkdirSync(join(consoleDir, 'assets'));
writeFileSync(
  join(consoleDir, 'index.html'),
  '<!doctype html><html lang="fr"><div id="racine"></div></html>',
);
writeFileSync(join(consoleDir, 'assets', 'console-abc123.js'), 'console.log(1);');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  const { databaseUrl, kafkaBrokers } = environment();
  const port = await freePort();
  consoleUrl = `http://127.0.0.1:${port}`;
  const kafka = {
    KAFKA_BROKERS: kafkaBrokers.join(','),
    KAFKA_CONSUMER_GROUP_PREFIX: `console-access-${Date.now()}.`,
  };
  identity = await startDevIdentityProvider({
    port: 0,
    client: {
      clientId: 'mutualis-console',
      clientSecret: CLIENT_SECRET,
      redirectUris: [`${consoleUrl}/auth/callback`],
      postLogoutRedirectUris: [`${consoleUrl}/`],
    },
  });
  membership = await startServiceApp(membershipService, {
    DATABASE_URL: databaseUrl,
    MUTUALIS_ACCESS_JWKS_URL: `${consoleUrl}/.well-known/jwks.json`,
    ...kafka,
  });
  const membershipUrl = await membership.app.getUrl();
  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
    type: 'pkcs8',
    format: 'pem',
  });
  access = await startServiceApp(accessService, {
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    MUTUALIS_CONSOLE_URL: consoleUrl,
    MUTUALIS_OIDC_ISSUER: identity.issuer,
    MUTUALIS_OIDC_CLIENT_SECRET: CLIENT_SECRET,
    MUTUALIS_ACCESS_SIGNING_KEY: Buffer.from(signingKey).toString('base64'),
    MUTUALIS_SERVICE_URLS: ['membership', 'supplier', 'tender', 'contract', 'audit']
      .map((name) => `${name}=${name === 'membership' ? membershipUrl : 'http://127.0.0.1:9'}`)
      .join(','),
    MUTUALIS_PLATFORM_ADMINS: PLATFORM_ADMIN,
    MUTUALIS_CONSOLE_DIR: consoleDir,
    MUTUALIS_ACCESS_JWKS_URL: `${consoleUrl}/.well-known/jwks.json`,
    ...kafka,
  });
}, 60_000);
environment.teardown(async () => {
  await access?.close();
  await membership?.close();
  await identity?.stop();
});

/** Signs in through the provider's login page, as a person would; the browser then holds the session cookie. */
async function signIn(email: string, returnTo = '/groupements', landing = returnTo): Promise<Browser> {
  const browser = new Browser();
  const start = await browser.request(`${consoleUrl}/auth/login?returnTo=${encodeURIComponent(returnTo)}`);
  expect(start.status).toBe(302);
  expect(start.location).toMatch(new RegExp(`^${identity.issuer}/`));
  const { answer: page, hops } = await browser.follow(start.location!);
  expect(page.status).toBe(200);
  const action = /<form method="post" action="([^"]+)"/.exec(page.text)![1]!.replace(/&#x2F;|&#47;/g, '/');
  const posted = await browser.request(new URL(action, hops.at(-1)).href, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ email, password: 'demo' }).toString(),
  });
  const back = await browser.follow(
    posted.location!,
    (url) => url.startsWith(consoleUrl) && !url.includes('/auth/'),
  );
  expect(back.hops.some((hop) => hop.startsWith(`${consoleUrl}/auth/callback?`))).toBe(true);
  expect(back.answer.location).toBe(`${consoleUrl}${landing}`);
  return browser;
}

interface Me {
  person: {
    subject: string;
    email: string;
    organisationSiret: string | null;
    organisationName: string | null;
  };
  platformAdmin: boolean;
  consortia: { consortiumId: string; name: string; roles: string[] }[];
  csrfToken: string;
}

async function me(browser: Browser): Promise<Me> {
  const answer = await browser.request(`${consoleUrl}/me`, { headers: { accept: 'application/json' } });
  expect(answer.status).toBe(200);
  return answer.json<Me>();
}

async function call(
  browser: Browser,
  method: string,
  path: string,
  body?: object,
  headers: Record<string, string> = {},
) {
  return browser.request(`${consoleUrl}${path}`, {
    method,
    headers: {
      accept: 'application/json',
      ...(body ? { 'content-type': 'application/json' } : {}),
      ...headers,
    },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
}

const groupement = {
  kind: 'permanent-groupement',
  name: 'Groupement numérique de la métropole toulousaine',
  coordinator: TOULOUSE_METROPOLE,
  convention: {
    reference: 'CONV-NUM-2026-01',
    signedOn: '2026-01-15',
    effectiveOn: '2026-02-01',
    adhesionClause: true,
    exitClause: { allowed: true, noticeDays: 90, financialConsequencesBorneBy: 'le membre sortant' },
    costSharing: { rule: 'flat', brackets: [] },
    cao: 'dedicated',
    entrustedOperations: ['award', 'signature', 'notification'],
  },
  coordinatorDeliberation: {
    number: 'DC-2026-004',
    adoptedOn: '2026-01-10',
    body: 'conseil de la métropole',
  },
};

let consortiumId = '';

describe('signing in to the console', () => {
  it('answers 401 to /me and to the services without a session', async () => {
    const browser = new Browser();
    expect((await call(browser, 'GET', '/me')).status).toBe(401);
    expect((await call(browser, 'GET', '/api/membership/consortia')).status).toBe(401);
  });

  it('brings people back to the console’s page they asked for, never to another site', async () => {
    await signIn(MEMBER, '/groupements?page=2');
    await signIn(MEMBER, '//evil.example/x', '/');
    await signIn(MEMBER, 'https://evil.example/x', '/');
  });

  it('opens a session for the platform administrator, granted by MUTUALIS_PLATFORM_ADMINS at start', async () => {
    const admin = await signIn(PLATFORM_ADMIN);
    const session = admin.cookie(consoleUrl.replace(/\/$/, ''), 'mutualis_session');
    expect(session).toMatch(/^[\w-]{43}$/);
    const mine = await me(admin);
    expect(mine).toMatchObject({ platformAdmin: true, consortia: [], person: { email: PLATFORM_ADMIN } });
  });

  it('refuses a callback that this browser did not start, and one whose state is made up', async () => {
    const browser = new Browser();
    const answer = await browser.request(`${consoleUrl}/auth/callback?code=abc&state=made-up`);
    expect(answer.status).toBe(400);
    expect(answer.json()).toMatchObject({ rule: 'sign-in-state' });
  });
});

describe('calling the services through the console', () => {
  it('lets the platform administrator form a groupement, with the CSRF token only', async () => {
    const admin = await signIn(PLATFORM_ADMIN);
    const { csrfToken } = await me(admin);
    const refused = await call(admin, 'POST', '/api/membership/consortia', groupement);
    expect(refused.status).toBe(403);
    expect(refused.json()).toMatchObject({ rule: 'csrf' });
    const foreign = await call(admin, 'POST', '/api/membership/consortia', groupement, {
      'x-csrf-token': csrfToken,
      origin: 'https://evil.example',
    });
    expect(foreign.status).toBe(403);
    const formed = await call(admin, 'POST', '/api/membership/consortia', groupement, {
      'x-csrf-token': csrfToken,
    });
    expect(formed.status).toBe(201);
    consortiumId = formed.json<{ consortiumId: string }>().consortiumId;
    // The service's address of the new groupement, as the console reaches it.
    expect(formed.location).toBe(`${consoleUrl}/api/membership/consortia/${consortiumId}`);
  });

  it('makes the coordinator’s agents its coordinators, from the membership service’s events', async () => {
    const claire = await signIn(COORDINATOR);
    // The topic holds the other test files' groupements too (Toulouse Métropole coordinates the demo's): this one's.
    const ours = async (browser: Browser) =>
      (await me(browser)).consortia.filter((consortium) => consortium.consortiumId === consortiumId);
    await eventually('the coordinator’s groupement in /me', async () => (await ours(claire)).length > 0);
    const mine = await me(claire);
    expect(await ours(claire)).toEqual([
      {
        consortiumId,
        name: groupement.name,
        kind: 'permanent-groupement',
        roles: ['coordinator', 'member-buyer'],
      },
    ]);
    expect(mine.person.organisationName).toBe('Toulouse Métropole');
    const history = await call(claire, 'GET', `/api/membership/consortia/${consortiumId}/history`);
    expect(history.status).toBe(200);
    const [formed] = history.json<{ actor: { userId: string; role: string } }[]>();
    // The act names who did it: the person the provider vouched for, in the role they acted in.
    expect(formed!.actor).toEqual({ userId: 'demo-nadia-benali', role: 'platform-admin' });
    const { csrfToken } = await me(claire);
    const applied = await call(
      claire,
      'POST',
      `/api/membership/consortia/${consortiumId}/applications`,
      { authority: BALMA },
      { 'x-csrf-token': csrfToken },
    );
    expect(applied.status).toBe(201);
  });

  it('makes a member commune’s agents its member buyers, acting for their commune only', async () => {
    const lucie = await signIn(MEMBER);
    const ours = async () =>
      (await me(lucie)).consortia.filter((consortium) => consortium.consortiumId === consortiumId);
    await eventually('the member’s groupement in /me', async () => (await ours()).length > 0);
    expect(await ours()).toEqual([expect.objectContaining({ consortiumId, roles: ['member-buyer'] })]);
    const read = await call(lucie, 'GET', `/api/membership/consortia/${consortiumId}/members`);
    expect(read.status).toBe(200);
    const asCoordinator = await call(
      lucie,
      'GET',
      `/api/membership/consortia/${consortiumId}/cao`,
      undefined,
      {
        'x-mutualis-role': 'coordinator',
      },
    );
    expect(asCoordinator.status).toBe(403);
    expect(asCoordinator.json()).toMatchObject({ rule: 'role-not-held' });
    const elsewhere = await call(
      lucie,
      'GET',
      `/api/membership/consortia/0190c6a4-7c1e-7000-8000-00000000000f`,
    );
    expect(elsewhere.status).toBe(403);
  });

  it('passes a file through as the browser sent it, and the job’s address as the console reaches it', async () => {
    const claire = await signIn(COORDINATOR);
    const { csrfToken } = await me(claire);
    const csv =
      'siret;nom;type;code_insee;population;deliberation_numero;deliberation_date;organe;adhesion_date\r\n' +
      '21310056300013;Beauzelle;commune;31056;7000;DCM-2026-040;2026-02-12;conseil municipal;2026-03-01\r\n';
    const form = new FormData();
    form.append('file', new Blob([csv], { type: 'text/csv' }), 'communes.csv');
    const encoded = new Response(form);
    const started = await claire.request(
      `${consoleUrl}/api/membership/consortia/${consortiumId}/onboarding-imports`,
      {
        method: 'POST',
        headers: {
          accept: 'application/json',
          'content-type': encoded.headers.get('content-type')!,
          'x-csrf-token': csrfToken,
        },
        body: await encoded.text(),
      },
    );
    expect(started.status).toBe(202);
    expect(started.location).toMatch(
      new RegExp(`^${consoleUrl}/api/membership/consortia/${consortiumId}/onboarding-imports/[0-9a-f-]{36}$`),
    );
    let status = '';
    await eventually('the import done', async () => {
      status = (await call(claire, 'GET', new URL(started.location!).pathname)).json<{ status: string }>()
        .status;
      return status === 'succeeded' || status === 'failed';
    });
    expect(status).toBe('succeeded');
    const report = await call(claire, 'GET', `${new URL(started.location!).pathname}/result`);
    expect(report.json()).toMatchObject({ fileName: 'communes.csv', rows: 1 });
    expect(report.text).toContain('"accepted"');
  });

  it('lets the platform administrator grant an auditor a groupement, recorded with who granted it', async () => {
    const admin = await signIn(PLATFORM_ADMIN);
    const { csrfToken } = await me(admin);
    const granted = await call(
      admin,
      'POST',
      '/grants',
      {
        email: AUDITOR,
        role: 'auditor',
        consortia: [consortiumId],
        reason: 'Lettre de mission du 2 décembre 2026',
      },
      { 'x-csrf-token': csrfToken },
    );
    expect(granted.status).toBe(201);
    const selfGrant = await call(
      admin,
      'POST',
      '/grants',
      { email: PLATFORM_ADMIN, role: 'auditor', consortia: [consortiumId], reason: 'pour voir' },
      { 'x-csrf-token': csrfToken },
    );
    expect(selfGrant.status).toBe(422);
    expect(selfGrant.json<{ type: string }>().type).toMatch(/self-grant$/);
    const auditor = await signIn(AUDITOR);
    expect((await me(auditor)).consortia).toEqual([
      expect.objectContaining({ consortiumId, roles: ['auditor'] }),
    ]);
    const notAdmin = await call(auditor, 'GET', '/grants');
    expect(notAdmin.status).toBe(403);
  });

  it('ends the session at logout, and sends the browser to end the provider’s too', async () => {
    const claire = await signIn(COORDINATOR);
    const { csrfToken } = await me(claire);
    expect((await call(claire, 'POST', '/auth/logout')).status).toBe(403);
    const out = await call(claire, 'POST', '/auth/logout', undefined, { 'x-csrf-token': csrfToken });
    expect(out.status).toBe(200);
    expect(out.json<{ endSessionUrl: string }>().endSessionUrl).toMatch(new RegExp(`^${identity.issuer}/`));
    expect((await call(claire, 'GET', '/me')).status).toBe(401);
  });
});

describe('the console’s pages', () => {
  it('are its built files, and index.html for any page a browser asks for; never the API’s addresses', async () => {
    const browser = new Browser();
    const page = await browser.request(`${consoleUrl}/groupements/${consortiumId}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<div id="racine">');
    const script = await browser.request(`${consoleUrl}/assets/console-abc123.js`);
    expect(script.type).toMatch(/^text\/javascript/);
    expect((await fetch(`${consoleUrl}/assets/console-abc123.js`)).headers.get('cache-control')).toContain(
      'immutable',
    );
    expect((await browser.request(`${consoleUrl}/me`)).status).toBe(401);
    expect(
      (
        await browser.request(`${consoleUrl}/..%2f..%2fpackage.json`, {
          headers: { accept: 'application/json' },
        })
      ).status,
    ).toBe(404);
  });
});

describe('the access service’s OpenAPI document', () => {
  it('documents every answer, parameter and body, as committed in docs/openapi/access.json', async () => {
    const document = (await access.http().get('/openapi.json')).body;
    expect(openApiGaps(document)).toEqual([]);
    await expectOpenApiSnapshot('access', document);
  });
});

describe('the keys of the console’s tokens', () => {
  it('are published for the services, RSA only', async () => {
    const answer = await new Browser().request(`${consoleUrl}/.well-known/jwks.json`);
    expect(answer.status).toBe(200);
    const { keys } = answer.json<{ keys: { kty: string; alg: string; d?: string }[] }>();
    expect(keys).toEqual([expect.objectContaining({ kty: 'RSA', alg: 'RS256' })]);
    expect(keys[0]!.d).toBeUndefined();
  });
});

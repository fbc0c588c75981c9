import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Controller, Get, Param } from '@nestjs/common';
import { CryptoKey, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { useIntegrationEnvironment } from '@mutualis/shared/testing';
import { AcrossConsortia, CurrentPrincipal, Roles } from '../lib/auth/access.decorators';
import { Principal } from '../lib/auth/principal';
import {
  AUTHORITY_SIRET,
  CONSORTIUM_A,
  CONSORTIUM_B,
  SampleApp,
  startSampleApp,
  TEST_JWT_SECRET,
  testToken,
} from '../testing/sample-app';

const environment = useIntegrationEnvironment();

@Controller('undeclared')
class UndeclaredController {
  @Get()
  open(): string {
    return 'should never be served';
  }
}

@Controller('consortia/:consortiumId/authorities/:authoritySiret/needs')
class AuthorityNeedsController {
  @Get()
  @Roles('coordinator', 'member-buyer')
  list(@Param('authoritySiret') siret: string, @CurrentPrincipal() principal: Principal): object {
    return { siret, userId: principal.userId };
  }
}

@Controller('contracts-by-id')
class UnscopedController {
  @Get(':contractId')
  @Roles('coordinator')
  read(@Param('contractId') contractId: string): object {
    return { contractId };
  }
}

@Controller('my-consortia')
class MyConsortiaController {
  @Get()
  @Roles('coordinator')
  @AcrossConsortia()
  list(@CurrentPrincipal() principal: Principal): object {
    return { consortia: principal.consortia };
  }
}

const contractsOf = (consortiumId: string) => `/consortia/${consortiumId}/sample-contracts`;
const UNKNOWN_CONTRACT = '0190c6a4-7c1e-7000-8000-0000000000ff';
const newContract = {
  title: 'Télémaintenance des écoles',
  nature: 'supplies-services',
  initialAmountCents: 4_200_000,
};

describe('access control of a service on the platform', () => {
  let sample: SampleApp;

  beforeAll(async () => {
    sample = await startSampleApp(environment().databaseUrl, {
      controllers: [
        UndeclaredController,
        AuthorityNeedsController,
        UnscopedController,
        MyConsortiaController,
      ],
    });
  });
  afterAll(() => sample.close());

  const readAs = (authorization: string, consortiumId = CONSORTIUM_A, contractId = UNKNOWN_CONTRACT) =>
    sample
      .http()
      .get(`${contractsOf(consortiumId)}/${contractId}`)
      .set('Authorization', authorization);

  it('refuses a request without a token with 401 and WWW-Authenticate: Bearer', async () => {
    const response = await sample.http().post(contractsOf(CONSORTIUM_A)).send(newContract);
    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toBe('Bearer');
    expect(response.body.type).toBe('urn:mutualis:problem:unauthenticated');
  });

  it('refuses an expired token with 401 invalid_token', async () => {
    const expired = await testToken(
      'coordinator',
      {},
      { ttl: '1h', now: new Date(Date.now() - 2 * 3600_000) },
    );
    const response = await readAs(`Bearer ${expired}`);
    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toMatch(/^Bearer error="invalid_token"/);
    expect(response.body.detail).toBe('The bearer token is not accepted: the token has expired.');
  });

  it('refuses a token whose signature does not match the secret with 401', async () => {
    const [header, payload] = (await testToken('coordinator')).split('.');
    const response = await readAs(`Bearer ${header}.${payload}.${'A'.repeat(43)}`);
    expect(response.status).toBe(401);
    expect(response.body.detail).toMatch(/signature is not valid/);
  });

  it('refuses a token issued for another audience with 401', async () => {
    const foreign = await new SignJWT({ role: 'coordinator', consortia: [CONSORTIUM_A] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('someone')
      .setIssuer('mutualis')
      .setAudience('another-platform')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(TEST_JWT_SECRET));
    const response = await readAs(`Bearer ${foreign}`);
    expect(response.status).toBe(401);
    expect(response.body.detail).toMatch(/aud claim/);
  });

  it('closes an endpoint whose route names no consortium, unless it declares that it serves several', async () => {
    const token = `Bearer ${await testToken('coordinator', { consortia: [CONSORTIUM_A] })}`;
    const unscoped = await sample
      .http()
      .get('/contracts-by-id/0190c6a4-7c1e-7000-8000-0000000000aa')
      .set('Authorization', token);
    expect(unscoped.status).toBe(403);
    expect(unscoped.body.detail).toMatch(/names no consortium/);
    const across = await sample.http().get('/my-consortia').set('Authorization', token);
    expect(across.status).toBe(200);
    expect(across.body).toEqual({ consortia: [CONSORTIUM_A] });
  });

  it('closes an endpoint that declares no roles, even to a valid token (denied by default)', async () => {
    const response = await sample
      .http()
      .get('/undeclared')
      .set('Authorization', await sample.bearer('platform-admin'));
    expect(response.status).toBe(403);
    expect(response.body.detail).toBe('This endpoint declares no access rule, so it is closed to everyone.');
    expect(response.text).not.toMatch(/never be served/);
  });

  it('refuses a role the endpoint does not name with 403', async () => {
    const response = await sample
      .http()
      .post(contractsOf(CONSORTIUM_A))
      .set('Authorization', await sample.bearer('auditor'))
      .send(newContract);
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({
      type: 'urn:mutualis:problem:forbidden',
      allowedRoles: ['coordinator'],
    });
  });

  describe('scoped to the consortia a token names', () => {
    let contractOfB: string;
    const titleOfB = 'Cybersécurité des communes du groupement B';

    beforeAll(async () => {
      const created = await sample
        .http()
        .post(contractsOf(CONSORTIUM_B))
        .set('Authorization', await sample.bearer('coordinator', { consortia: [CONSORTIUM_B] }))
        .send({ ...newContract, title: titleOfB });
      expect(created.status).toBe(201);
      contractOfB = created.body.contractId;
    });

    const revealsNothingOfB = (text: string) => {
      expect(text).not.toContain(CONSORTIUM_B);
      expect(text).not.toContain(contractOfB);
      expect(text).not.toContain(titleOfB);
    };

    it("refuses a token of consortium A on consortium B's resources with 403 and nothing of B in the body", async () => {
      const coordinatorOfA = await sample.bearer('coordinator', { consortia: [CONSORTIUM_A] });
      const read = await readAs(coordinatorOfA, CONSORTIUM_B, contractOfB);
      const amend = await sample
        .http()
        .post(`${contractsOf(CONSORTIUM_B)}/${contractOfB}/de-minimis-amendments`)
        .set('Authorization', coordinatorOfA)
        .send({ amountCents: 1, reason: 'Tentative' });
      for (const response of [read, amend]) {
        expect(response.status).toBe(403);
        expect(response.body.detail).toBe('This token does not speak for the consortium of this resource.');
        revealsNothingOfB(response.text);
      }
    });

    it("answers 404 for B's contract asked under consortium A, again with nothing of B", async () => {
      const response = await readAs(await sample.bearer('coordinator'), CONSORTIUM_A, contractOfB);
      expect(response.status).toBe(404);
      revealsNothingOfB(response.text);
    });

    it('lets a token naming both consortia read in both', async () => {
      const both = await sample.bearer('auditor', { consortia: [CONSORTIUM_A, CONSORTIUM_B] });
      const response = await readAs(both, CONSORTIUM_B, contractOfB);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        contractId: contractOfB,
        consortiumId: CONSORTIUM_B,
        version: 1,
      });
    });
  });

  it("refuses a member buyer on another authority's resources, and lets it on its own", async () => {
    const memberBuyer = await sample.bearer('member-buyer', { authoritySiret: AUTHORITY_SIRET });
    const path = (siret: string) => `/consortia/${CONSORTIUM_A}/authorities/${siret}/needs`;
    const own = await sample.http().get(path(AUTHORITY_SIRET)).set('Authorization', memberBuyer);
    const other = await sample.http().get(path('21330063500017')).set('Authorization', memberBuyer);
    expect(own.status).toBe(200);
    expect(own.body).toEqual({ siret: AUTHORITY_SIRET, userId: 'member-buyer-user' });
    expect(other.status).toBe(403);
    expect(other.text).not.toContain('21330063500017');
  });

  it('keeps the service index, health, metrics and the API documentation public', async () => {
    for (const path of ['/', '/health/live', '/health/ready', '/metrics', '/openapi.json', '/docs']) {
      expect([path, (await sample.http().get(path)).status]).toEqual([path, 200]);
    }
  });
});

describe('access control with RS256 tokens of an identity provider', () => {
  let sample: SampleApp;
  let jwks: Server;
  let privateKey: CryptoKey;

  beforeAll(async () => {
    const keys = await generateKeyPair('RS256');
    privateKey = keys.privateKey;
    const publicJwk = { ...(await exportJWK(keys.publicKey)), kid: 'idp-key-1', alg: 'RS256', use: 'sig' };
    jwks = createServer((_, response) => {
      response.setHeader('Content-Type', 'application/json');
      response.end(JSON.stringify({ keys: [publicJwk] }));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const { port } = jwks.address() as AddressInfo;
    sample = await startSampleApp(environment().databaseUrl, {
      env: {
        MUTUALIS_JWT_ALGORITHM: 'RS256',
        MUTUALIS_JWT_SECRET: undefined,
        MUTUALIS_JWT_JWKS_URL: `http://127.0.0.1:${port}/.well-known/jwks.json`,
      },
    });
  });
  afterAll(async () => {
    await sample.close();
    await new Promise((resolve) => jwks.close(resolve));
  });

  const idpToken = () =>
    new SignJWT({ role: 'auditor', consortia: [CONSORTIUM_A] })
      .setProtectedHeader({ alg: 'RS256', kid: 'idp-key-1' })
      .setSubject('auditor@cour-des-comptes')
      .setIssuer('mutualis')
      .setAudience('mutualis')
      .setExpirationTime('5m')
      .sign(privateKey);

  it("verifies a token against the identity provider's JWKS", async () => {
    const response = await sample
      .http()
      .get(`${contractsOf(CONSORTIUM_A)}/${UNKNOWN_CONTRACT}`)
      .set('Authorization', `Bearer ${await idpToken()}`);
    expect(response.status).toBe(404); // authenticated and allowed: the contract just does not exist
  });

  it('refuses an HS256 token, whatever its secret, when the service expects RS256', async () => {
    const response = await sample
      .http()
      .get(`${contractsOf(CONSORTIUM_A)}/${UNKNOWN_CONTRACT}`)
      .set('Authorization', `Bearer ${await testToken('auditor')}`);
    expect(response.status).toBe(401);
    expect(response.body.detail).toMatch(/algorithm/);
  });
});

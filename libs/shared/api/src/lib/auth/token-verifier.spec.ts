import { SignJWT } from 'jose';
import { issueLocalToken } from './local-token';
import { Principal } from './principal';
import { InvalidTokenError, principalOfClaims } from './token-claims';
import { createTokenVerifier, createTrustingVerifier } from './token-verifier';

const SECRET = 'unit-test-secret-of-at-least-32-characters';
const CONSORTIUM = '0190c6a4-7c1e-7000-8000-00000000000a';
const options = { secret: SECRET, issuer: 'mutualis', audience: 'mutualis', ttl: '8h' };
const verifier = createTokenVerifier({
  algorithm: 'HS256',
  secret: SECRET,
  issuer: 'mutualis',
  audience: 'mutualis',
});
const coordinator: Principal = { userId: 'marie.dupont', role: 'coordinator', consortia: [CONSORTIUM] };

async function refusal(token: Promise<string> | string): Promise<string> {
  try {
    await verifier.verify(await token);
  } catch (error) {
    if (error instanceof InvalidTokenError) return error.reason;
    throw error;
  }
  throw new Error('the token was accepted');
}

describe('bearer tokens', () => {
  it('verifies a local token back into the principal it was issued for', async () => {
    const buyer: Principal = {
      userId: 'agent-17',
      role: 'member-buyer',
      consortia: [CONSORTIUM],
      authoritySiret: '21640102400013',
    };
    expect(await verifier.verify(await issueLocalToken(buyer, options))).toEqual(buyer);
  });

  it('refuses an expired token', async () => {
    const old = issueLocalToken(coordinator, {
      ...options,
      ttl: '1h',
      now: new Date(Date.now() - 2 * 3600_000),
    });
    expect(await refusal(old)).toBe('the token has expired');
  });

  it('refuses a token signed with another secret', async () => {
    const forged = issueLocalToken(coordinator, {
      ...options,
      secret: 'another-secret-of-at-least-32-characters',
    });
    expect(await refusal(forged)).toBe('the token signature is not valid');
  });

  it('refuses a token of another issuer', async () => {
    expect(await refusal(issueLocalToken(coordinator, { ...options, issuer: 'elsewhere' }))).toBe(
      'the iss claim of the token is not accepted',
    );
  });

  it('refuses an unsigned token (alg none)', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
    const payload = Buffer.from(JSON.stringify({ sub: 'x', role: 'platform-admin', consortia: [] })).toString(
      'base64url',
    );
    expect(await refusal(`${header}.${payload}.`)).toMatch(/algorithm|malformed/);
  });

  it('refuses a token without an expiry', async () => {
    const endless = new SignJWT({ role: 'coordinator', consortia: [CONSORTIUM] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuer('mutualis')
      .setAudience('mutualis')
      .sign(new TextEncoder().encode(SECRET));
    expect(await refusal(endless)).toBe('the exp claim of the token is not accepted');
  });
});

describe('trusting the access context’s tokens besides the local ones', () => {
  const trusting = createTrustingVerifier([
    { algorithm: 'HS256', secret: SECRET, issuer: 'mutualis', audience: 'mutualis' },
    // Never fetched in these tests: a token is refused on its algorithm before any key is looked for.
    {
      algorithm: 'RS256',
      jwksUrl: 'http://127.0.0.1:9/jwks.json',
      issuer: 'mutualis-access',
      audience: 'mutualis',
    },
  ]);

  it('still verifies a local token', async () => {
    expect(await trusting.verify(await issueLocalToken(coordinator, options))).toEqual(coordinator);
  });

  it('refuses a token that names the access context as issuer but is signed with the local secret', async () => {
    const forged = await issueLocalToken(coordinator, { ...options, issuer: 'mutualis-access' });
    await expect(trusting.verify(forged)).rejects.toThrow(
      'the token is not signed with the algorithm this service expects',
    );
  });

  it('refuses what is not a token at all', async () => {
    await expect(trusting.verify('not-a-token')).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it('names each issuer once', () => {
    const local = { algorithm: 'HS256', secret: SECRET, issuer: 'mutualis', audience: 'mutualis' } as const;
    expect(() => createTrustingVerifier([local, local])).toThrow('each trusted issuer must be named once');
  });
});

describe('the claims of a token', () => {
  const claims = { sub: 'u', role: 'coordinator', consortia: [CONSORTIUM] };
  const reasonOf = (payload: Record<string, unknown>) => {
    try {
      principalOfClaims(payload);
    } catch (error) {
      return (error as InvalidTokenError).reason;
    }
    return 'accepted';
  };

  it('name one of the five roles', () => {
    expect(reasonOf({ ...claims, role: 'mayor' })).toBe(
      'the role claim must be one of platform-admin, coordinator, member-buyer, supplier, auditor',
    );
  });

  it('name consortia by lower-case UUID, at least one except for a platform admin', () => {
    expect(reasonOf({ ...claims, consortia: ['A-CONSORTIUM'] })).toMatch(/lower-case consortium UUIDs/);
    expect(reasonOf({ ...claims, consortia: [] })).toBe(
      'a coordinator token must name at least one consortium',
    );
    expect(reasonOf({ ...claims, role: 'platform-admin', consortia: [] })).toBe('accepted');
  });

  it('may name the platform tenant, the supplier registry’s ledger, for an auditor', () => {
    expect(reasonOf({ ...claims, role: 'auditor', consortia: ['platform', CONSORTIUM] })).toBe('accepted');
    expect(reasonOf({ ...claims, role: 'auditor', consortia: ['Platform'] })).toMatch(/consortium UUIDs/);
  });

  it('carry the SIRET a member buyer or a supplier acts for', () => {
    expect(reasonOf({ ...claims, role: 'member-buyer' })).toMatch(/authoritySiret/);
    expect(reasonOf({ ...claims, role: 'supplier' })).toMatch(/supplierSiret/);
    expect(reasonOf({ ...claims, role: 'supplier', supplierSiret: '4430618410004' })).toBe(
      'the supplierSiret claim must be a SIRET of 14 digits',
    );
  });
});

describe('local tokens', () => {
  it('are refused for a principal the services would refuse', async () => {
    await expect(issueLocalToken({ ...coordinator, role: 'supplier' }, options)).rejects.toThrow(
      /supplierSiret/,
    );
  });

  it('are refused with a secret too short for HS256', async () => {
    await expect(issueLocalToken(coordinator, { ...options, secret: 'short' })).rejects.toThrow(
      /32 characters/,
    );
  });

  it('expire after the lifetime given', async () => {
    const now = new Date('2026-11-29T08:00:00Z');
    const token = await issueLocalToken(coordinator, { ...options, ttl: '30m', now });
    const payload = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString());
    expect(payload.exp - payload.iat).toBe(1800);
    await expect(issueLocalToken(coordinator, { ...options, ttl: 'forever' })).rejects.toThrow(/8h, 30m, 2d/);
  });
});

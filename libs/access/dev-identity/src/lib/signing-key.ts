import { generateKeyPairSync, randomBytes } from 'node:crypto';
import type { JWK } from 'oidc-provider';

/** A fresh private RS256 key for the ID tokens, as a JWK with its `kid` (the clients read the public half from the JWKS). */
export function generateSigningKey(): JWK {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = privateKey.export({ format: 'jwk' });
  return { ...jwk, kid: `dev-${randomBytes(6).toString('hex')}`, alg: 'RS256', use: 'sig' } as JWK;
}

/** Random keys for the provider's signed cookies: sessions do not outlive a start, as the memory storage does not. */
export function generateCookieKeys(): string[] {
  return [randomBytes(32).toString('base64url')];
}

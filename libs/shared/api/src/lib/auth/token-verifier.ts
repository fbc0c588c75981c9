import {
  createRemoteJWKSet,
  CryptoKey,
  decodeJwt,
  errors,
  jwtVerify,
  JWTPayload,
  JWTVerifyOptions,
} from 'jose';
import { PlatformConfig } from '../config/platform-config';
import { Principal } from './principal';
import { InvalidTokenError, principalOfClaims } from './token-claims';

interface CommonOptions {
  issuer: string;
  audience: string;
}

/** HS256 with a shared secret (local runs), or RS256 with the identity provider's JWKS (production). */
export type TokenVerifierOptions =
  | (CommonOptions & { algorithm: 'HS256'; secret: string })
  | (CommonOptions & { algorithm: 'RS256'; jwksUrl: string });

export interface TokenVerifier {
  /** The principal of a valid bearer token; InvalidTokenError when the caller's token is at fault. */
  verify(token: string): Promise<Principal>;
}

/** Clocks of the identity provider and of the services may differ by this much. */
const CLOCK_TOLERANCE_SECONDS = 30;

/** Verifies bearer tokens with jose: signature and algorithm, issuer, audience, expiry, then the Mutualis claims. */
export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const checks: JWTVerifyOptions = {
    algorithms: [options.algorithm],
    issuer: options.issuer,
    audience: options.audience,
    requiredClaims: ['sub', 'exp'],
    clockTolerance: CLOCK_TOLERANCE_SECONDS,
  };
  const verifySignature: (token: string) => Promise<{ payload: JWTPayload }> =
    options.algorithm === 'HS256'
      ? (token) => jwtVerify(token, new TextEncoder().encode(options.secret), checks)
      : (() => {
          const keys = createRemoteJWKSet(new URL(options.jwksUrl));
          return async (token: string) => {
            try {
              return await jwtVerify(token, keys, checks);
            } catch (error) {
              // During a key rotation the JWKS holds several keys a token without `kid` could match: try each.
              if (!(error instanceof errors.JWKSMultipleMatchingKeys)) throw error;
              return verifyWithAnyOf(token, error, checks);
            }
          };
        })();

  return {
    async verify(token) {
      let payload: JWTPayload;
      try {
        ({ payload } = await verifySignature(token));
      } catch (error) {
        throw callersFault(error) ?? error;
      }
      return principalOfClaims(payload);
    },
  };
}

async function verifyWithAnyOf(
  token: string,
  candidates: AsyncIterable<CryptoKey>,
  checks: JWTVerifyOptions,
): Promise<{ payload: JWTPayload }> {
  for await (const key of candidates) {
    try {
      return await jwtVerify(token, key, checks);
    } catch (error) {
      if (!(error instanceof errors.JWSSignatureVerificationFailed)) throw error;
    }
  }
  throw new errors.JWSSignatureVerificationFailed();
}

/** The verifier options the platform's configuration describes: its tokens, and the access context's if trusted. */
export function tokenVerifierOptions(config: PlatformConfig): TokenVerifierOptions[] {
  const common = { issuer: config.MUTUALIS_JWT_ISSUER, audience: config.MUTUALIS_JWT_AUDIENCE };
  const own: TokenVerifierOptions =
    config.MUTUALIS_JWT_ALGORITHM === 'HS256'
      ? { ...common, algorithm: 'HS256', secret: config.MUTUALIS_JWT_SECRET ?? '' }
      : { ...common, algorithm: 'RS256', jwksUrl: config.MUTUALIS_JWT_JWKS_URL ?? '' };
  const access: TokenVerifierOptions[] = config.MUTUALIS_ACCESS_JWKS_URL
    ? [
        {
          algorithm: 'RS256',
          jwksUrl: config.MUTUALIS_ACCESS_JWKS_URL,
          issuer: config.MUTUALIS_ACCESS_ISSUER,
          audience: config.MUTUALIS_JWT_AUDIENCE,
        },
      ]
    : [];
  return [own, ...access];
}

/**
 * Verifies tokens of several issuers, each with its own algorithm and keys: the token's unverified `iss` only picks
 * which verifier checks it (and that one checks the issuer again), so no key of one issuer ever verifies another's.
 */
export function createTrustingVerifier(trusted: TokenVerifierOptions[]): TokenVerifier {
  const byIssuer = new Map(trusted.map((options) => [options.issuer, createTokenVerifier(options)]));
  const [first] = trusted;
  if (!first || byIssuer.size !== trusted.length) throw new Error('each trusted issuer must be named once');
  const fallback = byIssuer.get(first.issuer)!;
  return {
    verify(token) {
      if (byIssuer.size === 1) return fallback.verify(token);
      let issuer: unknown;
      try {
        issuer = decodeJwt(token).iss;
      } catch {
        return Promise.reject(new InvalidTokenError('the token is malformed'));
      }
      return (byIssuer.get(issuer as string) ?? fallback).verify(token);
    },
  };
}

/**
 * The caller's share of a verification failure. A JWKS that cannot be fetched is the platform's fault, not the
 * caller's, so it stays an error (a 500 that is logged) rather than a 401 that would hide an outage.
 */
function callersFault(error: unknown): InvalidTokenError | undefined {
  if (error instanceof errors.JWTExpired) return new InvalidTokenError('the token has expired');
  if (error instanceof errors.JWTClaimValidationFailed) {
    return new InvalidTokenError(`the ${error.claim} claim of the token is not accepted`);
  }
  if (error instanceof errors.JOSEAlgNotAllowed) {
    return new InvalidTokenError('the token is not signed with the algorithm this service expects');
  }
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey) {
    return new InvalidTokenError('the token signature is not valid');
  }
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) {
    return new InvalidTokenError('the token is malformed');
  }
  if (error instanceof errors.JOSENotSupported)
    return new InvalidTokenError('the token uses an unsupported format');
  return undefined;
}

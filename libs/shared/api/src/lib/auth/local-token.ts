import { SignJWT } from 'jose';
import { DEFAULT_TOKEN_AUDIENCE, DEFAULT_TOKEN_ISSUER, MIN_SECRET_LENGTH } from '../config/platform-config';
import { Principal } from './principal';
import { claimsOfPrincipal, principalOfClaims } from './token-claims';

export interface LocalTokenOptions {
  /** The HS256 secret the services share (`MUTUALIS_JWT_SECRET`). */
  secret: string;
  /** `MUTUALIS_JWT_ISSUER` of the services; `mutualis` by default, as theirs. */
  issuer?: string;
  /** `MUTUALIS_JWT_AUDIENCE` of the services; `mutualis` by default, as theirs. */
  audience?: string;
  /** Lifetime in jose's notation: `8h`, `30m`, `2d`, `3600s`. */
  ttl: string;
  /** Issue time, for tests; now by default. */
  now?: Date;
}

/**
 * Signs an HS256 token for local runs and demos (`mutualis token`). Production tokens come from the identity
 * provider (RS256). The principal is checked with the verifier's own rules, so a token issued here is accepted.
 */
export async function issueLocalToken(principal: Principal, options: LocalTokenOptions): Promise<string> {
  if (options.secret.length < MIN_SECRET_LENGTH) {
    throw new Error(`the secret must have at least ${MIN_SECRET_LENGTH} characters`);
  }
  const claims = claimsOfPrincipal(principalOfClaims(claimsOfPrincipal(principal)));
  const issuedAt = Math.floor((options.now ?? new Date()).getTime() / 1000);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(options.issuer ?? DEFAULT_TOKEN_ISSUER)
    .setAudience(options.audience ?? DEFAULT_TOKEN_AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(expiryOf(options.ttl, issuedAt))
    .sign(new TextEncoder().encode(options.secret));
}

const TTL = /^(\d+)\s*(s|m|h|d)$/;
const SECONDS_PER_UNIT = { s: 1, m: 60, h: 3600, d: 86400 } as const;

const MAX_LIFETIME_SECONDS = 30 * 86_400;

/** Expiry in seconds since the epoch; a lifetime other than `<n>s|m|h|d` (n > 0) is refused with a message. */
function expiryOf(ttl: string, issuedAt: number): number {
  const match = TTL.exec(ttl.trim());
  const amount = Number(match?.[1]);
  const unit = match?.[2] as keyof typeof SECONDS_PER_UNIT | undefined;
  if (!unit || !(amount > 0))
    throw new Error(`the lifetime "${ttl}" is not of the form 8h, 30m, 2d or 3600s`);
  const seconds = amount * SECONDS_PER_UNIT[unit];
  // Local tokens are for development and demos: a lifetime beyond 30 days would make them credentials for good.
  if (seconds > MAX_LIFETIME_SECONDS) throw new Error(`the lifetime "${ttl}" is longer than 30 days`);
  return issuedAt + seconds;
}

import { createPrivateKey, createPublicKey, KeyObject } from 'node:crypto';
import { calculateJwkThumbprint, exportJWK, JWK, SignJWT } from 'jose';
import { ActingAs } from '@mutualis/access/domain';

/** Tokens minted for one call live this long: enough for a slow request, too short to be worth stealing. */
const LIFETIME_SECONDS = 300;

/**
 * The tokens the access context mints for the services (RS256, signed with MUTUALIS_ACCESS_SIGNING_KEY), and the
 * public key set they verify them with (`/.well-known/jwks.json`). The browser never sees them.
 */
export class AccessTokens {
  private constructor(
    private readonly privateKey: KeyObject,
    private readonly publicJwk: JWK & { kid: string },
    private readonly issuer: string,
    private readonly audience: string,
  ) {}

  static async open(pemBase64: string, issuer: string, audience: string): Promise<AccessTokens> {
    const privateKey = createPrivateKey(Buffer.from(pemBase64, 'base64').toString('utf8'));
    if (privateKey.asymmetricKeyType !== 'rsa')
      throw new Error('MUTUALIS_ACCESS_SIGNING_KEY must be an RSA key');
    const jwk = await exportJWK(createPublicKey(privateKey));
    const kid = await calculateJwkThumbprint(jwk);
    return new AccessTokens(privateKey, { ...jwk, kid, alg: 'RS256', use: 'sig' }, issuer, audience);
  }

  /** The public keys, as a JWKS. */
  jwks(): { keys: JWK[] } {
    return { keys: [this.publicJwk] };
  }

  /** A token for one call by `subject`, in the role and scope of `acting`. */
  mint(subject: string, acting: ActingAs, now = new Date()): Promise<string> {
    const issuedAt = Math.floor(now.getTime() / 1000);
    return new SignJWT({
      role: acting.role,
      consortia: acting.consortia,
      ...(acting.authoritySiret ? { authoritySiret: acting.authoritySiret } : {}),
      ...(acting.supplierSiret ? { supplierSiret: acting.supplierSiret } : {}),
    })
      .setProtectedHeader({ alg: 'RS256', kid: this.publicJwk.kid, typ: 'JWT' })
      .setSubject(subject)
      .setIssuer(this.issuer)
      .setAudience(this.audience)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + LIFETIME_SECONDS)
      .sign(this.privateKey);
  }
}

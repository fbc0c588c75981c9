import * as oidc from 'openid-client';
import { Person } from '../sessions/session-store';

export interface OpenIdSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  scopes: string;
  organisationClaim: string;
  /** `<console>/auth/callback`, built from the configured address, never from a request's Host. */
  redirectUri: string;
  /** Where the provider sends people back after logging them out: the console's home. */
  postLogoutRedirectUri: string;
}

/**
 * The console's side of OpenID Connect with `openid-client`: authorization code with PKCE (S256), the client
 * authenticated by client_secret_basic, the ID token checked (issuer, audience, nonce), the claims completed by the
 * userinfo endpoint (where ProConnect gives the organisation's SIRET). The provider's metadata is fetched on first
 * use and kept; a failed discovery is tried again at the next sign-in.
 */
export class OpenIdProvider {
  private configuration?: Promise<oidc.Configuration>;

  constructor(private readonly settings: OpenIdSettings) {}

  /** The provider's authorization address for a new sign-in, with what the callback must find again. */
  async authorization(): Promise<{ codeVerifier: string; nonce: string; url: (state: string) => string }> {
    const configuration = await this.discovered();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const codeChallenge = await oidc.calculatePKCECodeChallenge(codeVerifier);
    const nonce = oidc.randomNonce();
    return {
      codeVerifier,
      nonce,
      url: (state) =>
        oidc
          .buildAuthorizationUrl(configuration, {
            redirect_uri: this.settings.redirectUri,
            scope: this.settings.scopes,
            code_challenge: codeChallenge,
            code_challenge_method: 'S256',
            state,
            nonce,
          })
          .toString(),
    };
  }

  /** Exchanges the code the provider sent back for the person it vouches for, and the ID token. */
  async signedIn(
    callbackUrl: URL,
    expected: { state: string; codeVerifier: string; nonce: string },
  ): Promise<{ person: Person; idToken: string | null }> {
    const configuration = await this.discovered();
    const tokens = await oidc.authorizationCodeGrant(configuration, callbackUrl, {
      pkceCodeVerifier: expected.codeVerifier,
      expectedState: expected.state,
      expectedNonce: expected.nonce,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims()!;
    const userInfo = await oidc.fetchUserInfo(configuration, tokens.access_token, idClaims.sub);
    return {
      person: personOf({ ...idClaims, ...userInfo }, this.settings.organisationClaim),
      idToken: tokens.id_token ?? null,
    };
  }

  /** The provider's logout address for the session of this ID token, or null when it offers none. */
  async endSessionUrl(idToken: string | null): Promise<string | null> {
    const configuration = await this.discovered();
    if (!configuration.serverMetadata().end_session_endpoint) return null;
    return oidc
      .buildEndSessionUrl(configuration, {
        post_logout_redirect_uri: this.settings.postLogoutRedirectUri,
        ...(idToken ? { id_token_hint: idToken } : {}),
      })
      .toString();
  }

  private discovered(): Promise<oidc.Configuration> {
    this.configuration ??= oidc
      .discovery(
        new URL(this.settings.issuer),
        this.settings.clientId,
        undefined,
        oidc.ClientSecretBasic(this.settings.clientSecret),
        // Plain http only for a provider on this machine (the development one): ProConnect is https.
        new URL(this.settings.issuer).protocol === 'http:'
          ? { execute: [oidc.allowInsecureRequests] }
          : undefined,
      )
      .catch((error: unknown) => {
        this.configuration = undefined;
        throw error;
      });
    return this.configuration;
  }
}

const SIRET = /^\d{14}$/;

/** The person the provider's claims describe; a SIRET claim that is not 14 digits is taken as none. */
export function personOf(claims: Record<string, unknown>, organisationClaim: string): Person {
  const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);
  const given = text(claims['given_name']);
  const family = text(claims['usual_name']) ?? text(claims['family_name']);
  const siret = text(claims[organisationClaim]);
  return {
    subject: String(claims['sub']),
    name: text(claims['name']) ?? ([given, family].filter(Boolean).join(' ') || null),
    email: claims['email_verified'] === false ? null : (text(claims['email'])?.toLowerCase() ?? null),
    organisationSiret: siret && SIRET.test(siret) ? siret : null,
  };
}

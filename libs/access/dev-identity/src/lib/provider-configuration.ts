import type { Configuration, JWK, KoaContextWithOIDC } from 'oidc-provider';
import { CLAIMS_BY_SCOPE, claimsOf, FIRST_PARTY_SCOPES } from './account-claims';
import { DemoAccount } from './demo-accounts';
import { renderLoggedOut, renderLogoutConfirmation, renderProviderError } from './pages/logout-pages';

/** The one client of the development provider: the access context (the console's backend-for-frontend). */
export interface DevIdentityClient {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  postLogoutRedirectUris: string[];
}

export interface ProviderConfigurationInput {
  client: DevIdentityClient;
  accounts: readonly DemoAccount[];
  /** The private RS256 key signing the ID tokens (a JWK with its `kid`). */
  signingKey: JWK;
  /** The keys signing the provider's cookies. */
  cookieKeys: string[];
}

const HOUR = 60 * 60;

/**
 * oidc-provider's configuration (ADR 0017): authorization code with PKCE required, client_secret_basic, the claims
 * kept in the ID token (`conformIdTokenClaims: false`, otherwise `siret` would leave it for the userinfo endpoint),
 * the first-party client granted its scopes without a consent screen, its own French pages instead of the
 * development interactions (which accept any password and ignore the configured pages), memory storage.
 */
export function providerConfiguration({
  client,
  accounts,
  signingKey,
  cookieKeys,
}: ProviderConfigurationInput): Configuration {
  return {
    clients: [
      {
        client_id: client.clientId,
        client_secret: client.clientSecret,
        client_name: 'Mutualis',
        redirect_uris: client.redirectUris,
        post_logout_redirect_uris: client.postLogoutRedirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
        id_token_signed_response_alg: 'RS256',
      },
    ],
    clientAuthMethods: ['client_secret_basic'],
    responseTypes: ['code'],
    pkce: { required: () => true },
    jwks: { keys: [signingKey] },
    cookies: { keys: cookieKeys },
    claims: Object.fromEntries(
      Object.entries(CLAIMS_BY_SCOPE).map(([scope, claims]) => [scope, [...claims]]),
    ),
    scopes: ['openid'],
    conformIdTokenClaims: false,
    findAccount: (_ctx, sub) => {
      const account = accounts.find((one) => one.subject === sub);
      return account && { accountId: account.subject, claims: () => claimsOf(account) };
    },
    loadExistingGrant: (ctx) => grantFirstParty(ctx, client.clientId),
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => {
          ctx.type = 'html';
          ctx.body = renderLogoutConfirmation(form, ctx.oidc.client?.clientName);
        },
        postLogoutSuccessSource: (ctx) => {
          ctx.type = 'html';
          ctx.body = renderLoggedOut();
        },
      },
    },
    renderError: (ctx, out) => {
      ctx.type = 'html';
      ctx.body = renderProviderError(out.error, out.error_description);
    },
    ttl: {
      AccessToken: HOUR,
      AuthorizationCode: 60,
      IdToken: HOUR,
      Interaction: HOUR,
      Grant: 8 * HOUR,
      Session: 8 * HOUR,
    },
  };
}

/**
 * The grant the person already gave the client, or, for the first-party client, one made on the spot with all its
 * scopes: no consent screen for Mutualis itself.
 */
async function grantFirstParty(ctx: KoaContextWithOIDC, firstPartyClientId: string) {
  const { provider, client, session, result } = ctx.oidc;
  const grantId = result?.consent?.grantId ?? session?.grantIdFor(client!.clientId);
  if (grantId) return provider.Grant.find(grantId);
  if (client?.clientId !== firstPartyClientId || !session?.accountId) return undefined;
  const grant = new provider.Grant({ clientId: client.clientId, accountId: session.accountId });
  grant.addOIDCScope(FIRST_PARTY_SCOPES.join(' '));
  await grant.save();
  return grant;
}

import { DemoAccount } from './demo-accounts';

/** The claims the provider asserts about a demo account, by scope (see `CLAIMS_BY_SCOPE`). */
export interface DemoAccountClaims {
  sub: string;
  email: string;
  email_verified: boolean;
  given_name: string;
  family_name: string;
  /** ProConnect's name for the family name. */
  usual_name: string;
  name: string;
  /** ProConnect's claim: the SIRET of the person's organisation; absent for those without one. */
  siret?: string;
  /** The organisation's name: a convenience of this provider, which ProConnect does not send. */
  organization: string;
  [claim: string]: unknown;
}

/** Which claims each scope releases (oidc-provider's `claims` setting); `siret` is ProConnect's scope. */
export const CLAIMS_BY_SCOPE = {
  openid: ['sub'],
  email: ['email', 'email_verified'],
  profile: ['name', 'given_name', 'family_name', 'usual_name'],
  siret: ['siret', 'organization'],
} as const;

/** The scopes the first-party client is granted without a consent screen. */
export const FIRST_PARTY_SCOPES = Object.keys(CLAIMS_BY_SCOPE);

/** Everything the provider can say about the account; oidc-provider keeps what the granted scopes release. */
export function claimsOf(account: DemoAccount): DemoAccountClaims {
  return {
    sub: account.subject,
    email: account.email,
    email_verified: true,
    given_name: account.givenName,
    family_name: account.familyName,
    usual_name: account.familyName,
    name: `${account.givenName} ${account.familyName}`,
    ...(account.organisation.siret === null ? {} : { siret: account.organisation.siret }),
    organization: account.organisation.name,
  };
}

export { CLAIMS_BY_SCOPE, claimsOf } from './lib/account-claims';
export type { DemoAccountClaims } from './lib/account-claims';
export { DEMO_ACCOUNTS, DEMO_PASSWORD } from './lib/demo-accounts';
export type { DemoAccount, DemoOrganisation } from './lib/demo-accounts';
export type { DevIdentityClient } from './lib/provider-configuration';
export { startDevIdentityProvider } from './lib/start-dev-identity-provider';
export type { DevIdentityProvider, DevIdentityProviderOptions } from './lib/start-dev-identity-provider';

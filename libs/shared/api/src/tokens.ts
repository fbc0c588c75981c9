/**
 * @mutualis/shared/api/tokens — local bearer tokens (the `mutualis token` command, the demo) without loading the Nest
 * platform: the roles, the secret `npm start` keeps in its data folder, and the signing of a token.
 */
export { ROLES } from './lib/auth/principal';
export type { Principal, Role } from './lib/auth/principal';
export { InvalidTokenError } from './lib/auth/token-claims';
export { issueLocalToken } from './lib/auth/local-token';
export type { LocalTokenOptions } from './lib/auth/local-token';
export { localTokenSecret } from './lib/config/local-secrets';

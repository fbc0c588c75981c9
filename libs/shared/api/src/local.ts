/**
 * @mutualis/shared/api/local — what the tools of this machine (the `mutualis` command line, the demo) need from a
 * local suite, without loading the Nest platform: where its APIs are, the roles, the token secret `npm start` keeps in
 * its data folder, and the signing of a token.
 */
export { ROLES } from './lib/auth/principal';
export type { Principal, Role } from './lib/auth/principal';
export { InvalidTokenError } from './lib/auth/token-claims';
export { issueLocalToken } from './lib/auth/local-token';
export type { LocalTokenOptions } from './lib/auth/local-token';
export { localDataDir, localTokenSecret } from './lib/config/local-secrets';
export { locateSuite, removeSuiteAddress, SUITE_SERVICES, writeSuiteAddress } from './lib/config/local-suite';
export type { LocatedSuite, SuiteService, SuiteUrls } from './lib/config/local-suite';

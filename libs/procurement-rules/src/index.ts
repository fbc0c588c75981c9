export * from './lib/siret';
export * from './lib/cpv';
export * from './lib/regions';
export * from './lib/calendar';
export * from './lib/exclusion-grounds';
export * from './lib/supplier-documents';
/** Communes and EPCI known by SIREN (findPublicAuthority, KnownAuthority, AuthorityKind), from the reference data. */
export * from './lib/public-authorities';
/** Rule T1 (R2121-1): the estimated value of pooled needs over every member, lot, option and renewal. */
export * from './lib/estimated-value';

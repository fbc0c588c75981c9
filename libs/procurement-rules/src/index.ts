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
/** The shape of every refusal of the tender lifecycle rules (rule, legalReference, message, values). */
export * from './lib/rule-breach';
/** Dated threshold tables (T2-T5, T10, T11): the values in force on a launch date, and the table's id. */
export * from './lib/thresholds';
/** Rules T2, T3, T5 (procedure and publicity) and T4 (small lots inside a formalised operation). */
export * from './lib/procedure';
/** Rules T6 (minimum time limits), T14 (standstill) and T15 (award notice). */
export * from './lib/time-limits';
/** Rule T8: framework agreements' maximum and duration. */
export * from './lib/framework-agreement';
/** Rules T10 (award criteria) and T11 (minimum turnover requirement). */
export * from './lib/criteria';

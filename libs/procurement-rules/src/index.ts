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
/** Rules C1–C3 (L2194-1, R2194-1 to R2194-10): modifications in progress, their grounds, caps and JOUE notice. */
export * from './lib/modifications';
/** Rule C4 (R2192-10 to R2192-36): délai global de paiement, intérêts moratoires and the dated ECB rate table. */
export * from './lib/payment';
/** Rule C5 (R2191-3, R2191-7): the avance, when it is due and its minimum. */
export * from './lib/advance';
/** Rule C6 (R2191-32): the retenue de garantie's cap. */
export * from './lib/retention';
/** Rule C7 (CCAG 2021): delay penalties, their cap, exoneration and observation period. */
export * from './lib/penalties';
/** Rule C8 (L2193-10, R2193-10): direct payment of subcontractors. */
export * from './lib/subcontracting';
/** Rule C9 (R2112-4): reconductions. */
export * from './lib/renewals';
/** Rule C10 (Code du travail L8222-1, D8222-5): attestations de vigilance. */
export * from './lib/vigilance';

/** The PostgreSQL schema of the membership service: its event store, idempotency records and personal-data keys. */
export const MEMBERSHIP_SCHEMA = 'membership';

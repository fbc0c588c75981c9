/** The PostgreSQL schema of the contract service: its event store, idempotency records and local facts. */
export const CONTRACT_SCHEMA = 'contract';

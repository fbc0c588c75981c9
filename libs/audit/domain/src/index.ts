export * from './lib/merkle';
export * from './lib/seal';
export * from './lib/ledger-verification';
export * from './lib/audit-bundle';
export * from './lib/time-travel';

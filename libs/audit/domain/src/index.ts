export * from './lib/merkle';
export * from './lib/seal';
export * from './lib/ledger-verification';
export * from './lib/audit-bundle';
export * from './lib/time-travel';
export * from './lib/decp';
export * from './lib/decp-from-ledger';
export * from './lib/decp-publication';

/**
 * @mutualis/audit/application — the audit service as the platform builds it: its Nest module (controllers, read
 * models, process managers) and its options. `apps/audit-service` runs it alone; `apps/suite` runs it with the others.
 */
export { auditService } from './lib/audit-service';
export { sealKeys } from './lib/seals/seal-keys';
export { AuditLedger } from './lib/ledger/audit-ledger';

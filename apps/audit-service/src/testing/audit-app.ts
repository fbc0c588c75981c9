import { ServiceApp, startServiceApp } from '@mutualis/shared/api/testing';
import { auditService } from '@mutualis/audit/application';

export type AuditApp = ServiceApp;

/** The audit service on the real PostgreSQL and Kafka, sealing on demand only, with the signing key given. */
export function startAuditApp(
  databaseUrl: string,
  options: { kafkaBrokers: string[]; signingKey?: string },
): Promise<AuditApp> {
  return startServiceApp(auditService, {
    DATABASE_URL: databaseUrl,
    KAFKA_BROKERS: options.kafkaBrokers.join(','),
    AUDIT_SEAL_MINUTES: '0',
    ...(options.signingKey ? { MUTUALIS_AUDIT_SIGNING_KEY: options.signingKey } : {}),
  });
}

import { Module } from '@nestjs/common';
import { ContextRuntimeModule } from '@mutualis/shared/api';
import { ComplianceCalendars } from './compliance/compliance-calendars';
import { DecpPublications } from './exports/decp-publications';
import { TimelineReader } from './history/timeline-reader';
import {
  AuditController,
  BundleExportJobsController,
  VerificationJobsController,
} from './http/audit.controller';
import { ComplianceController } from './http/compliance.controller';
import { ExportsController } from './http/exports.controller';
import { HistoryController } from './http/history.controller';
import { OcdsController } from './http/ocds.controller';
import { AUDIT_SCHEMA, AuditLedger } from './ledger/audit-ledger';
import { LedgerConsumer } from './ledger/ledger-consumer';
import { LedgerVerifier } from './seals/ledger-verification.service';
import { LedgerJobs } from './seals/ledger-jobs';
import { sealKeysProvider } from './seals/seal-keys.provider';
import { Seals } from './seals/seals';

export { AUDIT_SCHEMA };

@Module({
  imports: [ContextRuntimeModule.forContext({ context: 'audit', schema: AUDIT_SCHEMA })],
  controllers: [
    AuditController,
    VerificationJobsController,
    BundleExportJobsController,
    HistoryController,
    ExportsController,
    OcdsController,
    ComplianceController,
  ],
  providers: [
    AuditLedger,
    LedgerConsumer,
    sealKeysProvider,
    Seals,
    LedgerVerifier,
    LedgerJobs,
    DecpPublications,
    TimelineReader,
    ComplianceCalendars,
  ],
})
export class AuditModule {}

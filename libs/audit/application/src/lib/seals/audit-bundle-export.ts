import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { ContextRuntime, JobHandler, JobRun, JobRunner } from '@mutualis/shared/api';
import { AuditBundle } from '@mutualis/audit/domain';
import { LedgerVerifier } from './ledger-verification.service';

export const AUDIT_BUNDLE = 'audit-bundle';

/**
 * A consortium's audit bundle exported in the background (`POST …/bundle-exports`), kept as the job's result to
 * download: progress counts the ledger's entries read, page by page. Interrupted by a restart, it reads again from
 * the start, as the verification does.
 */
@Injectable()
export class AuditBundleExport implements JobHandler<object, AuditBundle, null>, OnModuleInit {
  readonly kind = AUDIT_BUNDLE;

  constructor(
    @Inject(LedgerVerifier) private readonly verifier: LedgerVerifier,
    @Inject(ContextRuntime) private readonly runtime: ContextRuntime,
    @Inject(JobRunner) private readonly runner: JobRunner,
  ) {}

  onModuleInit(): void {
    this.runner.register(this);
  }

  async run({ job, progress }: JobRun<object, null>): Promise<AuditBundle> {
    await this.runtime.readModelsCaughtUp();
    return this.verifier.bundle(job.consortiumId!, (read, total) => progress(read, total, null));
  }
}

import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { ContextRuntime, JobHandler, JobRun, JobRunner } from '@mutualis/shared/api';
import { LedgerVerifier, Verification } from './ledger-verification.service';

export const LEDGER_VERIFICATION = 'ledger-verification';

/**
 * A consortium's ledger verified in the background (`POST …/verifications`): progress counts the ledger's entries
 * read, page by page, then everything is recomputed. A verification that finds the record altered succeeds, its
 * report naming the first mismatch; only a fault fails it. Interrupted by a restart, it reads again from the start:
 * the entries read so far are not worth a checkpoint, the reading costs less than keeping them.
 */
@Injectable()
export class LedgerVerificationJob implements JobHandler<object, Verification, null>, OnModuleInit {
  readonly kind = LEDGER_VERIFICATION;

  constructor(
    @Inject(LedgerVerifier) private readonly verifier: LedgerVerifier,
    @Inject(ContextRuntime) private readonly runtime: ContextRuntime,
    @Inject(JobRunner) private readonly runner: JobRunner,
  ) {}

  onModuleInit(): void {
    this.runner.register(this);
  }

  async run({ job, progress }: JobRun<object, null>): Promise<Verification> {
    await this.runtime.readModelsCaughtUp();
    return this.verifier.verify(job.consortiumId!, (read, total) => progress(read, total, null));
  }
}

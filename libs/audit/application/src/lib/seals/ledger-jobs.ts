import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { ContextRuntime, JobHandler, JobRunner } from '@mutualis/shared/api';
import { LedgerVerifier } from './ledger-verification.service';

export const LEDGER_VERIFICATION = 'ledger-verification';
export const AUDIT_BUNDLE = 'audit-bundle';

/** Reads a consortium's ledger, telling how many entries are read of how many. */
type LedgerWork<Result> = (
  consortiumId: string,
  onPage: (read: number, total: number) => Promise<void>,
) => Promise<Result>;

/**
 * The audit's long work on a consortium's ledger, run as jobs: its verification (`POST …/verifications`: a
 * verification that finds the record altered succeeds, its report naming the first mismatch; only a fault fails it)
 * and its bundle (`POST …/bundle-exports`, kept as the job's result to download). Progress counts the ledger's
 * entries read, page by page. Interrupted by a restart, a job reads again from the start: the entries read so far
 * are not worth a checkpoint, reading costs less than keeping them.
 */
@Injectable()
export class LedgerJobs implements OnModuleInit {
  constructor(
    @Inject(LedgerVerifier) private readonly verifier: LedgerVerifier,
    @Inject(ContextRuntime) private readonly runtime: ContextRuntime,
    @Inject(JobRunner) private readonly runner: JobRunner,
  ) {}

  onModuleInit(): void {
    this.runner.register(this.job(LEDGER_VERIFICATION, (id, onPage) => this.verifier.verify(id, onPage)));
    this.runner.register(this.job(AUDIT_BUNDLE, (id, onPage) => this.verifier.bundle(id, onPage)));
  }

  private job<Result>(kind: string, work: LedgerWork<Result>): JobHandler<object, Result, null> {
    return {
      kind,
      run: async ({ job, progress }) => {
        await this.runtime.readModelsCaughtUp();
        return work(job.consortiumId!, (read, total) => progress(read, total, null));
      },
    };
  }
}

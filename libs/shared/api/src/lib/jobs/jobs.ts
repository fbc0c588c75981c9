import { Injectable } from '@nestjs/common';
import { CommandContext, newResourceId } from '../commands/command-context';
import { ProblemException } from '../errors/problem.exception';
import { Principal } from '../auth/principal';
import { Job } from './job';
import { JobBody } from './job.responses';
import { JobRunner } from './job-runner';
import { JobStore } from './job-store';

/** Roles that follow every job of their consortium; other users follow only the jobs they started. */
const OVERSEERS = ['coordinator', 'auditor'];

/** Where endpoints start long work and read it back. */
@Injectable()
export class Jobs {
  constructor(
    private readonly store: JobStore,
    private readonly runner: JobRunner,
  ) {}

  /**
   * Queues a job of a registered kind in a consortium; with an Idempotency-Key, the same request queues the same
   * job (its id derives from the key), even when the platform's record of the first answer was lost.
   */
  async start(
    kind: string,
    consortiumId: string,
    input: unknown,
    context: CommandContext,
    file: string | null = null,
  ): Promise<JobBody> {
    if (!this.runner.handler(kind)) throw new Error(`no job handler of kind ${kind} is registered`);
    const job = await this.store.enqueue({
      jobId: newResourceId(context),
      kind,
      consortiumId,
      input,
      file,
      context,
    });
    this.runner.notify();
    return this.bodyOf(job);
  }

  /** The job, when the principal may follow it in this consortium; a 404 otherwise, as for a job that does not exist. */
  async visible(consortiumId: string, jobId: string, principal: Principal): Promise<Job> {
    const job = await this.store.find(jobId);
    const mayFollow =
      job?.consortiumId === consortiumId &&
      (OVERSEERS.includes(principal.role) || job.context.principal.userId === principal.userId);
    if (!job || !mayFollow)
      throw new ProblemException('not-found', `There is no job ${jobId} in this consortium.`);
    return job;
  }

  /** The job's result, or 409 while it has none (still running, or failed). */
  finished(job: Job): unknown {
    if (job.status === 'succeeded') return job.result;
    throw new ProblemException(
      'job-not-finished',
      job.status === 'failed'
        ? 'The job failed: it has no result. Its problem says why.'
        : `The job is ${job.status}: its result comes when it has succeeded. Follow it at its address.`,
      { jobStatus: job.status },
    );
  }

  /** The result as a CSV file, for the kinds that give one. */
  resultCsv(job: Job): string | null {
    const handler = this.runner.handler(job.kind);
    return handler?.resultCsv ? handler.resultCsv(this.finished(job), job) : null;
  }

  bodyOf(job: Job): JobBody {
    const self = `/consortia/${job.consortiumId}/jobs/${job.jobId}`;
    const succeeded = job.status === 'succeeded';
    const csv = succeeded && this.runner.handler(job.kind)?.resultCsv !== undefined;
    return {
      jobId: job.jobId,
      kind: job.kind,
      status: job.status,
      progress: { done: job.done, total: job.total },
      createdAt: job.createdAt,
      startedAt: job.startedAt,
      finishedAt: job.finishedAt,
      ...(job.problem ? { problem: { ...job.problem } } : {}),
      links: {
        self,
        events: `${self}/events`,
        ...(succeeded ? { result: `${self}/result` } : {}),
        ...(csv ? { resultCsv: `${self}/result.csv` } : {}),
      },
    };
  }
}

import { hostname } from 'node:os';
import { Injectable, Logger } from '@nestjs/common';
import { uuidv7 } from '@mutualis/shared/contracts';
import { toProblem } from '../errors/to-problem';
import { Job, JobHandler, JobInterrupted, JobRun } from './job';
import { JobStore } from './job-store';

/** A job's instance holds it this long without news; progress and a heartbeat renew it well before. */
const LEASE_SECONDS = 30;
const HEARTBEAT_MS = 10_000;
/** How often an idle instance looks for work queued by another instance (its own wake it at once). */
const POLL_MS = 1_000;
/** A job that fails this many times for reasons that are not refusals (a lost connection…) is failed for good. */
const MAX_ATTEMPTS = 3;

/**
 * Runs the jobs of the kinds registered here, one at a time, taken from the job store under a lease: a job runs on
 * one instance at a time, and resumes from its checkpoint on another (or after a restart) when its instance stops
 * or dies. A refusal or a fault of the job fails it with a problem; an interruption gives it back to the queue.
 */
@Injectable()
export class JobRunner {
  private readonly logger = new Logger(JobRunner.name);
  private readonly handlers = new Map<string, JobHandler>();
  private readonly owner = `${hostname()}:${process.pid}:${uuidv7()}`;
  private stopping = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;

  constructor(private readonly store: JobStore) {}

  /** Makes this instance run jobs of the handler's kind; the loop starts with the first handler. */
  register(handler: JobHandler<never, unknown, never>): void {
    this.handlers.set(handler.kind, handler as JobHandler);
    this.loop ??= this.runLoop();
  }

  handler(kind: string): JobHandler | undefined {
    return this.handlers.get(kind);
  }

  /** Looks for work now rather than at the next poll: a job was just queued. */
  notify(): void {
    this.wake?.();
  }

  /** Stops taking jobs; the job running stops at its next progress record and goes back to the queue. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.loop;
  }

  private async runLoop(): Promise<void> {
    while (!this.stopping) {
      let job: Job | null = null;
      try {
        job = await this.store.claim(this.owner, [...this.handlers.keys()], LEASE_SECONDS);
      } catch (error) {
        this.logger.warn(`could not look for jobs: ${(error as Error).message}`);
      }
      if (job) await this.runJob(job);
      else await this.idle();
    }
  }

  private idle(): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, POLL_MS);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  private async runJob(job: Job): Promise<void> {
    const handler = this.handlers.get(job.kind)!;
    let lost = false;
    const heartbeat = setInterval(() => {
      this.store.renew(job.jobId, this.owner, LEASE_SECONDS).then(
        (kept) => (lost ||= !kept),
        () => undefined, // the next progress record finds out, or the lease lapses
      );
    }, HEARTBEAT_MS);
    heartbeat.unref();
    const run: JobRun<unknown, unknown> = {
      job,
      checkpoint: job.checkpoint ?? null,
      progress: async (done, total, checkpoint) => {
        // Recorded first: a job stopped here resumes exactly from here.
        if (
          lost ||
          !(await this.store.progress(job.jobId, this.owner, LEASE_SECONDS, { done, total, checkpoint }))
        ) {
          throw new JobInterrupted('another instance took the job over');
        }
        if (this.stopping) throw new JobInterrupted('the service is stopping');
      },
    };
    try {
      const result = await handler.run(run);
      await this.store.succeed(job.jobId, this.owner, result);
      this.logger.log(`job ${job.kind} ${job.jobId} succeeded`);
    } catch (error) {
      await this.settle(job, error).catch((settleError: unknown) =>
        this.logger.error(`could not record the end of job ${job.jobId}: ${(settleError as Error).message}`),
      );
    } finally {
      clearInterval(heartbeat);
    }
  }

  private async settle(job: Job, error: unknown): Promise<void> {
    if (error instanceof JobInterrupted) {
      this.logger.log(`job ${job.kind} ${job.jobId} interrupted (${error.message}): it resumes later`);
      await this.store.release(job.jobId, this.owner);
      return;
    }
    const { problem, unexpected } = toProblem(error, { ifMatch: false });
    if (unexpected && job.attempts < MAX_ATTEMPTS) {
      this.logger.warn(
        `job ${job.kind} ${job.jobId} stopped on a fault, tried again: ${(error as Error).message}`,
      );
      await this.store.release(job.jobId, this.owner);
      return;
    }
    if (unexpected) this.logger.error({ err: error }, `job ${job.kind} ${job.jobId} failed`);
    await this.store.fail(job.jobId, this.owner, {
      ...problem,
      ...(unexpected ? { detail: 'The job failed on an internal error; the service logs say why.' } : {}),
    });
  }
}

import type { ServerResponse } from 'node:http';
import { Injectable } from '@nestjs/common';
import { CommandContext, newResourceId } from '../commands/command-context';
import { ProblemException } from '../errors/problem.exception';
import { Principal } from '../auth/principal';
import { GracefulShutdown } from '../lifecycle/graceful-shutdown';
import { Job } from './job';
import { JobBody } from './job.responses';
import { JobRunner } from './job-runner';
import { JobStore } from './job-store';

/** Roles that follow every job of their consortium; other users follow only the jobs they started. */
const OVERSEERS = ['coordinator', 'auditor'];
/** How often a stream of progress looks at its job: it may run on another instance. */
const EVENTS_POLL_MS = 500;

/** A job's consortium, or null for the platform's own jobs. */
export type JobScope = string | null;

/** Where a job is read: the collection it was started in, and its consortium (null: the platform's). */
export interface JobPlace {
  path: string;
  scope: JobScope;
}

/** Where endpoints start long work, and where the jobs' routes read it back. */
@Injectable()
export class Jobs {
  constructor(
    private readonly store: JobStore,
    private readonly runner: JobRunner,
    private readonly shutdown: GracefulShutdown,
  ) {}

  /**
   * Queues a job of a registered kind, read under the collection `path` (where the command was posted, e.g.
   * `/consortia/<id>/onboarding-imports`: a gateway routes the job's address to the service that runs it). With an
   * Idempotency-Key, the same request queues the same job (its id derives from the key), even when the platform's
   * record of the first answer was lost.
   */
  async start(
    kind: string,
    at: JobPlace,
    input: unknown,
    context: CommandContext,
    file: string | null = null,
  ): Promise<JobBody> {
    if (!this.runner.handler(kind)) throw new Error(`no job handler of kind ${kind} is registered`);
    const jobId = newResourceId(context);
    const job = await this.store.enqueue({
      jobId,
      kind,
      path: at.path,
      consortiumId: at.scope,
      input,
      file,
      context,
    });
    this.runner.notify();
    return this.bodyOf(job);
  }

  /** The job as its followers see it. */
  async read(at: JobPlace, jobId: string, principal: Principal): Promise<JobBody> {
    return this.bodyOf(await this.visible(at, jobId, principal));
  }

  /** The job's result, or 409 while it has none (still running, or failed). */
  async result(at: JobPlace, jobId: string, principal: Principal): Promise<unknown> {
    return finished(await this.visible(at, jobId, principal, true));
  }

  /** Writes the result as a CSV file to download, for the kinds that give one. */
  async writeResultCsv(
    at: JobPlace,
    jobId: string,
    principal: Principal,
    response: ServerResponse,
  ): Promise<void> {
    const job = await this.visible(at, jobId, principal, true);
    const handler = this.runner.handler(job.kind);
    if (!handler?.resultCsv)
      throw new ProblemException('not-found', `A job of kind ${job.kind} gives no CSV file.`);
    const csv = handler.resultCsv(finished(job), job);
    response.writeHead(200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${job.kind}-${job.jobId}.csv"`,
    });
    response.end(csv);
  }

  /**
   * Streams the job's progress as Server-Sent Events: `progress` at each change, then `succeeded` or `failed`, each
   * with the job as `data`; ends with the job, when the client leaves, or when the service stops.
   */
  async stream(at: JobPlace, jobId: string, principal: Principal, response: ServerResponse): Promise<void> {
    let job = await this.visible(at, jobId, principal);
    response.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache',
      'X-Accel-Buffering': 'no',
    });
    let closed = false;
    response.on('close', () => (closed = true));
    let last = '';
    for (;;) {
      const data = JSON.stringify(this.bodyOf(job));
      if (data !== last) {
        const event = job.status === 'queued' || job.status === 'running' ? 'progress' : job.status;
        response.write(`event: ${event}\ndata: ${data}\n\n`);
        last = data;
      }
      if (closed || this.shutdown.draining || job.status === 'succeeded' || job.status === 'failed') break;
      await new Promise((resolve) => setTimeout(resolve, EVENTS_POLL_MS));
      job = (await this.store.find(jobId)) ?? job;
    }
    response.end();
  }

  bodyOf(job: Job): JobBody {
    const self = `${job.path}/${job.jobId}`;
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

  /**
   * The job, when it was started in this collection and the principal may follow it: in a consortium, its overseers
   * and its author; the platform's jobs, the platform administrator (the routes' guard checks the role). A 404
   * otherwise, as for a job that does not exist.
   */
  private async visible(at: JobPlace, jobId: string, principal: Principal, withResult = false): Promise<Job> {
    const job = await this.store.find(jobId, withResult);
    const mayFollow =
      job?.path === at.path &&
      job.consortiumId === at.scope &&
      (at.scope === null ||
        OVERSEERS.includes(principal.role) ||
        job.context.principal.userId === principal.userId);
    if (!job || !mayFollow) throw new ProblemException('not-found', `There is no job ${jobId} here.`);
    return job;
  }
}

function finished(job: Job): unknown {
  if (job.status === 'succeeded') return job.result;
  throw new ProblemException(
    'job-not-finished',
    job.status === 'failed'
      ? 'The job failed: it has no result. Its problem says why.'
      : `The job is ${job.status}: its result comes when it has succeeded. Follow it at its address.`,
    { jobStatus: job.status },
  );
}

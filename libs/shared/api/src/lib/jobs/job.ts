import type { ProblemDetails } from '../errors/problem-details';
import type { CommandContext } from '../commands/command-context';

export const JOB_STATUSES = ['queued', 'running', 'succeeded', 'failed'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** A piece of long work as the job store keeps it: what to do, for whom, how far it went and how it ended. */
export interface Job<Input = unknown, Result = unknown> {
  jobId: string;
  /** The handler that runs it, e.g. `onboarding-import`. */
  kind: string;
  /** The collection it is read under (`/consortia/<id>/onboarding-imports`): its address is `<path>/<jobId>`. */
  path: string;
  /**
   * The consortium the job works in: only tokens that name it may follow the job. Null for the platform's own work
   * (a read model's rebuild), which the platform administrator follows.
   */
  consortiumId: string | null;
  status: JobStatus;
  input: Input;
  /** The file the job reads, as uploaded (e.g. a CSV file): given to the instance that runs the job, else null. */
  file: string | null;
  /** Who asked for it, under which request: the context its commands run in. */
  context: CommandContext;
  done: number;
  total: number | null;
  /** What the handler kept to resume where it stopped, after a restart: given to the instance that runs the job. */
  checkpoint: unknown;
  /** Its result once succeeded: read only where it is given (the result routes), else null. */
  result: Result | null;
  problem: ProblemDetails | null;
  attempts: number;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

/** What a handler may do while it runs a job. */
export interface JobRun<Input, Checkpoint> {
  readonly job: Job<Input>;
  /** Where the last run stopped, or null on a first run. */
  readonly checkpoint: Checkpoint | null;
  /**
   * Records progress and what to resume from; throws `JobInterrupted` when the job must stop here (the service is
   * stopping, or its lease went to another replica): the next run resumes from this checkpoint.
   */
  progress(done: number, total: number | null, checkpoint: Checkpoint): Promise<void>;
}

/** Thrown from `progress` when the job must stop at once; the job is not failed, it resumes later. */
export class JobInterrupted extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'JobInterrupted';
  }
}

/** One kind of long work: how to run it, and how to give its result as a file when people would rather keep one. */
export interface JobHandler<Input = unknown, Result = unknown, Checkpoint = unknown> {
  kind: string;
  run(run: JobRun<Input, Checkpoint>): Promise<Result>;
  /** The result as CSV (e.g. an import's report), for `GET …/{jobId}/result.csv` of its collection. */
  resultCsv?(result: Result, job: Job<Input, Result>): string;
}

import { migrate, Migration, SqlExecutor } from '@mutualis/shared/event-store';
import type { ProblemDetails } from '../errors/problem-details';
import type { CommandContext } from '../commands/command-context';
import { Job, JobStatus } from './job';

/** The jobs' table, in the service's schema, migrated as its own component like the idempotency records. */
export const JOB_MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'background jobs with their progress, checkpoint and lease',
    sql: (s) => `
      CREATE TABLE ${s}.jobs (
        job_id uuid PRIMARY KEY,
        kind text NOT NULL,
        consortium_id text,
        path text NOT NULL,
        status text NOT NULL CHECK (status IN ('queued', 'running', 'succeeded', 'failed')),
        input jsonb NOT NULL,
        file text,
        context jsonb NOT NULL,
        done integer NOT NULL DEFAULT 0,
        total integer,
        checkpoint jsonb,
        result jsonb,
        problem jsonb,
        attempts integer NOT NULL DEFAULT 0,
        lease_owner text,
        lease_until timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz
      );
      CREATE INDEX jobs_waiting ON ${s}.jobs (created_at) WHERE status IN ('queued', 'running');`,
  },
];

export interface NewJob {
  jobId: string;
  kind: string;
  /** The collection the job is read under, e.g. `/consortia/<id>/onboarding-imports`: its address is `<path>/<id>`. */
  path: string;
  /** Null for the platform's own work (a read model's rebuild), followed by the platform administrator. */
  consortiumId: string | null;
  input: unknown;
  file: string | null;
  context: CommandContext;
}

interface JobRow {
  job_id: string;
  kind: string;
  path: string;
  consortium_id: string | null;
  status: JobStatus;
  input: unknown;
  file?: string | null;
  context: CommandContext;
  done: number;
  total: number | null;
  checkpoint?: unknown;
  result?: unknown;
  problem: ProblemDetails | null;
  attempts: number;
  created_at: Date | string;
  started_at: Date | string | null;
  finished_at: Date | string | null;
}

/**
 * What reading a job returns: not its file and checkpoint, which only the instance that runs it needs, nor its
 * result (an audit bundle weighs megabytes), read only by the route that gives it.
 */
const COLUMNS = `job_id, kind, path, consortium_id, status, input, context, done, total, problem, attempts,
  created_at, started_at, finished_at`;

/**
 * Jobs in PostgreSQL, so that they survive a restart: a job is queued, then claimed by one instance under a lease
 * that its progress renews; a lease that lapses (its instance died) lets another instance take the job over, from
 * its last checkpoint. Plain SQL, the same on PostgreSQL and on the suite's embedded database.
 */
export class JobStore {
  private readonly table: string;

  constructor(
    private readonly sql: SqlExecutor,
    private readonly schema: string,
  ) {
    this.table = `${schema}.jobs`;
  }

  async prepare(): Promise<void> {
    await migrate(this.sql, this.schema, JOB_MIGRATIONS, 'jobs');
  }

  /** Queues a job; the same id queued again (a retried request) keeps the first. */
  async enqueue(job: NewJob): Promise<Job> {
    await this.sql.query(
      `INSERT INTO ${this.table} (job_id, kind, path, consortium_id, status, input, file, context)
       VALUES ($1, $2, $3, $4, 'queued', $5::jsonb, $6, $7::jsonb) ON CONFLICT (job_id) DO NOTHING`,
      [
        job.jobId,
        job.kind,
        job.path,
        job.consortiumId,
        JSON.stringify(job.input),
        job.file,
        JSON.stringify(job.context),
      ],
    );
    return (await this.find(job.jobId))!;
  }

  /** A job as its followers see it; with its result when asked (the route that gives the result). */
  async find(jobId: string, withResult = false): Promise<Job | null> {
    const { rows } = await this.sql.query<JobRow>(
      `SELECT ${COLUMNS}${withResult ? ', result' : ''} FROM ${this.table} WHERE job_id = $1`,
      [jobId],
    );
    return rows[0] ? jobOf(rows[0]) : null;
  }

  /**
   * Takes the oldest job waiting for an instance, under a lease of `leaseSeconds`: a queued job, or a running one
   * whose instance let its lease lapse. Null when there is none of the kinds this instance runs.
   */
  async claim(owner: string, kinds: string[], leaseSeconds: number): Promise<Job | null> {
    const { rows } = await this.sql.query<JobRow>(
      `UPDATE ${this.table} SET status = 'running', lease_owner = $1,
         lease_until = now() + make_interval(secs => $3), attempts = attempts + 1,
         started_at = coalesce(started_at, now())
       WHERE job_id = (
         SELECT job_id FROM ${this.table}
         WHERE kind = ANY($2::text[]) AND (status = 'queued' OR (status = 'running' AND lease_until < now()))
         ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
       RETURNING ${COLUMNS}, file, checkpoint`,
      [owner, kinds, leaseSeconds],
    );
    return rows[0] ? jobOf(rows[0]) : null;
  }

  /** Records progress and renews the lease; false when the lease is no longer this owner's. */
  async progress(
    jobId: string,
    owner: string,
    leaseSeconds: number,
    progress: { done: number; total: number | null; checkpoint: unknown },
  ): Promise<boolean> {
    const { rows } = await this.sql.query(
      `UPDATE ${this.table} SET done = $3, total = $4, checkpoint = $5::jsonb,
         lease_until = now() + make_interval(secs => $6)
       WHERE job_id = $1 AND lease_owner = $2 AND status = 'running' RETURNING 1`,
      [jobId, owner, progress.done, progress.total, JSON.stringify(progress.checkpoint), leaseSeconds],
    );
    return rows.length > 0;
  }

  /** Renews the lease of a job that is still working between two progress records. */
  async renew(jobId: string, owner: string, leaseSeconds: number): Promise<boolean> {
    const { rows } = await this.sql.query(
      `UPDATE ${this.table} SET lease_until = now() + make_interval(secs => $3)
       WHERE job_id = $1 AND lease_owner = $2 AND status = 'running' RETURNING 1`,
      [jobId, owner, leaseSeconds],
    );
    return rows.length > 0;
  }

  async succeed(jobId: string, owner: string, result: unknown): Promise<void> {
    await this.sql.query(
      `UPDATE ${this.table} SET status = 'succeeded', result = $3::jsonb, checkpoint = NULL, file = NULL,
         done = coalesce(total, done), lease_owner = NULL, lease_until = NULL, finished_at = now()
       WHERE job_id = $1 AND lease_owner = $2`,
      [jobId, owner, JSON.stringify(result)],
    );
  }

  async fail(jobId: string, owner: string, problem: ProblemDetails): Promise<void> {
    await this.sql.query(
      `UPDATE ${this.table} SET status = 'failed', problem = $3::jsonb, lease_owner = NULL, lease_until = NULL,
         finished_at = now()
       WHERE job_id = $1 AND lease_owner = $2`,
      [jobId, owner, JSON.stringify(problem)],
    );
  }

  /** Gives a job back to the queue, keeping its checkpoint: this instance stops, another (or the next) resumes. */
  async release(jobId: string, owner: string): Promise<void> {
    await this.sql.query(
      `UPDATE ${this.table} SET status = 'queued', lease_owner = NULL, lease_until = NULL
       WHERE job_id = $1 AND lease_owner = $2 AND status = 'running'`,
      [jobId, owner],
    );
  }
}

function jobOf(row: JobRow): Job {
  const instant = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());
  return {
    jobId: row.job_id,
    kind: row.kind,
    path: row.path,
    consortiumId: row.consortium_id,
    status: row.status,
    input: row.input,
    file: row.file ?? null,
    context: row.context,
    done: row.done,
    total: row.total,
    checkpoint: row.checkpoint ?? null,
    result: row.result ?? null,
    problem: row.problem,
    attempts: row.attempts,
    createdAt: instant(row.created_at)!,
    startedAt: instant(row.started_at),
    finishedAt: instant(row.finished_at),
  };
}

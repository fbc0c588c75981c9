import { Principal } from '@mutualis/shared/api/local';
import { Api, Problem, RequestRefused, ServiceName } from './client';

/** A job as the `202 Accepted` that started it and its address give it. */
export interface JobAnswer {
  jobId: string;
  kind: string;
  status: 'queued' | 'running' | 'succeeded' | 'failed';
  progress: { done: number; total: number | null };
  links: { self: string; events: string; result?: string };
  problem?: Problem & { status?: number };
}

/** How often a job's address is read while it runs. */
const POLL_MS = 250;

/**
 * Follows a job from its address (the `Location` of its 202, also its `links.self`) until it ends, `patienceMs` at
 * most, then reads its result; a job that failed is refused with its problem.
 */
export async function followJob<T>(
  api: Api,
  service: ServiceName,
  started: JobAnswer,
  as: Principal,
  patienceMs = 120_000,
): Promise<{ job: JobAnswer; result: T }> {
  const deadline = Date.now() + patienceMs;
  let job = started;
  while (job.status === 'queued' || job.status === 'running') {
    if (Date.now() > deadline) {
      throw new Error(`gave up waiting ${patienceMs} ms for the ${job.kind} job at ${job.links.self}`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    job = await api.get<JobAnswer>(service, job.links.self, as);
  }
  if (job.status === 'failed') {
    const problem = job.problem ?? {};
    throw new RequestRefused(
      service,
      `the ${job.kind} job at ${job.links.self}`,
      problem.status ?? 500,
      problem,
    );
  }
  return { job, result: await api.get<T>(service, job.links.result!, as) };
}

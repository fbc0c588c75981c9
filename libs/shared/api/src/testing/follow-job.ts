import type { ServiceApp } from './service-app';

/** A job as its routes answer it. */
export interface FollowedJob {
  jobId: string;
  kind: string;
  status: 'queued' | 'running' | 'succeeded' | 'failed';
  progress: { done: number; total: number | null };
  links: { self: string; events: string; result?: string; resultCsv?: string };
  problem?: { type: string; detail?: string };
}

/**
 * Follows a job from the `Location` of its 202 until it ends (two minutes at most), then reads its result when it
 * succeeded: what a client of a long-running command does.
 */
export async function followJob(
  service: Pick<ServiceApp, 'http'>,
  location: string,
  authorization: string,
): Promise<{ job: FollowedJob; result: unknown }> {
  for (let waited = 0; waited < 120_000; waited += 100) {
    const read = await service.http().get(location).set('Authorization', authorization);
    if (read.status !== 200) throw new Error(`GET ${location} answered ${read.status}: ${read.text}`);
    const job = read.body as FollowedJob;
    if (job.status === 'failed') return { job, result: null };
    if (job.status === 'succeeded') {
      const result = await service.http().get(job.links.result!).set('Authorization', authorization);
      return { job, result: result.body };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the job at ${location} did not end within two minutes`);
}

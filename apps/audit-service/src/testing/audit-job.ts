import type { OpenAPIObject } from '@nestjs/swagger';
import type { Response } from 'supertest';
import { FollowedJob, followJob, ResponseConformance } from '@mutualis/shared/api/testing';
import { AuditApp } from './audit-app';

/** The audit service's long work, started by a POST under the consortium. */
export type AuditJobRoute = 'verifications' | 'bundle-exports';

/** A job's result as the tests read any answer's body: JSON, checked against its schema before it is returned. */
type AuditJobResult = Response['body'];

/**
 * Starts a verification or a bundle export, expects `202` with the job's `Location`, follows the job to its end and
 * checks its result against the schema its operation documents (`x-mutualis-job-result`): the jobs' result route
 * documents any object, so the service's own check at close cannot.
 */
export async function runAuditJob(
  service: AuditApp,
  consortiumId: string,
  route: AuditJobRoute,
  authorization: string,
): Promise<{ job: FollowedJob; result: AuditJobResult; location: string }> {
  const started = await service
    .http()
    .post(`/consortia/${consortiumId}/${route}`)
    .set('Authorization', authorization);
  if (started.status !== 202) throw new Error(`POST ${route} answered ${started.status}: ${started.text}`);
  const location = started.headers['location']!;
  if (location !== `/consortia/${consortiumId}/${route}/${started.body.jobId}`) {
    throw new Error(`POST ${route} gave Location ${location} for job ${started.body.jobId}`);
  }
  const { job, result } = await followJob(service, location, authorization);
  if (job.status === 'succeeded') {
    const problems = await resultProblems(service, `/consortia/{consortiumId}/${route}`, result);
    if (problems.length > 0)
      throw new Error(`The result of ${route} is not as documented:\n${problems.join('\n')}`);
  }
  return { job, result, location };
}

async function resultProblems(service: AuditApp, path: string, result: unknown): Promise<string[]> {
  const document = (await service.http().get('/openapi.json')).body as OpenAPIObject;
  return new ResponseConformance(document).jobResultProblems('post', path, result);
}

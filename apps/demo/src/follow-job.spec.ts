import { Api, RequestRefused } from './client';
import { followJob, JobAnswer } from './follow-job';

const AUDITOR = { userId: 'auditor', role: 'auditor' as const, consortia: ['c'] };
const SELF = '/consortia/c/jobs/j';

function job(status: JobAnswer['status'], extra: Partial<JobAnswer> = {}): JobAnswer {
  return {
    jobId: 'j',
    kind: 'ledger-verification',
    status,
    progress: { done: 0, total: 7 },
    links: {
      self: SELF,
      events: `${SELF}/events`,
      ...(status === 'succeeded' ? { result: `${SELF}/result` } : {}),
    },
    ...extra,
  };
}

/** An Api answering each GET of a path with the next of its answers. */
function answering(answers: Record<string, unknown[]>): { api: Api; asked: string[] } {
  const asked: string[] = [];
  const api = {
    get: async (_service: string, path: string) => {
      asked.push(path);
      return answers[path]!.shift();
    },
  } as unknown as Api;
  return { api, asked };
}

describe('following a job the demo started', () => {
  it('reads its address until it ends, then its result', async () => {
    const { api, asked } = answering({
      [SELF]: [job('running'), job('succeeded', { progress: { done: 7, total: 7 } })],
      [`${SELF}/result`]: [{ ok: true }],
    });
    const { job: ended, result } = await followJob(api, 'audit', job('queued'), AUDITOR);
    expect(ended.progress).toEqual({ done: 7, total: 7 });
    expect(result).toEqual({ ok: true });
    expect(asked).toEqual([SELF, SELF, `${SELF}/result`]);
  });

  it('refuses a job that failed, with its problem', async () => {
    const problem = { type: 'urn:mutualis:rule:not-found', detail: 'No such ledger.', status: 404 };
    const { api } = answering({ [SELF]: [job('failed', { problem })] });
    const refusal = await followJob(api, 'audit', job('queued'), AUDITOR).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(RequestRefused);
    expect(refusal).toMatchObject({ status: 404, rule: 'not-found' });
  });

  it('gives up once its patience has run out', async () => {
    const { api } = answering({ [SELF]: [] });
    await expect(followJob(api, 'audit', job('running'), AUDITOR, -1)).rejects.toThrow(
      `gave up waiting -1 ms for the ledger-verification job at ${SELF}`,
    );
  });
});

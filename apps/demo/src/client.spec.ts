import { RequestRefused } from './client';

describe('a refusal from a service', () => {
  it('names the rule and its article', () => {
    const refusal = new RequestRefused('tender', 'POST /consortia/c/tenders/t/lots/1/signature', 422, {
      type: 'urn:mutualis:rule:standstill-not-observed',
      detail: 'The délai de suspension runs until 2027-03-08.',
      legalReference: 'R2182-1',
    });
    expect(refusal.rule).toBe('standstill-not-observed');
    expect(refusal.message).toBe(
      'tender refused POST /consortia/c/tenders/t/lots/1/signature: standstill-not-observed (R2182-1): ' +
        'The délai de suspension runs until 2027-03-08.',
    );
  });

  it('falls back on the HTTP status when the answer names no rule', () => {
    const refusal = new RequestRefused('audit', 'GET /consortia/c/ocds/t', 502, { detail: 'Bad gateway' });
    expect(refusal.rule).toBeUndefined();
    expect(refusal.message).toBe('audit refused GET /consortia/c/ocds/t: HTTP 502: Bad gateway');
  });
});

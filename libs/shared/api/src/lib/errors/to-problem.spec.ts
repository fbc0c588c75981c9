import {
  BadRequestException,
  ConflictException,
  NotFoundException,
  ServiceUnavailableException,
} from '@nestjs/common';
import {
  ConflictingRetryError,
  DomainError,
  StreamArchivedError,
  WrongExpectedVersionError,
} from '@mutualis/shared/event-sourcing';
import { ProblemException } from './problem.exception';
import { fromHttpError, toProblem } from './to-problem';

class AmendmentCapError extends Error {
  readonly refusal = {
    rule: 'de-minimis-cap-exceeded',
    legalReference: 'R2194-8',
    values: { initialAmountCents: 100, requestedCents: 10 },
  };
}

/** An error as body-parser raises it (http-errors). */
function parserError(status: number, type: string, extra: Record<string, unknown> = {}): Error {
  return Object.assign(new Error(`${type} happened`), { status, expose: true, type, ...extra });
}

const noIfMatch = { ifMatch: false };

describe('the mapping of errors to problem details', () => {
  it('answers a domain refusal with 422, a rule type URI, the CCP article and the values that broke it', () => {
    const { problem, unexpected } = toProblem(new AmendmentCapError('cap reached (R2194-8)'), noIfMatch);
    expect(unexpected).toBe(false);
    expect(problem).toEqual({
      type: 'urn:mutualis:rule:de-minimis-cap-exceeded',
      title: 'Refused by a business rule',
      status: 422,
      detail: 'cap reached (R2194-8)',
      legalReference: 'R2194-8',
      values: { initialAmountCents: 100, requestedCents: 10 },
    });
  });

  it('answers a DomainError of the event-sourcing library the same way', () => {
    class WithdrawalTooLate extends DomainError {
      constructor() {
        super('Withdrawal is effective at the end of the current year at the earliest', {
          rule: 'withdrawal-notice',
          legalReference: 'CGCT L1414-3',
        });
      }
    }
    const { problem, unexpected } = toProblem(new WithdrawalTooLate(), noIfMatch);
    expect(unexpected).toBe(false);
    expect(problem).toMatchObject({
      type: 'urn:mutualis:rule:withdrawal-notice',
      status: 422,
      legalReference: 'CGCT L1414-3',
      detail: 'Withdrawal is effective at the end of the current year at the earliest',
    });
  });

  it('does not take an error with a malformed refusal for a domain refusal', () => {
    const impostor = Object.assign(new Error('x'), { refusal: { rule: 'Not A Code' } });
    expect(toProblem(impostor, noIfMatch).problem.status).toBe(500);
  });

  it('answers a concurrent append with 409 when the caller sent no If-Match', () => {
    const { problem } = toProblem(new WrongExpectedVersionError('tender-1', 3, 4), noIfMatch);
    expect(problem).toMatchObject({
      type: 'urn:mutualis:problem:version-conflict',
      status: 409,
      currentVersion: 4,
    });
  });

  it('answers a version mismatch with 412 when the caller sent If-Match', () => {
    const { problem } = toProblem(new WrongExpectedVersionError('tender-1', 3, 4), { ifMatch: true });
    expect(problem).toMatchObject({
      type: 'urn:mutualis:problem:version-mismatch',
      status: 412,
      expectedVersion: 3,
      currentVersion: 4,
    });
    expect(JSON.stringify(problem)).not.toContain('tender-1');
  });

  it('answers an archived stream and a mismatched retry with 409', () => {
    expect(toProblem(new StreamArchivedError('s'), noIfMatch).problem.type).toBe(
      'urn:mutualis:problem:stream-archived',
    );
    expect(toProblem(new ConflictingRetryError('s', ['e']), noIfMatch).problem.status).toBe(409);
  });

  it("keeps a ProblemException's problem and headers as they are", () => {
    const exception = new ProblemException(
      'unauthenticated',
      'Send a token.',
      {},
      { 'WWW-Authenticate': 'Bearer' },
    );
    expect(toProblem(exception, noIfMatch)).toEqual({
      problem: exception.problem,
      headers: { 'WWW-Authenticate': 'Bearer' },
      unexpected: false,
    });
  });

  it('answers a Nest ConflictException with the generic conflict type, not a version conflict', () => {
    expect(toProblem(new ConflictException('taken'), noIfMatch).problem.type).toBe(
      'urn:mutualis:problem:conflict',
    );
  });

  it("maps Nest's own 4xx exceptions by status", () => {
    expect(toProblem(new NotFoundException('Cannot GET /x'), noIfMatch).problem).toMatchObject({
      type: 'urn:mutualis:problem:not-found',
      status: 404,
      detail: 'Cannot GET /x',
    });
    expect(
      toProblem(new BadRequestException('Validation failed (uuid is expected)'), noIfMatch).problem.type,
    ).toBe('urn:mutualis:problem:bad-request');
  });

  it('answers any other error with a 500 that tells nothing of it, marked unexpected for the logs', () => {
    const mapped = toProblem(
      new TypeError("Cannot read properties of undefined (reading 'rows')"),
      noIfMatch,
    );
    expect(mapped.unexpected).toBe(true);
    expect(mapped.problem).toEqual({
      type: 'urn:mutualis:problem:internal-error',
      title: 'Internal error',
      status: 500,
      detail: 'An unexpected error occurred. Quote the correlation id to support.',
    });
    expect(toProblem('a thrown string', noIfMatch).problem.status).toBe(500);
  });

  it('keeps the status of a 5xx HttpException but not its message', () => {
    const mapped = toProblem(new ServiceUnavailableException('pool exhausted at db-3'), noIfMatch);
    expect(mapped.unexpected).toBe(true);
    expect(mapped.problem.status).toBe(503);
    expect(JSON.stringify(mapped.problem)).not.toContain('db-3');
  });
});

describe('the problems of body-parser errors', () => {
  const problemOf = (error: Error) => toProblem(fromHttpError(error) ?? error, noIfMatch).problem;

  it('answers malformed JSON with 400 malformed-json', () => {
    expect(problemOf(parserError(400, 'entity.parse.failed'))).toMatchObject({
      type: 'urn:mutualis:problem:malformed-json',
      status: 400,
    });
  });

  it('answers an oversized body with 413 and the limit', () => {
    expect(problemOf(parserError(413, 'entity.too.large', { limit: 1024 }))).toMatchObject({
      type: 'urn:mutualis:problem:payload-too-large',
      status: 413,
      limitBytes: 1024,
    });
  });

  it('answers an unsupported charset or encoding with 415', () => {
    expect(problemOf(parserError(415, 'charset.unsupported')).status).toBe(415);
    expect(problemOf(parserError(415, 'encoding.unsupported')).status).toBe(415);
  });

  it('keeps the status of another client error, as about:blank when the platform has no type for it', () => {
    expect(problemOf(parserError(400, 'request.aborted')).type).toBe('urn:mutualis:problem:bad-request');
    expect(problemOf(parserError(411, 'length.required'))).toMatchObject({
      type: 'about:blank',
      title: 'Length Required',
      status: 411,
    });
  });

  it('leaves errors that are not exposed 4xx errors to the general mapping', () => {
    expect(fromHttpError(new Error('boom'))).toBeUndefined();
    expect(fromHttpError(Object.assign(new Error('x'), { status: 500, expose: false }))).toBeUndefined();
  });
});

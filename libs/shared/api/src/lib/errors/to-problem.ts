import { HttpException } from '@nestjs/common';
import {
  ConflictingRetryError,
  StreamArchivedError,
  WrongExpectedVersionError,
} from '@mutualis/shared/event-sourcing';
import { isDomainRefusal } from './domain-refusal';
import { ProblemDetails } from './problem-details';
import { ProblemException } from './problem.exception';
import { problemOfStatus, RULE_REFUSAL_TITLE, RULE_TYPE_PREFIX } from './problem-types';

export interface MappedProblem {
  problem: ProblemDetails;
  headers: Record<string, string>;
  /** Not a refusal but a fault: logged with its stack, answered without internals. */
  unexpected: boolean;
}

/** What the platform knows of the request when it maps an error: whether the caller sent If-Match. */
export interface ErrorContext {
  ifMatch: boolean;
}

/** The one mapping from an error to the problem details it leaves as (architecture §6). */
export function toProblem(error: unknown, context: ErrorContext): MappedProblem {
  const expected = (exception: ProblemException): MappedProblem => ({
    problem: exception.problem,
    headers: exception.headers,
    unexpected: false,
  });

  if (isDomainRefusal(error)) {
    const { rule, legalReference, values } = error.refusal;
    return {
      problem: {
        type: `${RULE_TYPE_PREFIX}${rule}`,
        title: RULE_REFUSAL_TITLE,
        status: 422,
        detail: error.message,
        ...(legalReference ? { legalReference } : {}),
        ...(values ? { values } : {}),
      },
      headers: {},
      unexpected: false,
    };
  }
  if (error instanceof WrongExpectedVersionError) return expected(versionProblem(error, context));
  if (error instanceof StreamArchivedError) {
    return expected(
      new ProblemException('stream-archived', 'The resource is archived: it accepts no change.'),
    );
  }
  if (error instanceof ConflictingRetryError) {
    return expected(
      new ProblemException(
        'conflict',
        'A retried command does not match its first attempt; read the resource again.',
      ),
    );
  }
  const exception = fromHttpError(error) ?? error;
  if (exception instanceof ProblemException) return expected(exception);
  if (exception instanceof HttpException && exception.getStatus() < 500) {
    return {
      problem: problemOfStatus(exception.getStatus(), exception.message),
      headers: {},
      unexpected: false,
    };
  }
  const status = exception instanceof HttpException ? exception.getStatus() : 500;
  return {
    problem: problemOfStatus(status, 'An unexpected error occurred. Quote the correlation id to support.'),
    headers: {},
    unexpected: true,
  };
}

function versionProblem(error: WrongExpectedVersionError, context: ErrorContext): ProblemException {
  if (context.ifMatch) {
    return new ProblemException(
      'version-mismatch',
      `The resource is at version ${error.actual}, not the one given in If-Match; read it again before changing it.`,
      { expectedVersion: error.expected, currentVersion: error.actual },
    );
  }
  return new ProblemException(
    'version-conflict',
    'The resource was changed by another request meanwhile; read it again and retry.',
    { currentVersion: error.actual },
  );
}

/** An error raised by Express middleware (body-parser's http-errors): a 4xx status, meant to be shown. */
interface ExposedHttpError extends Error {
  status: number;
  expose: true;
  type?: string;
  limit?: number;
}

function isExposedHttpError(error: unknown): error is ExposedHttpError {
  if (!(error instanceof Error) || !('status' in error) || !('expose' in error)) return false;
  return (
    typeof error.status === 'number' && error.status >= 400 && error.status < 500 && error.expose === true
  );
}

/**
 * The exception for an error of the body parser or another Express middleware (a ProblemException when the
 * platform has a problem type for it); undefined for any other error.
 */
export function fromHttpError(error: unknown): HttpException | undefined {
  if (!isExposedHttpError(error)) return undefined;
  switch (error.type) {
    case 'entity.parse.failed':
      return new ProblemException('malformed-json', `The body is not valid JSON: ${error.message}.`);
    case 'entity.too.large':
      if (error.limit === undefined)
        return new ProblemException('payload-too-large', 'The body is too large.');
      return new ProblemException(
        'payload-too-large',
        `The body is larger than the limit of ${error.limit} bytes.`,
        { limitBytes: error.limit },
      );
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return new ProblemException('unsupported-media-type', `${error.message}; send UTF-8 JSON.`);
    default:
      return new HttpException(error.message, error.status);
  }
}

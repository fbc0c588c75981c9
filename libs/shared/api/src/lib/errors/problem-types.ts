import { STATUS_CODES } from 'node:http';
import { ProblemDetails } from './problem-details';

/**
 * The platform's problem types. A type URI never changes once published: clients branch on it. `urn:` URIs because
 * they name a kind of problem, they are not pages to fetch; the OpenAPI document describes each one.
 */
export const PROBLEM_TYPE_PREFIX = 'urn:mutualis:problem:';
/** Refusals by a domain rule: `urn:mutualis:rule:<rule code>`. */
export const RULE_TYPE_PREFIX = 'urn:mutualis:rule:';

export const PROBLEM_CATALOGUE = {
  'bad-request': { status: 400, title: 'Bad request' },
  'validation-failed': { status: 400, title: 'The request is not valid' },
  'malformed-json': { status: 400, title: 'The body is not valid JSON' },
  unauthenticated: { status: 401, title: 'Authentication required' },
  forbidden: { status: 403, title: 'Access denied' },
  'not-found': { status: 404, title: 'Not found' },
  'method-not-allowed': { status: 405, title: 'Method not allowed' },
  'version-conflict': { status: 409, title: 'The resource was changed meanwhile' },
  'stream-archived': { status: 409, title: 'The resource is archived' },
  'idempotency-key-in-use': { status: 409, title: 'A request with this Idempotency-Key is still running' },
  conflict: { status: 409, title: 'Conflict' },
  'job-not-finished': { status: 409, title: 'The job has no result yet' },
  'version-mismatch': { status: 412, title: 'The resource is not at the version given in If-Match' },
  'payload-too-large': { status: 413, title: 'The body is too large' },
  'unsupported-media-type': { status: 415, title: 'The body must be JSON' },
  'idempotency-key-reused': { status: 422, title: 'This Idempotency-Key was used for another request' },
  unprocessable: { status: 422, title: 'Unprocessable request' },
  'too-many-requests': { status: 429, title: 'Too many requests' },
  'internal-error': { status: 500, title: 'Internal error' },
  'not-ready': { status: 503, title: 'The service is not ready' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemCode = keyof typeof PROBLEM_CATALOGUE;

/** Title of every rule refusal; the rule itself is in `type`, `legalReference` and `detail`. */
export const RULE_REFUSAL_TITLE = 'Refused by a business rule';

/** The type URI of a platform problem. */
export function problemType(code: ProblemCode): string {
  return `${PROBLEM_TYPE_PREFIX}${code}`;
}

/** The platform problem that stands for a bare HTTP status, when an error says nothing more specific. */
const PROBLEM_OF_STATUS: Partial<Record<number, ProblemCode>> = {
  400: 'bad-request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  409: 'conflict',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  422: 'unprocessable',
  429: 'too-many-requests',
  500: 'internal-error',
  503: 'not-ready',
};

/**
 * The problem details of a bare HTTP status: the platform's problem for it, or RFC 9457's `about:blank` with the
 * status's own phrase for a status the platform has no problem of its own for.
 */
export function problemOfStatus(status: number, detail: string): ProblemDetails {
  const code = PROBLEM_OF_STATUS[status];
  if (code) return { type: problemType(code), title: PROBLEM_CATALOGUE[code].title, status, detail };
  return { type: 'about:blank', title: STATUS_CODES[status] ?? 'Error', status, detail };
}

/** The media type of every error response (RFC 9457). */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** One invalid field of a request: its path in the body (`lots.0.amountCents`) and what is wrong with it. */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * RFC 9457 problem details, the body of every error a Mutualis API returns. `type` is stable: clients branch on it,
 * never on `title` or `detail`. Extension members carry the specifics (`errors`, `legalReference`, `values`…).
 */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  /** The request's correlation id (`X-Request-Id`), the one to quote to support. */
  correlationId?: string;
  [extension: string]: unknown;
}

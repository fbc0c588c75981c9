import { HttpException } from '@nestjs/common';
import { ProblemDetails } from './problem-details';
import { PROBLEM_CATALOGUE, ProblemCode, problemType } from './problem-types';

/**
 * How endpoints and the platform refuse a request at the HTTP level (not found, forbidden…): a problem of the
 * catalogue, a detail for the reader, and extension members. Domain rules refuse with a `DomainRefusal` instead.
 */
export class ProblemException extends HttpException {
  readonly problem: ProblemDetails;

  constructor(
    readonly code: ProblemCode,
    detail: string,
    extensions: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    const { status, title } = PROBLEM_CATALOGUE[code];
    super(detail, status);
    this.problem = { type: problemType(code), title, status, detail, ...extensions };
    this.name = 'ProblemException';
  }
}

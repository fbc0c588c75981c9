import { ArgumentsHost, Catch, ExceptionFilter, Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { correlationIdOf, HttpRequest, HttpResponse } from '../http/http-types';
import { PROBLEM_CONTENT_TYPE } from './problem-details';
import { toProblem } from './to-problem';

/**
 * The global exception filter: every error, from a guard, a pipe, a handler or the body parser, leaves as
 * `application/problem+json` carrying the correlation id. Faults are logged with their stack; the caller sees none
 * of it.
 */
@Catch()
@Injectable()
export class ProblemFilter implements ExceptionFilter {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<HttpRequest>();
    const response = host.switchToHttp().getResponse<HttpResponse>();
    const { problem, headers, unexpected } = toProblem(error, {
      ifMatch: request.headers['if-match'] !== undefined,
    });
    if (unexpected) request.log.error({ err: error }, 'unexpected error while handling the request');
    if (response.headersSent) {
      // Part of a response is already out: the only honest signal left is to cut the connection.
      response.destroy();
      return;
    }
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    response.setHeader('Content-Type', PROBLEM_CONTENT_TYPE);
    this.adapterHost.httpAdapter.reply(
      response,
      { ...problem, correlationId: correlationIdOf(request) },
      problem.status,
    );
  }
}

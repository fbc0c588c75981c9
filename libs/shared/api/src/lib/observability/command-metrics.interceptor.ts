import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Observable, tap } from 'rxjs';
import { COMMAND_KEY } from '../commands/command-endpoint.decorator';
import { RULE_TYPE_PREFIX } from '../errors/problem-types';
import { toProblem } from '../errors/to-problem';
import { HttpRequest, HttpResponse } from '../http/http-types';
import { REPLAYED_HEADER } from '../idempotency/idempotency.interceptor';
import { CommandOutcome, PlatformMetrics } from './platform-metrics';

/** Counts the result of every endpoint declared with `@CommandEndpoint`, classified as its problem would be. */
@Injectable()
export class CommandMetricsInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly metrics: PlatformMetrics,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const command = this.reflector.get<string | undefined>(COMMAND_KEY, context.getHandler());
    if (!command) return next.handle();
    const request = context.switchToHttp().getRequest<HttpRequest>();
    const response = context.switchToHttp().getResponse<HttpResponse>();
    return next.handle().pipe(
      tap({
        next: () =>
          this.metrics.countCommand(command, response.hasHeader(REPLAYED_HEADER) ? 'replayed' : 'accepted'),
        error: (error: unknown) =>
          this.metrics.countCommand(command, outcomeOf(error, request.headers['if-match'] !== undefined)),
      }),
    );
  }
}

function outcomeOf(error: unknown, ifMatch: boolean): CommandOutcome {
  const { problem, unexpected } = toProblem(error, { ifMatch });
  if (unexpected) return 'failed';
  if (problem.type.startsWith(RULE_TYPE_PREFIX)) return 'refused';
  if (problem.status === 409 || problem.status === 412) return 'conflict';
  return 'invalid';
}

import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { map, Observable } from 'rxjs';
import { HttpRequest, HttpResponse } from '../http/http-types';
import { LOCATION_KEY } from './command-endpoint.decorator';

/**
 * Sets `Location` on the answer of a command that creates a resource (`@CommandEndpoint(…, { location })`), from the
 * route's parameters and the answer's body. Runs inside the idempotency interceptor, so a replay repeats it.
 */
@Injectable()
export class LocationInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const template = this.reflector.get<string | undefined>(LOCATION_KEY, context.getHandler());
    if (!template) return next.handle();
    const http = context.switchToHttp();
    const request = http.getRequest<HttpRequest>();
    const response = http.getResponse<HttpResponse>();
    return next.handle().pipe(
      map((body: unknown) => {
        const path = resolveLocation(template, request.params ?? {}, body);
        if (path) response.setHeader('Location', path);
        return body;
      }),
    );
  }
}

/** The template with each `{name}` filled from the parameters or the body; null when one has no value. */
export function resolveLocation(
  template: string,
  params: Record<string, string | undefined>,
  body: unknown,
): string | null {
  const fields = (body ?? {}) as Record<string, unknown>;
  let missing = false;
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name] ?? fields[name];
    if (typeof value !== 'string' && typeof value !== 'number') missing = true;
    return encodeURIComponent(String(value));
  });
  return missing ? null : path;
}

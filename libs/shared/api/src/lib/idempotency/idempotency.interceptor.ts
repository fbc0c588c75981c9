import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { catchError, finalize, from, mergeMap, Observable, of } from 'rxjs';
import { ProblemException } from '../errors/problem.exception';
import { HttpRequest, HttpResponse } from '../http/http-types';
import { PlatformConfig } from '../config/platform-config';
import { fingerprintKey, idempotencyKeyOf, requestFingerprint } from './idempotency-key';
import { IdempotencyStore } from './idempotency-store';

/** Set on a response that repeats the stored answer to an earlier request with the same key. */
export const REPLAYED_HEADER = 'Idempotent-Replayed';
/** Headers of a first response that a replay must repeat. */
const REPLAYED_HEADERS = ['location', 'etag', 'content-location'];
/** Keys of requests made without a token (public endpoints) share this scope. */
const ANONYMOUS = '(anonymous)';

/**
 * `Idempotency-Key` on every POST: the first request with a key runs and its response is stored; a repeat gets the
 * same response without running anything; the same key with another method, path or body is a 422; a repeat
 * while the first still runs is a 409 whose `Retry-After` says how many seconds are left of the first one's lease
 * (renewed while it runs, so a claim left by an instance that died blocks its key no longer than that). Keys are
 * scoped to the caller (the token's user).
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly fingerprintKey: Buffer | undefined;

  constructor(
    private readonly store: IdempotencyStore,
    config: PlatformConfig,
  ) {
    const secret = config.fingerprintSecret();
    this.fingerprintKey = secret === undefined ? undefined : fingerprintKey(secret);
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<HttpRequest>();
    const response = context.switchToHttp().getResponse<HttpResponse>();
    const key = request.method === 'POST' ? idempotencyKeyOf(request.headers['idempotency-key']) : undefined;
    if (key === undefined) return next.handle();

    const scope = request.principal?.userId ?? ANONYMOUS;
    const fingerprint = requestFingerprint('POST', request.originalUrl, request.body, this.fingerprintKey);
    const claim = await this.store.claim(scope, key, fingerprint);
    switch (claim.outcome) {
      case 'reused':
        throw new ProblemException(
          'idempotency-key-reused',
          'This Idempotency-Key was already used for another request (method, path or body); use a new key.',
        );
      case 'in-progress':
        throw new ProblemException(
          'idempotency-key-in-use',
          `The first request with this Idempotency-Key is still running; retry in ${claim.retryAfterSeconds} s.`,
          {},
          { 'Retry-After': String(claim.retryAfterSeconds) },
        );
      case 'replay':
        for (const [name, value] of Object.entries(claim.response.headers)) response.setHeader(name, value);
        response.setHeader(REPLAYED_HEADER, 'true');
        response.statusCode = claim.response.statusCode;
        return of(claim.response.body);
      case 'claimed': {
        const renewal = this.renewWhileRunning(scope, key, request);
        return next.handle().pipe(
          mergeMap(async (body: unknown) => {
            await this.store.complete(scope, key, {
              statusCode: response.statusCode,
              headers: replayedHeadersOf(response),
              body,
            });
            return body;
          }),
          catchError((error: unknown) =>
            from(
              this.store
                .release(scope, key)
                .catch((releaseError: unknown) =>
                  request.log.warn({ err: releaseError }, 'could not release an idempotency key'),
                )
                .then(() => {
                  throw error;
                }),
            ),
          ),
          finalize(() => clearInterval(renewal)),
        );
      }
    }
  }

  /** Renews this instance's lease on the key a few times per lease, until the request is done. */
  private renewWhileRunning(scope: string, key: string, request: HttpRequest): NodeJS.Timeout {
    const renewal = setInterval(
      () =>
        void this.store
          .renew(scope, key)
          .catch((error: unknown) => request.log.warn({ err: error }, 'could not renew an idempotency key')),
      (this.store.leaseSeconds * 1000) / 3,
    );
    renewal.unref();
    return renewal;
  }
}

function replayedHeadersOf(response: HttpResponse): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name of REPLAYED_HEADERS) {
    const value = response.getHeader(name);
    if (typeof value === 'string') headers[name] = value;
  }
  return headers;
}

import { createHash } from 'node:crypto';
import { canonicalJson } from '@mutualis/shared/contracts';
import { ProblemException } from '../errors/problem.exception';

const KEY = /^[\x21\x23-\x7e]{1,255}$/;

/**
 * The key of an `Idempotency-Key` header, sent as a structured-field string (`"8e03978e-…"`) or bare. Undefined
 * without the header; 400 when it is not 1 to 255 visible ASCII characters.
 */
export function idempotencyKeyOf(header: string | string[] | undefined): string | undefined {
  if (header === undefined) return undefined;
  const raw = typeof header === 'string' ? header.trim() : '';
  const key = raw.length > 2 && raw.startsWith('"') && raw.endsWith('"') ? raw.slice(1, -1) : raw;
  if (!KEY.test(key)) {
    throw new ProblemException(
      'bad-request',
      'Idempotency-Key must be 1 to 255 visible ASCII characters without quotes inside, e.g. a UUID.',
    );
  }
  return key;
}

/**
 * What makes two requests the same request: method, path with query, and body. The body is compared in canonical
 * JSON, so the same fields sent in another order are the same request.
 */
export function requestFingerprint(method: string, url: string, body: unknown): string {
  return createHash('sha256')
    .update(`${method} ${url}\n${canonicalJson(body ?? null)}`)
    .digest('hex');
}

import { unstorableText } from '@mutualis/shared/contracts';
import type { IncomingMessage } from 'node:http';
import { ProblemException } from '../errors/problem.exception';
import { isFileMediaType } from './file-upload';

/** JSON nests no deeper than this: deeper bodies would only serve to exhaust recursive code downstream. */
const MAX_DEPTH = 64;

/** True when the request says its body is JSON: `application/json` or an `application/…+json` type. */
export function isJsonRequest(request: IncomingMessage): boolean {
  const mediaType = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  return mediaType === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(mediaType);
}

/** True when the request carries a body, whatever its type. */
export function hasBody(request: IncomingMessage): boolean {
  return (
    request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] ?? 0) > 0
  );
}

/**
 * The refusal for a request body that must not go further: a body that is not JSON (415; a file goes on to its
 * endpoint, which refuses it unless it takes files, see FileUploadInterceptor), or JSON that no store
 * can keep (400): a string with U+0000 or a number out of range, which PostgreSQL's jsonb and the canonical JSON of
 * the event hashes both refuse, or nesting past MAX_DEPTH. Undefined when the body may go on.
 */
export function bodyRefusal(request: IncomingMessage & { body?: unknown }): ProblemException | undefined {
  if (hasBody(request) && !isJsonRequest(request) && !isFileMediaType(request)) {
    return new ProblemException(
      'unsupported-media-type',
      'Send the body as JSON, with Content-Type: application/json.',
    );
  }
  const fault = unstorable(request.body);
  return fault ? new ProblemException('malformed-json', `The body cannot be accepted: ${fault}.`) : undefined;
}

/**
 * The refusal for a query string holding text no store can keep (U+0000, a lone surrogate): it would reach
 * PostgreSQL as a parameter and fail there. Undefined when the query may go on.
 */
export function queryRefusal(request: IncomingMessage & { query?: unknown }): ProblemException | undefined {
  const fault = unstorable(request.query);
  return fault
    ? new ProblemException('bad-request', `The query string cannot be accepted: ${fault}.`)
    : undefined;
}

/** Walks the parsed body without recursion, so that depth is checked before anything recursive sees it. */
function unstorable(body: unknown): string | undefined {
  const pending: { value: unknown; depth: number }[] = [{ value: body, depth: 0 }];
  while (pending.length > 0) {
    const { value, depth } = pending.pop()!;
    if (typeof value === 'string') {
      const fault = unstorableText(value);
      if (fault) return fault;
    }
    if (typeof value === 'number' && !Number.isFinite(value)) return 'numbers must be finite';
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_DEPTH) return `values may not nest deeper than ${MAX_DEPTH} levels`;
    for (const [key, child] of Object.entries(value)) {
      const fault = unstorableText(key);
      if (fault) return fault;
      pending.push({ value: child, depth: depth + 1 });
    }
  }
  return undefined;
}

import type { ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { HttpRequest } from '@mutualis/shared/api';

/** What the console may say to a service, besides the token the access context adds. */
const FORWARDED_REQUEST_HEADERS = [
  'accept',
  'accept-language',
  'content-type',
  'content-disposition',
  'if-match',
  'if-none-match',
  'idempotency-key',
  'x-request-id',
];

/** What is not passed back: the connection's own headers, and what fetch has already undone (compression). */
const DROPPED_ANSWER_HEADERS = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-encoding',
  'content-length',
]);

/**
 * Sends the console's request to a service with the token minted for it, and its answer back unchanged (status,
 * headers, body, problem+json), streaming bodies both ways: an onboarding file goes through without being held.
 * A `Location` of the service becomes the console's address of the same resource (`/api/<service>/…`).
 */
export async function forward(
  request: HttpRequest,
  response: ServerResponse,
  target: { url: URL; prefix: string },
  token: string,
): Promise<void> {
  const headers = new Headers({ authorization: `Bearer ${token}` });
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = request.headers[name];
    if (typeof value === 'string') headers.set(name, value);
  }
  const hasBody = !['GET', 'HEAD'].includes(request.method ?? 'GET');
  const parsed = request.body !== undefined;
  const answer = await fetch(target.url, {
    method: request.method,
    headers,
    redirect: 'manual',
    ...(hasBody
      ? parsed
        ? { body: JSON.stringify(request.body) }
        : { body: Readable.toWeb(request) as ReadableStream, duplex: 'half' }
      : {}),
  } as RequestInit);
  response.statusCode = answer.status;
  answer.headers.forEach((value, name) => {
    if (DROPPED_ANSWER_HEADERS.has(name) || name === 'set-cookie') return;
    response.setHeader(name, name === 'location' ? consoleLocation(value, target) : value);
  });
  if (!answer.body) {
    response.end();
    return;
  }
  await pipeline(Readable.fromWeb(answer.body as never), response);
}

/** A service's `Location` (a path, or its absolute address), as the console's address of the same resource. */
export function consoleLocation(location: string, target: { url: URL; prefix: string }): string {
  const resolved = new URL(location, target.url);
  if (resolved.origin !== target.url.origin) return location;
  return `${target.prefix}${resolved.pathname}${resolved.search}`;
}

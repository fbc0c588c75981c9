import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Principal } from '../auth/principal';

/**
 * The parts of an Express request the platform reads. Express's own type package is not in the workspace, so this
 * names them on Node's request; pino-http adds `id` (the correlation id) and `log` (the request's logger).
 */
export interface HttpRequest extends IncomingMessage {
  body?: unknown;
  params: Record<string, string | undefined>;
  originalUrl: string;
  baseUrl?: string;
  route?: { path: string };
  /** Set by the access guard once the bearer token is verified. */
  principal?: Principal;
}

export type HttpResponse = ServerResponse;

/** The request's correlation id, given by `X-Request-Id` or generated (see correlation-id.ts). */
export function correlationIdOf(request: IncomingMessage): string {
  return String(request.id);
}

import type { ActingRole } from '../session/me';

/** In whose name a page calls the services. */
export interface Acting {
  role?: ActingRole;
  consortiumId?: string;
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The headers the access service reads on a call: the session's CSRF token on writes, the role the page acts in, and
 * the groupement when the path does not name it (`/consortia/{id}/…` does).
 */
export function accessHeaders(
  method: string,
  path: string,
  acting: Acting,
  csrfToken: string | null,
): Record<string, string> {
  const headers: Record<string, string> = {};
  if (WRITES.has(method.toUpperCase()) && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  if (acting.role) headers['X-Mutualis-Role'] = acting.role;
  if (acting.consortiumId && !/\/consortia\/[^/]+/.test(path)) {
    headers['X-Mutualis-Consortium'] = acting.consortiumId;
  }
  return headers;
}

// What every call to the access service needs from the session, kept outside React so that the API clients'
// middleware reads it: the CSRF token of `GET /me`, and who to tell when the session has expired.

let csrfToken: string | null = null;
let onUnauthorized: () => void = () => undefined;

/** Remembers the CSRF token of the session (`GET /me`'s csrfToken), sent on every write. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function currentCsrfToken(): string | null {
  return csrfToken;
}

/** Who to call when a service answers 401: the session has expired or was ended elsewhere. */
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

export function sessionExpired(): void {
  onUnauthorized();
}

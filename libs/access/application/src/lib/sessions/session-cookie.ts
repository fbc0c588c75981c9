import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The cookies of the console's origin: the session's id, and the `state` of a sign-in under way (which binds the
 * provider's answer to the browser that asked). httpOnly, SameSite=Lax (the provider's redirect back is a cross-site
 * navigation), Secure unless the console is served over plain http on this machine; `__Host-` names when Secure.
 */
export class ConsoleCookies {
  private readonly secure: boolean;

  constructor(consoleUrl: string) {
    this.secure = new URL(consoleUrl).protocol === 'https:';
  }

  get sessionName(): string {
    return this.secure ? '__Host-mutualis_session' : 'mutualis_session';
  }

  get signInName(): string {
    return this.secure ? '__Host-mutualis_sign_in' : 'mutualis_sign_in';
  }

  read(request: IncomingMessage, name: string): string | null {
    for (const part of (request.headers.cookie ?? '').split(';')) {
      const [key, ...value] = part.trim().split('=');
      if (key === name) return decodeURIComponent(value.join('='));
    }
    return null;
  }

  /** Adds a cookie to the answer; `maxAgeSeconds` 0 removes it. */
  set(response: ServerResponse, name: string, value: string, maxAgeSeconds: number): void {
    const attributes = [
      `${name}=${encodeURIComponent(value)}`,
      'Path=/',
      'HttpOnly',
      'SameSite=Lax',
      `Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}`,
      ...(this.secure ? ['Secure'] : []),
    ];
    const existing = response.getHeader('Set-Cookie');
    const cookies = Array.isArray(existing) ? existing : existing ? [String(existing)] : [];
    response.setHeader('Set-Cookie', [...cookies, attributes.join('; ')]);
  }
}

import { timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ProblemException } from '@mutualis/shared/api';
import type { IncomingMessage } from 'node:http';
import { ConsoleCookies } from './session-cookie';
import { Session, SessionStore } from './session-store';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The session a console request is made in: 401 without one, and for a request that changes something, 403 unless
 * it carries the session's CSRF token in `X-CSRF-Token` (a header another site's page cannot set) and, when the
 * browser says where it comes from, comes from the console's own origin.
 */
@Injectable()
export class SignedIn {
  constructor(
    @Inject(SessionStore) private readonly sessions: SessionStore,
    @Inject(ConsoleCookies) private readonly cookies: ConsoleCookies,
    @Inject('CONSOLE_ORIGIN') private readonly consoleOrigin: string,
  ) {}

  async session(request: IncomingMessage): Promise<Session> {
    const id = this.cookies.read(request, this.cookies.sessionName);
    const session = id ? await this.sessions.find(id) : null;
    if (!session) {
      throw new ProblemException(
        'unauthenticated',
        'Vous n’êtes pas connecté, ou votre session a pris fin : connectez-vous (GET /auth/login).',
      );
    }
    if (!SAFE_METHODS.has(request.method ?? 'GET')) this.checkCsrf(request, session);
    return session;
  }

  private checkCsrf(request: IncomingMessage, session: Session): void {
    const origin = request.headers.origin;
    if (origin !== undefined && origin !== this.consoleOrigin) {
      throw new ProblemException('forbidden', 'Cette requête ne vient pas de la console Mutualis.', {
        rule: 'csrf',
      });
    }
    const sent = Buffer.from(String(request.headers['x-csrf-token'] ?? ''));
    const expected = Buffer.from(session.csrfToken);
    if (sent.length !== expected.length || !timingSafeEqual(sent, expected)) {
      throw new ProblemException(
        'forbidden',
        'Le jeton anti-falsification (X-CSRF-Token) manque ou ne correspond pas à la session : rechargez la page.',
        { rule: 'csrf' },
      );
    }
  }
}

import { createContext, ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { setCsrfToken, setUnauthorizedHandler } from '../api/session-link';
import { navigate } from '../routing/navigation';
import type { Me } from './me';

export type SessionState =
  | { kind: 'loading' }
  | { kind: 'signed-out'; expired: boolean }
  | { kind: 'signed-in'; me: Me }
  | { kind: 'unavailable' };

interface Session {
  state: SessionState;
  /** Reads `GET /me` again (after a change of rights, or to retry). */
  refresh(): void;
  /** Ends the session here and at the identity provider. */
  signOut(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

async function readMe(): Promise<SessionState> {
  try {
    const response = await fetch('/me', {
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
    });
    if (response.status === 401) return { kind: 'signed-out', expired: false };
    if (!response.ok) return { kind: 'unavailable' };
    return { kind: 'signed-in', me: (await response.json()) as Me };
  } catch {
    return { kind: 'unavailable' };
  }
}

/** Who is signed in (`GET /me`), for the whole console. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ kind: 'loading' });
  const refresh = useCallback(() => {
    void readMe().then(setState);
  }, []);
  useEffect(refresh, [refresh]);
  useEffect(() => {
    setCsrfToken(state.kind === 'signed-in' ? state.me.csrfToken : null);
  }, [state]);
  useEffect(() => {
    setUnauthorizedHandler(() => {
      setState({ kind: 'signed-out', expired: true });
      navigate('/');
    });
  }, []);
  const signOut = useCallback(async () => {
    const token = state.kind === 'signed-in' ? state.me.csrfToken : '';
    let endSessionUrl: string | null = null;
    try {
      const response = await fetch('/auth/logout', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'X-CSRF-Token': token, Accept: 'application/json' },
      });
      if (response.ok)
        endSessionUrl = ((await response.json()) as { endSessionUrl: string | null }).endSessionUrl;
    } catch {
      // Signed out here or not, the welcome page reads /me again.
    }
    window.location.assign(endSessionUrl ?? '/');
  }, [state]);
  const session = useMemo(() => ({ state, refresh, signOut }), [state, refresh, signOut]);
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The signed-in person (pages behind the sign-in only). */
export function useMe(): Me {
  const { state } = useSession();
  if (state.kind !== 'signed-in') throw new Error('useMe on a page shown signed out');
  return state.me;
}

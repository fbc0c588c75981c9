import { RouterProvider } from 'react-aria-components';
import { Shell } from './components/Shell';
import { StatusMessage } from './components/StatusMessage';
import { navigate, useCurrentPath } from './routing/navigation';
import { PageOfRoute } from './routing/PageOfRoute';
import { routeOf } from './routing/routes';
import { SessionProvider, useSession } from './session/session-context';
import { ServiceUnavailablePage } from './pages/ServiceUnavailablePage';
import { WelcomePage } from './pages/WelcomePage';

function CurrentPage() {
  const { state } = useSession();
  const path = useCurrentPath();
  switch (state.kind) {
    case 'loading':
      return <StatusMessage>Chargement de votre session…</StatusMessage>;
    case 'unavailable':
      return <ServiceUnavailablePage />;
    case 'signed-out':
      return <WelcomePage returnTo={path} expired={state.expired} />;
    case 'signed-in':
      return <PageOfRoute route={routeOf(path)} me={state.me} />;
  }
}

/** The console: who is signed in, the frame of the pages, and the page of the current path. */
export function App() {
  return (
    <RouterProvider navigate={navigate}>
      <SessionProvider>
        <Shell>
          <CurrentPage />
        </Shell>
      </SessionProvider>
    </RouterProvider>
  );
}

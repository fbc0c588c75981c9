import { ReactNode } from 'react';
import { Button, Link } from 'react-aria-components';
import { formatSiret } from '../format/siret';
import { useSession } from '../session/session-context';
import { Navigation } from './Navigation';

/**
 * The frame of every page: a skip link, the header (who is signed in, for which organisation), the navigation, the
 * page in <main>, and the footer: the landmarks RGAA 12 asks for.
 */
export function Shell({ children }: { children: ReactNode }) {
  const { state, signOut } = useSession();
  const me = state.kind === 'signed-in' ? state.me : null;
  return (
    <>
      <a className="skip-link" href="#contenu">
        Aller au contenu
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <Link href="/" className="brand">
            Mutualis
            <span className="brand-tagline">commande publique mutualisée</span>
          </Link>
          {me ? (
            <div className="identity">
              <p>
                <span className="identity-name">{me.person.name}</span>
                {me.person.organisationSiret ? (
                  <span className="identity-org"> · SIRET {formatSiret(me.person.organisationSiret)}</span>
                ) : null}
              </p>
              <Button className="button button-secondary" onPress={() => void signOut()}>
                Se déconnecter
              </Button>
            </div>
          ) : null}
        </div>
        {me ? <Navigation me={me} /> : null}
      </header>
      <main id="contenu" tabIndex={-1} className="content">
        {children}
      </main>
      <footer className="site-footer">
        <p>
          Mutualis — groupements de commandes et centrales d’achat (Code de la commande publique, articles
          L2113-6 à L2113-8). Accessibilité : conformité visée RGAA 4.1.
        </p>
      </footer>
    </>
  );
}

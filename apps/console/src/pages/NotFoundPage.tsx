import { Link } from 'react-aria-components';
import { PageHeading } from '../components/PageHeading';

/** A path the console does not know. */
export function NotFoundPage({ path }: { path: string }) {
  return (
    <>
      <PageHeading title="Page introuvable">Page introuvable</PageHeading>
      <p>
        L’adresse <code>{path}</code> ne correspond à aucune page de Mutualis.
      </p>
      <p>
        <Link href="/">Revenir à l’accueil</Link>
      </p>
    </>
  );
}

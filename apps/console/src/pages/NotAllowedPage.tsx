import { Link } from 'react-aria-components';
import { PageHeading } from '../components/PageHeading';

/** A page the person's roles do not open. */
export function NotAllowedPage({ what }: { what: string }) {
  return (
    <>
      <PageHeading title="Accès refusé">Accès refusé</PageHeading>
      <p>Votre compte ne donne pas accès à {what}.</p>
      <p>
        <Link href="/">Revenir à l’accueil</Link>
      </p>
    </>
  );
}

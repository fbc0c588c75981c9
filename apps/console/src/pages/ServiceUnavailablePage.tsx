import { Button } from 'react-aria-components';
import { PageHeading } from '../components/PageHeading';
import { useSession } from '../session/session-context';

/** The access service did not answer: say so, and offer to try again. */
export function ServiceUnavailablePage() {
  const { refresh } = useSession();
  return (
    <>
      <PageHeading title="Service indisponible">Service momentanément indisponible</PageHeading>
      <div role="alert" className="alert alert-error">
        <p>Mutualis ne répond pas pour l’instant. Vérifiez votre connexion puis réessayez.</p>
      </div>
      <Button className="button button-primary" onPress={refresh}>
        Réessayer
      </Button>
    </>
  );
}

import { PageHeading } from '../components/PageHeading';

/** The page of a person not signed in: what Mutualis is, and « Se connecter ». */
export function WelcomePage({ returnTo, expired }: { returnTo: string; expired: boolean }) {
  const login = `/auth/login?returnTo=${encodeURIComponent(returnTo.startsWith('/') ? returnTo : '/')}`;
  return (
    <div className="welcome">
      <PageHeading title="Bienvenue">Mutualis, la commande publique mutualisée</PageHeading>
      {expired ? (
        <div role="alert" className="alert alert-info">
          Votre session a expiré : reconnectez-vous pour reprendre là où vous en étiez.
        </div>
      ) : null}
      <p className="lead">
        Mutualis accompagne les groupements de commandes et les centrales d’achat, de la convention
        constitutive au bon de commande.
      </p>
      <ul className="feature-list">
        <li>
          <strong>Plateformes régionales</strong> : constituez les groupements et faites adhérer les communes
          par fichier, délibération à l’appui.
        </li>
        <li>
          <strong>Coordonnateurs</strong> : tenez la convention, les membres, la CAO et la répartition des
          frais ; menez le recensement des besoins jusqu’à la valeur estimée.
        </li>
        <li>
          <strong>Acheteurs membres</strong> : exprimez les besoins de votre collectivité et retrouvez ce
          qu’elle peut commander.
        </li>
      </ul>
      <p>
        <a className="button button-primary" href={login}>
          Se connecter
        </a>
      </p>
      <p className="hint">Agents publics : connexion par ProConnect, avec le compte de votre organisation.</p>
    </div>
  );
}

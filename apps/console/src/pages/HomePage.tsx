import { Link } from 'react-aria-components';
import { PageHeading } from '../components/PageHeading';
import { CONSORTIUM_KINDS, labelOf, ROLES } from '../format/labels';
import { paths } from '../routing/routes';
import type { Me } from '../session/me';

/** The signed-in person's start page: the spaces their roles open. */
export function HomePage({ me }: { me: Me }) {
  return (
    <>
      <PageHeading title="Accueil">Bonjour, {me.person.name}</PageHeading>
      {me.platformAdmin ? (
        <section aria-labelledby="home-platform" className="card">
          <h2 id="home-platform">Plateforme</h2>
          <p>Constituez les groupements et faites adhérer les communes par fichier.</p>
          <p className="actions">
            <Link className="button button-primary" href={paths.platformConsortia()}>
              Les groupements
            </Link>
            <Link className="button button-secondary" href={paths.platformNewConsortium()}>
              Créer un groupement
            </Link>
          </p>
        </section>
      ) : null}
      {me.consortia.length > 0 ? (
        <section aria-labelledby="home-consortia" className="card">
          <h2 id="home-consortia">Vos groupements</h2>
          <ul className="plain-list">
            {me.consortia.map((consortium) => (
              <li key={consortium.consortiumId}>
                <Link href={paths.consortium(consortium.consortiumId)}>{consortium.name}</Link>
                <span className="muted">
                  {' '}
                  — {labelOf(CONSORTIUM_KINDS, consortium.kind)} ; vous y êtes{' '}
                  {consortium.roles.map((role) => labelOf(ROLES, role).toLowerCase()).join(', ')}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {!me.platformAdmin && me.consortia.length === 0 ? (
        <p role="status" className="alert alert-info">
          Votre organisation n’est membre d’aucun groupement sur Mutualis pour l’instant. Un coordonnateur ou
          votre plateforme régionale peut l’y faire adhérer.
        </p>
      ) : null}
    </>
  );
}

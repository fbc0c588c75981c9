import { Link } from 'react-aria-components';
import { PageHeading } from '../../components/PageHeading';
import { CONSORTIUM_KINDS, labelOf } from '../../format/labels';
import { paths } from '../../routing/routes';
import type { Me } from '../../session/me';

/** « Mes groupements »: the groupements the person's collectivité is a member of, from `GET /me`. */
export function MyConsortiaPage({ me }: { me: Me }) {
  const mine = me.consortia.filter((consortium) => consortium.roles.includes('member-buyer'));
  return (
    <>
      <PageHeading title="Mes groupements">Mes groupements</PageHeading>
      {mine.length === 0 ? (
        <p className="empty">Votre collectivité n’est membre d’aucun groupement sur Mutualis.</p>
      ) : (
        <ul className="card-list">
          {mine.map((consortium) => (
            <li key={consortium.consortiumId} className="card">
              <h2>{consortium.name}</h2>
              <p className="muted">{labelOf(CONSORTIUM_KINDS, consortium.kind)}</p>
              <ul className="plain-list">
                <li>
                  <Link href={paths.censuses(consortium.consortiumId)}>
                    Recensements ouverts et mes réponses
                    <span className="visually-hidden"> : {consortium.name}</span>
                  </Link>
                </li>
                <li>
                  <Link href={paths.orders(consortium.consortiumId)}>
                    Ce que ma collectivité peut commander
                    <span className="visually-hidden"> : {consortium.name}</span>
                  </Link>
                </li>
                <li>
                  <Link href={paths.consortium(consortium.consortiumId)}>
                    Le groupement<span className="visually-hidden"> : {consortium.name}</span>
                  </Link>
                </li>
              </ul>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

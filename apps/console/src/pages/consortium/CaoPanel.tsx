import { call } from '../../api/call-result';
import { LoadState } from '../../components/LoadState';
import { formatDate } from '../../format/dates';
import { CAO_COMPOSITIONS, labelOf } from '../../format/labels';
import { formatSiret } from '../../format/siret';
import { useClients } from '../../hooks/use-clients';
import { useLoad } from '../../hooks/use-load';
import type { ConsortiumScope } from './scope';

/** The groupement's commission d'appel d'offres: its chair and one representative per member. */
export function CaoPanel({ scope }: { scope: ConsortiumScope }) {
  const { membership } = useClients(scope.role, scope.consortiumId);
  const [cao, reload] = useLoad(
    () =>
      call(
        membership.GET('/consortia/{consortiumId}/cao', {
          params: { path: { consortiumId: scope.consortiumId } },
        }),
      ),
    scope.consortiumId,
  );
  const name = (person: { name?: string; erased: boolean }) =>
    person.erased ? 'Données personnelles effacées' : (person.name ?? '—');
  return (
    <>
      <h2>Commission d’appel d’offres</h2>
      {cao.kind === 'refused' && cao.problem.status === 404 ? (
        <p className="empty">La CAO n’est pas encore constituée.</p>
      ) : (
        <LoadState loaded={cao} retry={reload} />
      )}
      {cao.kind === 'ok' ? (
        <>
          <p>
            {labelOf(CAO_COMPOSITIONS, cao.data.composition)}, constituée le {formatDate(cao.data.composedOn)}
            .
          </p>
          <dl className="description-list">
            <dt>Présidence</dt>
            <dd>
              {name(cao.data.chair)} (représentant de {formatSiret(cao.data.chair.siret)})
            </dd>
          </dl>
          <h3>Représentants des membres</h3>
          <ul className="plain-list">
            {cao.data.members.map((member) => (
              <li key={member.personId}>
                {name(member)} — membre {formatSiret(member.siret)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

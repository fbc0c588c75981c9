import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { call } from '../../api/call-result';
import type { ConsortiumView } from '../../api/schemas';
import { formatDate } from '../../format/dates';
import { AUTHORITY_KINDS, labelOf } from '../../format/labels';
import { formatNumber } from '../../format/money';
import { formatSiret } from '../../format/siret';
import { useClients } from '../../hooks/use-clients';
import { useLoad } from '../../hooks/use-load';
import { AddMemberDialog } from './AddMemberDialog';
import { membershipActs } from './membership-acts';
import type { ConsortiumScope } from './scope';
import { WithdrawalDialog } from './WithdrawalDialog';

interface Props {
  scope: ConsortiumScope;
  consortium: ConsortiumView;
  onChange(): void;
}

/** The members with their délibération and adhesion dates, the withdrawals; adding and withdrawing for the coordinator. */
export function MembersPanel({ scope, consortium, onChange }: Props) {
  const { membership } = useClients(scope.role, scope.consortiumId);
  const [history, reloadHistory] = useLoad(
    () =>
      call(
        membership.GET('/consortia/{consortiumId}/history', {
          params: { path: { consortiumId: scope.consortiumId } },
        }),
      ),
    `${scope.consortiumId}/${consortium.version}`,
  );
  const acts = history.kind === 'ok' ? membershipActs(history.data) : {};
  const coordinates = scope.role === 'coordinator';
  const changed = () => {
    onChange();
    reloadHistory();
  };
  const members = consortium.authorities.filter((authority) => authority.memberOn);
  const withdrawn = consortium.authorities.filter(
    (authority) => !authority.memberOn && authority.periods.some((period) => period.until),
  );
  return (
    <>
      <h2 id="members-heading">
        Membres au {formatDate(consortium.on)} : {formatNumber(members.length)}
      </h2>
      {coordinates ? (
        <p className="actions">
          <AddMemberDialog consortiumId={scope.consortiumId} onAdded={changed} />
        </p>
      ) : null}
      <Table aria-labelledby="members-heading" className="table">
        <TableHeader>
          <Column isRowHeader>Membre</Column>
          <Column>SIRET</Column>
          <Column>Nature</Column>
          <Column>Population</Column>
          <Column>Délibération</Column>
          <Column>Adhésion le</Column>
          <Column>{coordinates ? 'Retrait' : 'Membre depuis'}</Column>
        </TableHeader>
        <TableBody
          items={members.map((member) => ({ ...member, id: member.siret }))}
          renderEmptyState={() => 'Aucun membre.'}
        >
          {(member) => {
            const of = acts[member.siret];
            return (
              <Row>
                <Cell>{member.name}</Cell>
                <Cell>{formatSiret(member.siret)}</Cell>
                <Cell>{labelOf(AUTHORITY_KINDS, member.kind)}</Cell>
                <Cell>{formatNumber(member.population)}</Cell>
                <Cell>
                  {of?.deliberation
                    ? `n° ${of.deliberation.number} du ${formatDate(of.deliberation.adoptedOn)} (${of.deliberation.body})`
                    : member.siret === consortium.coordinator.siret
                      ? 'Coordonnateur'
                      : '—'}
                </Cell>
                <Cell>{formatDate(of?.adhesionOn ?? member.periods[0]?.from)}</Cell>
                <Cell>
                  {!coordinates ? (
                    formatDate(member.periods[member.periods.length - 1]?.from)
                  ) : member.siret === consortium.coordinator.siret ? (
                    // The coordinator does not withdraw from the groupement it coordinates.
                    '—'
                  ) : (
                    <WithdrawalDialog
                      consortiumId={scope.consortiumId}
                      member={member}
                      noticeDays={consortium.convention.exitClause.noticeDays}
                      onRecorded={changed}
                    />
                  )}
                </Cell>
              </Row>
            );
          }}
        </TableBody>
      </Table>
      <h2>Retraits</h2>
      {withdrawn.length === 0 ? (
        <p className="empty">Aucun retrait enregistré.</p>
      ) : (
        <ul className="plain-list">
          {withdrawn.map((authority) => (
            <li key={authority.siret}>
              {authority.name} ({formatSiret(authority.siret)}) : retrait effectif le{' '}
              {formatDate(
                acts[authority.siret]?.withdrawalOn ?? authority.periods[authority.periods.length - 1]?.until,
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

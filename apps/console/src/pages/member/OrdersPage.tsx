import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { call } from '../../api/call-result';
import { LoadState } from '../../components/LoadState';
import { PageHeading } from '../../components/PageHeading';
import { formatDate } from '../../format/dates';
import { CONTRACT_KINDS, CONTRACT_STATUSES, labelOf } from '../../format/labels';
import { formatEuros } from '../../format/money';
import { useClients } from '../../hooks/use-clients';
import { useLoad } from '../../hooks/use-load';
import { ConsortiumNav } from '../consortium/ConsortiumNav';
import type { ConsortiumScope } from '../consortium/scope';

/**
 * What the member's collectivité can order: the groupement's contracts in force (`GET …/contracts`), and while there
 * are none, the procedures launched for it, whose contracts will bring the orders.
 */
export function OrdersPage(scope: ConsortiumScope) {
  const { contract, membership } = useClients(scope.role, scope.consortiumId);
  const path = { params: { path: { consortiumId: scope.consortiumId } } };
  const [contracts, reload] = useLoad(
    () => call(contract.GET('/consortia/{consortiumId}/contracts', path)),
    scope.consortiumId,
  );
  const [consortium] = useLoad(
    () => call(membership.GET('/consortia/{consortiumId}', path)),
    scope.consortiumId,
  );
  const mySiret = scope.me.person.organisationSiret;
  const orderable =
    contracts.kind === 'ok' ? contracts.data.contracts.filter((entry) => entry.status === 'running') : [];
  const launches =
    consortium.kind === 'ok'
      ? consortium.data.launches.filter((launch) => !mySiret || launch.beneficiaries.includes(mySiret))
      : [];
  return (
    <>
      <PageHeading title="Ce que ma collectivité peut commander">
        Ce que ma collectivité peut commander
      </PageHeading>
      <ConsortiumNav role={scope.role} consortiumId={scope.consortiumId} />
      <LoadState loaded={contracts} retry={reload} />
      {contracts.kind === 'ok' ? (
        <section aria-labelledby="orders-contracts">
          <h2 id="orders-contracts">Marchés et accords-cadres en cours d’exécution</h2>
          {orderable.length === 0 ? (
            <p className="empty">Aucun marché du groupement n’est en cours d’exécution pour l’instant.</p>
          ) : (
            <Table aria-labelledby="orders-contracts" className="table">
              <TableHeader>
                <Column isRowHeader>Objet</Column>
                <Column>Lot</Column>
                <Column>Nature</Column>
                <Column>Montant (maximum)</Column>
                <Column>Déjà commandé</Column>
                <Column>Jusqu’au</Column>
                <Column>État</Column>
              </TableHeader>
              <TableBody items={orderable.map((entry) => ({ ...entry, id: entry.contractId }))}>
                {(entry) => (
                  <Row>
                    <Cell>{entry.object}</Cell>
                    <Cell>{entry.lot}</Cell>
                    <Cell>{labelOf(CONTRACT_KINDS, entry.kind)}</Cell>
                    <Cell>{formatEuros(entry.amountCents, 'HT')}</Cell>
                    <Cell>{formatEuros(entry.orderedCents, 'HT')}</Cell>
                    <Cell>{formatDate(entry.endsOn)}</Cell>
                    <Cell>{labelOf(CONTRACT_STATUSES, entry.status)}</Cell>
                  </Row>
                )}
              </TableBody>
            </Table>
          )}
        </section>
      ) : null}
      {consortium.kind === 'ok' ? (
        <section aria-labelledby="orders-launches">
          <h2 id="orders-launches">Procédures lancées pour ma collectivité</h2>
          {launches.length === 0 ? (
            <p className="empty">Aucune procédure n’a encore été lancée pour votre collectivité.</p>
          ) : (
            <>
              <p>Les bons de commande viendront avec les marchés que ces procédures attribueront.</p>
              <ul className="plain-list">
                {launches.map((launch) => (
                  <li key={launch.procedureId}>
                    {launch.object} — lancée le {formatDate(launch.launchedOn)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      ) : null}
    </>
  );
}

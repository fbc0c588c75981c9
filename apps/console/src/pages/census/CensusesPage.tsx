import { useState } from 'react';
import {
  Cell,
  Column,
  Label,
  Link,
  Radio,
  RadioGroup,
  Row,
  Table,
  TableBody,
  TableHeader,
} from 'react-aria-components';
import { call } from '../../api/call-result';
import { LoadState } from '../../components/LoadState';
import { PageHeading } from '../../components/PageHeading';
import { Pager } from '../../components/Pager';
import { formatDate } from '../../format/dates';
import { formatEuros, formatNumber } from '../../format/money';
import { useClients } from '../../hooks/use-clients';
import { useLoad } from '../../hooks/use-load';
import { paths } from '../../routing/routes';
import { ConsortiumNav } from '../consortium/ConsortiumNav';
import type { ConsortiumScope } from '../consortium/scope';

const PAGE_SIZE = 20;
type State = 'open' | 'closed' | 'all';

/** The groupement's needs censuses (`GET …/censuses`), open or closed, and « Ouvrir un recensement ». */
export function CensusesPage(scope: ConsortiumScope) {
  const { membership } = useClients(scope.role, scope.consortiumId);
  const [state, setState] = useState<State>(scope.role === 'member-buyer' ? 'open' : 'all');
  const [page, setPage] = useState(1);
  const [censuses, reload] = useLoad(
    () =>
      call(
        membership.GET('/consortia/{consortiumId}/censuses', {
          params: {
            path: { consortiumId: scope.consortiumId },
            query: {
              ...(state !== 'all' ? { state } : {}),
              limit: PAGE_SIZE,
              offset: (page - 1) * PAGE_SIZE,
            },
          },
        }),
      ),
    `${scope.consortiumId}/${state}/${page}`,
  );
  return (
    <>
      <PageHeading title="Recensements des besoins">Recensements des besoins</PageHeading>
      <ConsortiumNav role={scope.role} consortiumId={scope.consortiumId} />
      {scope.role === 'coordinator' ? (
        <p className="actions">
          <Link className="button button-primary" href={paths.newCensus(scope.consortiumId)}>
            Ouvrir un recensement
          </Link>
        </p>
      ) : null}
      <RadioGroup
        className="radio-group"
        orientation="horizontal"
        value={state}
        onChange={(value) => {
          setState(value as State);
          setPage(1);
        }}
      >
        <Label>Afficher</Label>
        <Radio className="radio" value="open">
          Ouverts
        </Radio>
        <Radio className="radio" value="closed">
          Clos
        </Radio>
        <Radio className="radio" value="all">
          Tous
        </Radio>
      </RadioGroup>
      <LoadState loaded={censuses} retry={reload} />
      {censuses.kind === 'ok' ? (
        censuses.data.total === 0 ? (
          <p className="empty" role="status">
            Aucun recensement {state === 'open' ? 'ouvert' : state === 'closed' ? 'clos' : ''} pour ce
            groupement.
          </p>
        ) : (
          <>
            <Table aria-label="Recensements des besoins" className="table">
              <TableHeader>
                <Column isRowHeader>Objet</Column>
                <Column>CPV</Column>
                <Column>Lots</Column>
                <Column>Ouvert le</Column>
                <Column>Réponses</Column>
                <Column>État</Column>
              </TableHeader>
              <TableBody items={censuses.data.censuses.map((census) => ({ ...census, id: census.censusId }))}>
                {(census) => (
                  <Row>
                    <Cell>
                      <Link href={paths.census(scope.consortiumId, census.censusId)}>{census.object}</Link>
                    </Cell>
                    <Cell>{census.cpvCode}</Cell>
                    <Cell>{formatNumber(census.lots.length)}</Cell>
                    <Cell>{formatDate(census.openedOn)}</Cell>
                    <Cell>{formatNumber(census.respondents)}</Cell>
                    <Cell>
                      {census.closed
                        ? `Clos le ${formatDate(census.closed.closedOn)} : ${formatEuros(census.closed.totalCents, 'HT')}`
                        : 'Ouvert'}
                    </Cell>
                  </Row>
                )}
              </TableBody>
            </Table>
            <Pager
              label="Pages des recensements"
              page={page}
              pages={Math.ceil(censuses.data.total / PAGE_SIZE)}
              onPage={setPage}
            />
          </>
        )
      ) : null}
    </>
  );
}

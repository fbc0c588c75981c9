import { useState } from 'react';
import {
  Cell,
  Column,
  Label,
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
import { formatNumber } from '../../format/money';
import { useClients } from '../../hooks/use-clients';
import { useLoad } from '../../hooks/use-load';
import { ConsortiumNav } from '../consortium/ConsortiumNav';
import type { ConsortiumScope } from '../consortium/scope';
import { COMPLIANCE_KINDS, complianceState, complianceSubject } from './compliance-entry';

const PAGE_SIZE = 20;
type Shown = 'overdue' | 'due' | 'done' | 'all';

/**
 * « Calendrier de conformité »: the deadlines the law sets on the groupement's consultations and contracts (the audit
 * service's `GET …/compliance-calendar`), the overdue ones first, each with its article, due date and state.
 */
export function CompliancePage(scope: ConsortiumScope) {
  const { audit } = useClients(scope.role, scope.consortiumId);
  const [shown, setShown] = useState<Shown>('all');
  const [page, setPage] = useState(1);
  const [calendar, reload] = useLoad(
    () =>
      call(
        audit.GET('/consortia/{consortiumId}/compliance-calendar', {
          params: {
            path: { consortiumId: scope.consortiumId },
            query: {
              ...(shown !== 'all' ? { status: shown } : {}),
              limit: PAGE_SIZE,
              offset: (page - 1) * PAGE_SIZE,
            },
          },
        }),
      ),
    `${scope.consortiumId}/${shown}/${page}`,
  );
  return (
    <>
      <PageHeading title="Calendrier de conformité">Calendrier de conformité</PageHeading>
      <ConsortiumNav role={scope.role} consortiumId={scope.consortiumId} />
      <p>
        Les échéances que la loi fixe aux consultations et aux marchés du groupement : avis d’attribution,
        avis de modification au JOUE, données essentielles (DECP), attestations de vigilance des titulaires.
        Les échéances en retard viennent en premier.
      </p>
      <RadioGroup
        className="radio-group"
        orientation="horizontal"
        value={shown}
        onChange={(value) => {
          setShown(value as Shown);
          setPage(1);
        }}
      >
        <Label>Afficher</Label>
        <Radio className="radio" value="all">
          Toutes
        </Radio>
        <Radio className="radio" value="overdue">
          En retard
        </Radio>
        <Radio className="radio" value="due">
          À faire
        </Radio>
        <Radio className="radio" value="done">
          Faites
        </Radio>
      </RadioGroup>
      <LoadState loaded={calendar} retry={reload} />
      {calendar.kind === 'ok' ? (
        <>
          <p role="status">
            {calendar.data.overdue === 0
              ? `Aucune échéance en retard au ${formatDate(calendar.data.on)}.`
              : `${formatNumber(calendar.data.overdue)} ${
                  calendar.data.overdue === 1 ? 'échéance en retard' : 'échéances en retard'
                } au ${formatDate(calendar.data.on)}.`}
          </p>
          {calendar.data.total === 0 ? (
            <p className="empty">Aucune échéance à afficher.</p>
          ) : (
            <>
              <Table aria-label="Échéances du calendrier de conformité" className="table">
                <TableHeader>
                  <Column isRowHeader>Obligation</Column>
                  <Column>Concerne</Column>
                  <Column>Texte</Column>
                  <Column>Date limite</Column>
                  <Column>État</Column>
                </TableHeader>
                <TableBody items={calendar.data.entries.map((entry) => ({ ...entry, id: entry.key }))}>
                  {(entry) => (
                    <Row>
                      <Cell>{COMPLIANCE_KINDS[entry.kind]}</Cell>
                      <Cell>{complianceSubject(entry)}</Cell>
                      <Cell>{entry.legalBasis}</Cell>
                      <Cell>{formatDate(entry.dueOn)}</Cell>
                      <Cell>
                        {entry.status === 'overdue' ? (
                          <strong>{complianceState(entry)}</strong>
                        ) : (
                          complianceState(entry)
                        )}
                        {entry.reference ? ` (${entry.reference})` : ''}
                      </Cell>
                    </Row>
                  )}
                </TableBody>
              </Table>
              <Pager
                label="Pages du calendrier de conformité"
                page={page}
                pages={Math.ceil(calendar.data.total / PAGE_SIZE)}
                onPage={setPage}
              />
            </>
          )}
        </>
      ) : null}
    </>
  );
}

import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { call, CallResult } from '../../api/call-result';
import type { Clients } from '../../api/clients';
import type { TimelineAct } from '../../api/schemas';
import { LoadState } from '../../components/LoadState';
import { PageHeading } from '../../components/PageHeading';
import { formatDate, formatDateTime } from '../../format/dates';
import { formatSiret } from '../../format/siret';
import { useClients } from '../../hooks/use-clients';
import { useLoad } from '../../hooks/use-load';
import { ConsortiumNav } from './ConsortiumNav';
import type { ConsortiumScope } from './scope';

const LATEST = 20;
const PAGE = 5000;

/**
 * The latest acts of the groupement from the audit's timeline, which reads in the ledger's order: its pages are read
 * to the end and the last ones kept, newest first.
 */
async function latestActs(audit: Clients['audit'], consortiumId: string): Promise<CallResult<TimelineAct[]>> {
  let kept: TimelineAct[] = [];
  let after = 0;
  let position: number | undefined;
  for (;;) {
    const page = await call(
      audit.GET('/consortia/{consortiumId}/timeline', {
        params: {
          path: { consortiumId },
          query: { format: 'json', after, limit: PAGE, ...(position !== undefined ? { position } : {}) },
        },
      }),
    );
    if (page.kind !== 'ok') return page;
    // The route also answers CSV; asked for JSON, it answers an object.
    if (typeof page.data === 'string') return { kind: 'failed', reason: 'unexpected', status: 200 };
    const { acts, next } = page.data;
    kept = [...kept, ...acts].slice(-LATEST);
    if (next === null || acts.length === 0) break;
    after = next;
    position = page.data.position ?? undefined;
  }
  return { kind: 'ok', data: kept.reverse(), response: null };
}

/** What concerns an act: the commune or other subject, named when the ledger knows its name. */
function subjectOf(act: TimelineAct): string {
  const { kind, id, label } = act.subject;
  const shownId = /^\d{14}$/.test(id) ? formatSiret(id) : id;
  if (kind === 'authority') return label ? `${label} (SIRET ${shownId})` : `SIRET ${shownId}`;
  return label ?? shownId;
}

/** « Activité du groupement »: its 20 latest acts, what happened and whom it concerns. */
export function ActivityPage(scope: ConsortiumScope) {
  const { audit } = useClients(scope.role, scope.consortiumId);
  const [acts, reload] = useLoad(() => latestActs(audit, scope.consortiumId), scope.consortiumId);
  return (
    <>
      <PageHeading title="Activité du groupement">Activité du groupement</PageHeading>
      <ConsortiumNav role={scope.role} consortiumId={scope.consortiumId} />
      <p>Les {LATEST} derniers actes enregistrés au registre d’audit, du plus récent au plus ancien.</p>
      <LoadState loaded={acts} retry={reload} />
      {acts.kind === 'ok' ? (
        acts.data.length === 0 ? (
          <p className="empty">Aucun acte enregistré pour ce groupement.</p>
        ) : (
          <Table aria-label="Derniers actes du groupement" className="table">
            <TableHeader>
              <Column isRowHeader>Acte</Column>
              <Column>Concerne</Column>
              <Column>Date de l’acte</Column>
              <Column>Enregistré le</Column>
              <Column>Article</Column>
            </TableHeader>
            <TableBody items={acts.data.map((act) => ({ ...act, id: act.eventId }))}>
              {(act) => (
                <Row>
                  <Cell>{act.summary}</Cell>
                  <Cell>{subjectOf(act)}</Cell>
                  <Cell>{formatDate(act.businessDate)}</Cell>
                  <Cell>{formatDateTime(act.recordedAt)}</Cell>
                  <Cell>{act.legalReference ?? '—'}</Cell>
                </Row>
              )}
            </TableBody>
          </Table>
        )
      ) : null}
    </>
  );
}

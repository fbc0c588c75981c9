import { call } from '../../api/call-result';
import { LoadState } from '../../components/LoadState';
import { PageHeading } from '../../components/PageHeading';
import { formatDate } from '../../format/dates';
import { useClients } from '../../hooks/use-clients';
import { useLoad } from '../../hooks/use-load';
import { ConsortiumNav } from '../consortium/ConsortiumNav';
import type { ConsortiumScope } from '../consortium/scope';
import { CensusAnswers } from './CensusAnswers';
import { CensusEstimate } from './CensusEstimate';
import { CloseCensusDialog } from './CloseCensusDialog';
import { NeedsForm } from './NeedsForm';

/**
 * One needs census: its lots and duration; for the coordinator each member's answers per lot, the totals and
 * closing it; for a member buyer its answer form while it is open; once closed, the estimated value HT.
 */
export function CensusPage(scope: ConsortiumScope & { censusId: string }) {
  const { membership } = useClients(scope.role, scope.consortiumId);
  const [census, reload] = useLoad(
    () =>
      call(
        membership.GET('/consortia/{consortiumId}/censuses/{censusId}', {
          params: { path: { consortiumId: scope.consortiumId, censusId: scope.censusId } },
        }),
      ),
    `${scope.consortiumId}/${scope.censusId}`,
  );
  // The members' names, for the coordinator's and auditor's table of answers (the census names SIRETs only).
  const [consortium] = useLoad(
    () =>
      scope.role === 'member-buyer'
        ? Promise.resolve({ kind: 'ok' as const, data: null, response: null })
        : call(
            membership.GET('/consortia/{consortiumId}', {
              params: { path: { consortiumId: scope.consortiumId } },
            }),
          ),
    `${scope.consortiumId}/${scope.role}`,
  );
  const names = new Map(
    consortium.kind === 'ok' && consortium.data
      ? consortium.data.authorities.map((authority) => [authority.siret, authority.name] as const)
      : [],
  );
  const title = census.kind === 'ok' ? `Recensement : ${census.data.object}` : 'Recensement des besoins';
  const mySiret = scope.me.person.organisationSiret;
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <ConsortiumNav role={scope.role} consortiumId={scope.consortiumId} />
      <LoadState loaded={census} retry={reload} />
      {census.kind === 'ok' ? (
        <>
          <dl className="description-list">
            <dt>Code CPV</dt>
            <dd>{census.data.cpvCode}</dd>
            <dt>Ouvert le</dt>
            <dd>{formatDate(census.data.openedOn)}</dd>
            <dt>Durée</dt>
            <dd>
              {census.data.duration.initialMonths} mois, reconductible {census.data.duration.renewals} fois{' '}
              {census.data.duration.monthsPerRenewal} mois
            </dd>
            <dt>Options</dt>
            <dd>{census.data.options}</dd>
            <dt>État</dt>
            <dd>
              {census.data.closed
                ? `Clos le ${formatDate(census.data.closed.closedOn)}`
                : 'Ouvert aux réponses'}
            </dd>
          </dl>
          {census.data.closed ? <CensusEstimate census={census.data} /> : null}
          {scope.role !== 'member-buyer' ? <CensusAnswers census={census.data} names={names} /> : null}
          {scope.role === 'coordinator' && !census.data.closed ? (
            <CloseCensusDialog
              consortiumId={scope.consortiumId}
              censusId={scope.censusId}
              onClosed={reload}
            />
          ) : null}
          {scope.role === 'member-buyer' && !census.data.closed ? (
            mySiret ? (
              <NeedsForm
                consortiumId={scope.consortiumId}
                census={census.data}
                memberSiret={mySiret}
                onSubmitted={reload}
              />
            ) : (
              <p className="alert alert-info">
                Votre compte ne nomme pas le SIRET de votre collectivité : vous ne pouvez pas répondre.
              </p>
            )
          ) : null}
        </>
      ) : null}
    </>
  );
}

import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { call } from '../../api/call-result';
import { LoadState } from '../../components/LoadState';
import { PageHeading } from '../../components/PageHeading';
import { CONSORTIUM_KINDS, labelOf, ROLES } from '../../format/labels';
import { useClients } from '../../hooks/use-clients';
import { useLoad } from '../../hooks/use-load';
import { CaoPanel } from './CaoPanel';
import { ConsortiumNav } from './ConsortiumNav';
import { ConventionPanel } from './ConventionPanel';
import { CostSharesPanel } from './CostSharesPanel';
import { MembersPanel } from './MembersPanel';
import type { ConsortiumScope } from './scope';

/** A groupement as its coordinator (or a member, or an auditor) sees it: convention, members, costs, CAO. */
export function ConsortiumPage(scope: ConsortiumScope) {
  const { membership } = useClients(scope.role, scope.consortiumId);
  const params = { params: { path: { consortiumId: scope.consortiumId } } };
  const [consortium, reload] = useLoad(
    () => call(membership.GET('/consortia/{consortiumId}', params)),
    scope.consortiumId,
  );
  const name =
    consortium.kind === 'ok'
      ? consortium.data.name
      : (scope.me.consortia.find((entry) => entry.consortiumId === scope.consortiumId)?.name ?? 'Groupement');
  return (
    <>
      <PageHeading title={name}>{name}</PageHeading>
      <p className="muted">
        Vous y agissez en tant que {labelOf(ROLES, scope.role).toLowerCase()}.
        {consortium.kind === 'ok' ? ` ${labelOf(CONSORTIUM_KINDS, consortium.data.kind)}.` : ''}
      </p>
      <ConsortiumNav role={scope.role} consortiumId={scope.consortiumId} />
      <LoadState loaded={consortium} retry={reload} />
      {consortium.kind === 'ok' ? (
        <Tabs className="tabs">
          <TabList aria-label="Le groupement" className="tab-list">
            <Tab id="members" className="tab">
              Membres
            </Tab>
            <Tab id="convention" className="tab">
              Convention
            </Tab>
            <Tab id="costs" className="tab">
              Répartition des frais
            </Tab>
            <Tab id="cao" className="tab">
              CAO
            </Tab>
          </TabList>
          <TabPanel id="members" className="tab-panel">
            <MembersPanel scope={scope} consortium={consortium.data} onChange={reload} />
          </TabPanel>
          <TabPanel id="convention" className="tab-panel">
            <ConventionPanel consortium={consortium.data} />
          </TabPanel>
          <TabPanel id="costs" className="tab-panel">
            <CostSharesPanel scope={scope} />
          </TabPanel>
          <TabPanel id="cao" className="tab-panel">
            <CaoPanel scope={scope} />
          </TabPanel>
        </Tabs>
      ) : null}
    </>
  );
}

import { NotAllowedPage } from '../pages/NotAllowedPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { HomePage } from '../pages/HomePage';
import { ActivityPage } from '../pages/consortium/ActivityPage';
import { CensusesPage } from '../pages/census/CensusesPage';
import { CompliancePage } from '../pages/compliance/CompliancePage';
import { CensusPage } from '../pages/census/CensusPage';
import { ConsortiumPage } from '../pages/consortium/ConsortiumPage';
import { OpenCensusPage } from '../pages/census/OpenCensusPage';
import { MyConsortiaPage } from '../pages/member/MyConsortiaPage';
import { OrdersPage } from '../pages/member/OrdersPage';
import { OnboardingPage } from '../pages/onboarding/OnboardingPage';
import { ConsortiaListPage } from '../pages/platform/ConsortiaListPage';
import { CreateConsortiumPage } from '../pages/platform/CreateConsortiumPage';
import { Me, roleIn } from '../session/me';
import type { Route } from './routes';

/** The page of a route, when the person's roles open it. */
export function PageOfRoute({ route, me }: { route: Route; me: Me }) {
  switch (route.page) {
    case 'home':
      return <HomePage me={me} />;
    case 'not-found':
      return <NotFoundPage path={route.path} />;
    case 'platform-consortia':
    case 'platform-new-consortium':
    case 'platform-onboarding':
      if (!me.platformAdmin) return <NotAllowedPage what="l’espace de la plateforme" />;
      if (route.page === 'platform-consortia') return <ConsortiaListPage />;
      if (route.page === 'platform-new-consortium') return <CreateConsortiumPage />;
      return <OnboardingPage consortiumId={route.consortiumId} />;
    case 'my-consortia':
      return <MyConsortiaPage me={me} />;
  }
  const role = roleIn(me, route.consortiumId);
  if (!role) return <NotAllowedPage what="ce groupement" />;
  const scope = { me, role, consortiumId: route.consortiumId };
  switch (route.page) {
    case 'consortium':
      return <ConsortiumPage {...scope} />;
    case 'censuses':
      return <CensusesPage {...scope} />;
    case 'new-census':
      return role === 'coordinator' ? (
        <OpenCensusPage {...scope} />
      ) : (
        <NotAllowedPage what="l’ouverture d’un recensement" />
      );
    case 'census':
      return <CensusPage {...scope} censusId={route.censusId} />;
    case 'activity':
      return role === 'member-buyer' ? (
        <NotAllowedPage what="l’activité du groupement" />
      ) : (
        <ActivityPage {...scope} />
      );
    case 'compliance':
      return role === 'member-buyer' ? (
        <NotAllowedPage what="le calendrier de conformité" />
      ) : (
        <CompliancePage {...scope} />
      );
    case 'orders':
      return <OrdersPage {...scope} />;
  }
}

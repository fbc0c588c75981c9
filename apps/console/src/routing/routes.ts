/** The console's pages, each with the parameters its path names. */
export type Route =
  | { page: 'home' }
  | { page: 'platform-consortia' }
  | { page: 'platform-new-consortium' }
  | { page: 'platform-onboarding'; consortiumId: string }
  | { page: 'consortium'; consortiumId: string }
  | { page: 'censuses'; consortiumId: string }
  | { page: 'new-census'; consortiumId: string }
  | { page: 'census'; consortiumId: string; censusId: string }
  | { page: 'activity'; consortiumId: string }
  | { page: 'compliance'; consortiumId: string }
  | { page: 'orders'; consortiumId: string }
  | { page: 'my-consortia' }
  | { page: 'not-found'; path: string };

const ID = '([^/]+)';
const PATTERNS: [RegExp, (match: string[]) => Route][] = [
  [/^\/$/, () => ({ page: 'home' })],
  [/^\/plateforme\/groupements$/, () => ({ page: 'platform-consortia' })],
  [/^\/plateforme\/groupements\/nouveau$/, () => ({ page: 'platform-new-consortium' })],
  [
    new RegExp(`^/plateforme/groupements/${ID}/adhesions$`),
    ([id]) => ({ page: 'platform-onboarding', consortiumId: id! }),
  ],
  [/^\/mes-groupements$/, () => ({ page: 'my-consortia' })],
  [new RegExp(`^/groupements/${ID}$`), ([id]) => ({ page: 'consortium', consortiumId: id! })],
  [new RegExp(`^/groupements/${ID}/recensements$`), ([id]) => ({ page: 'censuses', consortiumId: id! })],
  [
    new RegExp(`^/groupements/${ID}/recensements/nouveau$`),
    ([id]) => ({ page: 'new-census', consortiumId: id! }),
  ],
  [
    new RegExp(`^/groupements/${ID}/recensements/${ID}$`),
    ([id, censusId]) => ({ page: 'census', consortiumId: id!, censusId: censusId! }),
  ],
  [new RegExp(`^/groupements/${ID}/activite$`), ([id]) => ({ page: 'activity', consortiumId: id! })],
  [new RegExp(`^/groupements/${ID}/conformite$`), ([id]) => ({ page: 'compliance', consortiumId: id! })],
  [new RegExp(`^/groupements/${ID}/commandes$`), ([id]) => ({ page: 'orders', consortiumId: id! })],
];

/** The page a path shows (the query string and a trailing slash aside). */
export function routeOf(path: string): Route {
  const clean = path.split(/[?#]/)[0]!.replace(/(.)\/+$/, '$1');
  for (const [pattern, route] of PATTERNS) {
    const match = pattern.exec(clean);
    if (match) return route(match.slice(1).map(decodeURIComponent));
  }
  return { page: 'not-found', path: clean };
}

/** The paths of the pages, for links. */
export const paths = {
  home: () => '/',
  platformConsortia: () => '/plateforme/groupements',
  platformNewConsortium: () => '/plateforme/groupements/nouveau',
  platformOnboarding: (id: string) => `/plateforme/groupements/${encodeURIComponent(id)}/adhesions`,
  myConsortia: () => '/mes-groupements',
  consortium: (id: string) => `/groupements/${encodeURIComponent(id)}`,
  censuses: (id: string) => `/groupements/${encodeURIComponent(id)}/recensements`,
  newCensus: (id: string) => `/groupements/${encodeURIComponent(id)}/recensements/nouveau`,
  census: (id: string, censusId: string) =>
    `/groupements/${encodeURIComponent(id)}/recensements/${encodeURIComponent(censusId)}`,
  activity: (id: string) => `/groupements/${encodeURIComponent(id)}/activite`,
  compliance: (id: string) => `/groupements/${encodeURIComponent(id)}/conformite`,
  orders: (id: string) => `/groupements/${encodeURIComponent(id)}/commandes`,
};

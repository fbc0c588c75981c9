import { paths, routeOf } from './routes';

describe('the console’s routes', () => {
  it('finds the page of each path it gives', () => {
    const id = '0190c6a4-7c1e-7000-8000-00000000000a';
    expect(routeOf(paths.home())).toEqual({ page: 'home' });
    expect(routeOf(paths.platformConsortia())).toEqual({ page: 'platform-consortia' });
    expect(routeOf(paths.platformNewConsortium())).toEqual({ page: 'platform-new-consortium' });
    expect(routeOf(paths.platformOnboarding(id))).toEqual({ page: 'platform-onboarding', consortiumId: id });
    expect(routeOf(paths.consortium(id))).toEqual({ page: 'consortium', consortiumId: id });
    expect(routeOf(paths.newCensus(id))).toEqual({ page: 'new-census', consortiumId: id });
    expect(routeOf(paths.census(id, 'c1'))).toEqual({ page: 'census', consortiumId: id, censusId: 'c1' });
    expect(routeOf(paths.activity(id))).toEqual({ page: 'activity', consortiumId: id });
    expect(routeOf(paths.compliance(id))).toEqual({ page: 'compliance', consortiumId: id });
    expect(routeOf(paths.orders(id))).toEqual({ page: 'orders', consortiumId: id });
    expect(routeOf(paths.myConsortia())).toEqual({ page: 'my-consortia' });
  });

  it('ignores the query string and a trailing slash', () => {
    expect(routeOf('/plateforme/groupements/?nom=cyber')).toEqual({ page: 'platform-consortia' });
  });

  it('names the path it does not know', () => {
    expect(routeOf('/nulle-part')).toEqual({ page: 'not-found', path: '/nulle-part' });
  });
});

import { accessHeaders } from './headers';

describe('the headers sent to the access service', () => {
  it('carries the CSRF token on writes only', () => {
    expect(accessHeaders('POST', '/api/membership/consortia', {}, 'csrf')).toEqual({
      'X-CSRF-Token': 'csrf',
    });
    expect(accessHeaders('GET', '/api/membership/consortia', {}, 'csrf')).toEqual({});
  });

  it('names the role the page acts in', () => {
    expect(accessHeaders('GET', '/api/membership/consortia', { role: 'platform-admin' }, null)).toEqual({
      'X-Mutualis-Role': 'platform-admin',
    });
  });

  it('names the groupement only when the path does not', () => {
    const acting = { role: 'member-buyer' as const, consortiumId: 'c1' };
    expect(accessHeaders('GET', '/api/membership/consortia/c1/censuses', acting, null)).toEqual({
      'X-Mutualis-Role': 'member-buyer',
    });
    expect(accessHeaders('GET', '/api/tender/tenders/t1', acting, null)).toEqual({
      'X-Mutualis-Role': 'member-buyer',
      'X-Mutualis-Consortium': 'c1',
    });
  });
});

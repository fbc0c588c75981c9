import { consoleLocation } from './forward';
import { serviceAddresses } from './service-addresses';

const target = { url: new URL('http://127.0.0.1:3001/consortia'), prefix: '/api/membership' };

describe('the console’s address of what a service names', () => {
  it('puts a service’s path under the console’s prefix for that service', () => {
    expect(consoleLocation('/consortia/0190c6a4/onboarding-imports/42?x=1', target)).toBe(
      '/api/membership/consortia/0190c6a4/onboarding-imports/42?x=1',
    );
    expect(consoleLocation('http://127.0.0.1:3001/consortia/1', target)).toBe('/api/membership/consortia/1');
  });

  it('leaves another site’s address as it is', () => {
    expect(consoleLocation('https://www.boamp.fr/avis/1', target)).toBe('https://www.boamp.fr/avis/1');
  });
});

describe('the addresses of the services', () => {
  it('name each of the five', () => {
    const urls =
      'membership=http://a:1,supplier=http://b:2,tender=http://c:3,contract=http://d:4,audit=http://e:5';
    expect(serviceAddresses(urls).audit.href).toBe('http://e:5/');
    expect(() => serviceAddresses('membership=http://a:1')).toThrow(
      'MUTUALIS_SERVICE_URLS names no address for supplier, tender, contract, audit',
    );
  });
});

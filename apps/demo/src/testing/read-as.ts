import { issueLocalToken, Principal } from '@mutualis/shared/api/local';
import { ServiceName, ServiceUrls } from '../client';

/** GET on a service as `principal`, expecting 200: how the tests read the services' read models. */
export function readAs(urls: ServiceUrls, jwtSecret: string) {
  return async <T>(service: ServiceName, path: string, principal: Principal): Promise<T> => {
    const token = await issueLocalToken(principal, { secret: jwtSecret, ttl: '10m' });
    const response = await fetch(`${urls[service]}${path}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (response.status !== 200) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
}

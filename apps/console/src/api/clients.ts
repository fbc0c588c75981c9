import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths as AuditPaths } from './generated/audit';
import type { paths as ContractPaths } from './generated/contract';
import type { paths as MembershipPaths } from './generated/membership';
import type { paths as SupplierPaths } from './generated/supplier';
import type { paths as TenderPaths } from './generated/tender';
import { Acting, accessHeaders } from './headers';
import { currentCsrfToken, sessionExpired } from './session-link';

/** The five services, each called through the access service at `/api/<service>` with types from its document. */
export interface Clients {
  membership: Client<MembershipPaths>;
  supplier: Client<SupplierPaths>;
  tender: Client<TenderPaths>;
  contract: Client<ContractPaths>;
  audit: Client<AuditPaths>;
}

function accessMiddleware(acting: Acting): Middleware {
  return {
    onRequest({ request }) {
      const path = new URL(request.url, window.location.origin).pathname;
      for (const [name, value] of Object.entries(
        accessHeaders(request.method, path, acting, currentCsrfToken()),
      )) {
        request.headers.set(name, value);
      }
      return request;
    },
    onResponse({ response }) {
      if (response.status === 401) sessionExpired();
      return response;
    },
  };
}

function clientOf<Paths extends object>(service: string, acting: Acting): Client<Paths> {
  const client = createClient<Paths>({ baseUrl: `/api/${service}`, credentials: 'same-origin' });
  client.use(accessMiddleware(acting));
  return client;
}

/** Clients that call in the name of `acting` (its role, its groupement). */
export function createClients(acting: Acting): Clients {
  return {
    membership: clientOf<MembershipPaths>('membership', acting),
    supplier: clientOf<SupplierPaths>('supplier', acting),
    tender: clientOf<TenderPaths>('tender', acting),
    contract: clientOf<ContractPaths>('contract', acting),
    audit: clientOf<AuditPaths>('audit', acting),
  };
}

import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { OpenAPIObject } from '@nestjs/swagger';
import { Role } from '@mutualis/shared/api';
import {
  eventStoreState,
  JsonWriteRoute,
  jsonWriteRoutes,
  openApiSnapshotPath,
  sendRandomBodies,
  TEST_CONSORTIUM,
} from '@mutualis/shared/api/testing';
import { useIntegrationEnvironment } from '@mutualis/shared/testing';
import { startContractApp, ContractApp } from '../testing/contract-app';

const environment = useIntegrationEnvironment();
/** The committed document, which the service serves (openapi.int-spec): its routes name the tests. */
const snapshot = JSON.parse(readFileSync(openApiSnapshotPath('contract'), 'utf8')) as OpenAPIObject;
const routes = jsonWriteRoutes(snapshot).filter((route) => route.path !== '/clock');
let service: ContractApp;
let document: OpenAPIObject;
let state: ReturnType<typeof eventStoreState>;
/** The tokens' groupement, buyer and supplier; the other identifiers name nothing recorded. */
const ids: Record<string, string> = {
  consortiumId: TEST_CONSORTIUM,
  authoritySiret: '21440050900011',
  supplierSiret: '73282932000074',
  lot: '1',
};
const fill = (route: JsonWriteRoute) =>
  route.path.replace(/\{(\w+)\}/g, (_, name: string) => (ids[name] ??= randomUUID()));

beforeAll(async () => {
  service = await startContractApp(environment().databaseUrl);
  state = eventStoreState(environment().databaseUrl, 'contract');
  document = (await service.http().get('/openapi.json')).body;
});
environment.teardown(async () => {
  await state.close();
  await service.close();
});

describe('every write route, under bodies drawn from its OpenAPI schema: never a 5xx, nothing stored on a 4xx', () => {
  it.each(routes.map((route) => [`${route.method.toUpperCase()} ${route.path}`, route] as const))(
    '%s',
    async (_, route) => {
      const statuses = await sendRandomBodies({
        service,
        document,
        route,
        path: fill(route),
        authorization: await service.bearer(route.roles[0] as Role),
        state: state.read,
      });
      expect(statuses).toEqual(expect.objectContaining({ 400: expect.any(Number) }));
    },
  );
});

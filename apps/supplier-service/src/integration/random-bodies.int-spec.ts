import { readFileSync } from 'node:fs';
import type { OpenAPIObject } from '@nestjs/swagger';
import { Role } from '@mutualis/shared/api';
import {
  eventStoreState,
  JsonWriteRoute,
  jsonWriteRoutes,
  openApiSnapshotPath,
  sendRandomBodies,
} from '@mutualis/shared/api/testing';
import { useIntegrationEnvironment } from '@mutualis/shared/testing';
import { startSupplierApp, SupplierApp } from '../testing/supplier-app';

const environment = useIntegrationEnvironment();
/** The committed document, which the service serves (openapi.int-spec): its routes name the tests. */
const snapshot = JSON.parse(readFileSync(openApiSnapshotPath('supplier'), 'utf8')) as OpenAPIObject;
const routes = jsonWriteRoutes(snapshot).filter((route) => route.path !== '/clock');
const example = (path: string) => routes.find((route) => route.path === path)!.example as object;
let service: SupplierApp;
let document: OpenAPIObject;
let state: ReturnType<typeof eventStoreState>;
const ids = { supplierSiret: '', exclusionId: '' };
const fill = (route: JsonWriteRoute) =>
  route.path.replace(/\{(\w+)\}/g, (_, name: keyof typeof ids) => ids[name]);

/** The example's supplier, registered, with an exclusion recorded. */
beforeAll(async () => {
  service = await startSupplierApp(environment().databaseUrl);
  state = eventStoreState(environment().databaseUrl, 'supplier');
  document = (await service.http().get('/openapi.json')).body;
  const admin = await service.bearer('platform-admin');
  const registered = await service
    .http()
    .post('/suppliers')
    .set('Authorization', admin)
    .send(example('/suppliers'));
  expect([registered.status, registered.body.detail]).toEqual([201, undefined]);
  ids.supplierSiret = (example('/suppliers') as { siret: string }).siret.replace(/\s/g, '');
  const excluded = await service
    .http()
    .post(`/suppliers/${ids.supplierSiret}/exclusions`)
    .set('Authorization', admin)
    .send(example('/suppliers/{supplierSiret}/exclusions'));
  expect([excluded.status, excluded.body.detail]).toEqual([201, undefined]);
  ids.exclusionId = excluded.body.exclusionId;
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
        authorization: await service.bearer(route.roles[0] as Role, { supplierSiret: ids.supplierSiret }),
        state: state.read,
      });
      expect(statuses).toEqual(expect.objectContaining({ 400: expect.any(Number) }));
    },
  );
});

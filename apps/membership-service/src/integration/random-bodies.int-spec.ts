import { readFileSync } from 'node:fs';
import type { OpenAPIObject } from '@nestjs/swagger';
import { Role } from '@mutualis/shared/api';
import {
  eventStoreState,
  jsonWriteRoutes,
  openApiSnapshotPath,
  sendRandomBodies,
} from '@mutualis/shared/api/testing';
import { useIntegrationEnvironment } from '@mutualis/shared/testing';
import { MembershipApp, startMembershipApp } from '../testing/membership-app';
import { requestExample } from '../testing/openapi-examples';

const environment = useIntegrationEnvironment();
let service: MembershipApp;
let document: OpenAPIObject;
let state: ReturnType<typeof eventStoreState>;
const ids = { consortiumId: '', authoritySiret: '', censusId: '' };
const token = (role: Role) =>
  service.bearer(role, { consortia: [ids.consortiumId], authoritySiret: ids.authoritySiret });

/** A groupement with a member that applied, was authorised and signed, and an open census. */
beforeAll(async () => {
  service = await startMembershipApp(environment().databaseUrl);
  service.setNow('2026-04-01T10:00:00+02:00');
  state = eventStoreState(environment().databaseUrl, 'membership');
  document = (await service.http().get('/openapi.json')).body;
  const formed = await service
    .http()
    .post('/consortia')
    .set('Authorization', await service.bearer('platform-admin'))
    .send(requestExample(document, 'POST', '/consortia'));
  ids.consortiumId = formed.body.consortiumId;
  const applied = requestExample(document, 'POST', '/consortia/{consortiumId}/applications');
  ids.authoritySiret = (applied as { authority: { siret: string } }).authority.siret;
  for (const route of [
    '/consortia/{consortiumId}/applications',
    '/consortia/{consortiumId}/members/{authoritySiret}/deliberations',
    '/consortia/{consortiumId}/members/{authoritySiret}/adhesion',
    '/consortia/{consortiumId}/censuses',
  ]) {
    const path = route.replace(/\{(\w+)\}/g, (_, name: keyof typeof ids) => ids[name]);
    const response = await service
      .http()
      .post(path)
      .set('Authorization', await token('coordinator'))
      .send(requestExample(document, 'POST', route));
    expect([route, response.status, response.body.detail]).toEqual([route, 201, undefined]);
    ids.censusId ||= response.body.censusId ?? '';
  }
});
environment.teardown(async () => {
  await state.close();
  await service.close();
});

it('refuses an application without its authority with a 400 naming the field, leaving the store as it was', async () => {
  const before = await state.read();
  const response = await service
    .http()
    .post(`/consortia/${ids.consortiumId}/applications`)
    .set('Authorization', await token('coordinator'))
    .send({});
  expect(response.status).toBe(400);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body.errors).toEqual([
    { field: 'authority', message: expect.stringContaining('authority') },
  ]);
  expect(await state.read()).toBe(before);
});

/** The committed document, which the service serves (openapi.int-spec): its routes name the tests. */
const snapshot = JSON.parse(readFileSync(openApiSnapshotPath('membership'), 'utf8')) as OpenAPIObject;

describe('every write route, under bodies drawn from its OpenAPI schema: never a 5xx, nothing stored on a 4xx', () => {
  it.each(
    jsonWriteRoutes(snapshot).map((route) => [`${route.method.toUpperCase()} ${route.path}`, route] as const),
  )('%s', async (_, route) => {
    const path = route.path.replace(/\{(\w+)\}/g, (_, name: keyof typeof ids) => ids[name]);
    const statuses = await sendRandomBodies({
      service,
      document,
      route,
      path,
      authorization: await token(route.roles[0] as Role),
      state: state.read,
    });
    expect(statuses).toEqual(expect.objectContaining({ 400: expect.any(Number) }));
  });
});

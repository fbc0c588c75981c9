import type { OpenAPIObject } from '@nestjs/swagger';
import { Role } from '@mutualis/shared/api';
import { expectOpenApiSnapshot, openApiGaps } from '@mutualis/shared/api/testing';
import { useIntegrationEnvironment } from '@mutualis/shared/testing';
import { MembershipApp, startMembershipApp } from '../testing/membership-app';
import { operationsWithJsonBody, requestExample } from '../testing/openapi-examples';

const environment = useIntegrationEnvironment();
let service: MembershipApp;
let document: OpenAPIObject;

beforeAll(async () => {
  service = await startMembershipApp(environment().databaseUrl);
  // After every date of the examples, and more than the convention's notice before the withdrawal's.
  service.setNow('2026-04-01T10:00:00+02:00');
  document = (await service.http().get('/openapi.json')).body;
});
// Closing the service checks every answer below against the schemas the document gives them.
environment.teardown(() => service.close());

it('documents every answer, parameter and body that a generated client needs', async () => {
  expect(openApiGaps(document)).toEqual([]);
  await expectOpenApiSnapshot('membership', document);
});

describe('the examples of the document, sent as they are', () => {
  const posted = new Set<string>();
  const ids = { consortiumId: '', censusId: '' };
  let token: (role: Role) => Promise<string>;

  /** POSTs the documented example of the route, its path parameters filled in. */
  async function post(route: string, values: Record<string, string> = {}, role: Role = 'coordinator') {
    posted.add(`POST ${route}`);
    const path = route.replace(
      /\{(\w+)\}/g,
      (_, name: string) => values[name] ?? ids[name as keyof typeof ids],
    );
    return service
      .http()
      .post(path)
      .set('Authorization', await token(role))
      .send(requestExample(document, 'POST', route));
  }
  const get = async (path: string) =>
    service
      .http()
      .get(`/consortia/${ids.consortiumId}${path}`)
      .set('Authorization', await token('auditor'));

  it('forms a groupement, which a collectivité joins on its délibération', async () => {
    const formed = await service
      .http()
      .post('/consortia')
      .set('Authorization', await service.bearer('platform-admin'))
      .send(requestExample(document, 'POST', '/consortia'));
    posted.add('POST /consortia');
    expect([formed.status, formed.body.detail]).toEqual([201, undefined]);
    ids.consortiumId = formed.body.consortiumId;
    token = (role) => service.bearer(role, { consortia: [ids.consortiumId] });

    const { authority } = requestExample(document, 'POST', '/consortia/{consortiumId}/applications') as {
      authority: { siret: string };
    };
    const member = { authoritySiret: authority.siret };
    for (const route of [
      '/consortia/{consortiumId}/applications',
      '/consortia/{consortiumId}/members/{authoritySiret}/deliberations',
      '/consortia/{consortiumId}/members/{authoritySiret}/adhesion',
      '/consortia/{consortiumId}/procedure-launches',
      '/consortia/{consortiumId}/cao',
    ]) {
      const response = await post(route, member);
      expect([route, response.status, response.body.detail]).toEqual([route, 201, undefined]);
    }
    const read = await get('');
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ memberCount: 2, cao: { composition: 'dedicated' } });
    expect(read.body.launches[0].beneficiaries).toContain(authority.siret);
    expect((await get('/members')).body.members).toHaveLength(2);
    const cao = await get('/cao');
    expect(cao.body.members.map((person: { name: string }) => person.name)).toHaveLength(2);
    const { personId } = cao.body.members[1];
    const erased = await service
      .http()
      .post(`/consortia/${ids.consortiumId}/cao/persons/${personId}/erasure`)
      .set('Authorization', await token('coordinator'));
    expect(erased.status).toBe(201);
    expect((await get('/cao')).body.members[1]).toEqual({ siret: authority.siret, personId, erased: true });
  });

  it('runs a needs census to its estimated value, then shares costs and records a withdrawal', async () => {
    const opened = await post('/consortia/{consortiumId}/censuses');
    expect([opened.status, opened.body.detail]).toEqual([201, undefined]);
    ids.censusId = opened.body.censusId;
    const { authority } = requestExample(document, 'POST', '/consortia/{consortiumId}/applications') as {
      authority: { siret: string };
    };
    const member = { authoritySiret: authority.siret };
    const needs = await post('/consortia/{consortiumId}/censuses/{censusId}/needs/{authoritySiret}', member);
    expect([needs.status, needs.body.detail]).toEqual([201, undefined]);
    const closed = await service
      .http()
      .post(`/consortia/${ids.consortiumId}/censuses/${ids.censusId}/close`)
      .set('Authorization', await token('coordinator'));
    expect(closed.status).toBe(201);
    const census = await get(`/censuses/${ids.censusId}`);
    expect(census.body.closed).toMatchObject({ beneficiaries: [authority.siret] });

    const shares = await get(`/cost-shares?amountCents=1000000&censusId=${ids.censusId}`);
    expect([shares.status, shares.body.shares.length]).toEqual([200, 2]);
    const withdrawal = await post('/consortia/{consortiumId}/members/{authoritySiret}/withdrawal', member);
    expect([withdrawal.status, withdrawal.body.detail]).toEqual([201, undefined]);
    const history = await get('/history');
    expect(history.body.map((event: { type: string }) => event.type)).toContain(
      'membership.WithdrawalRecorded',
    );
  });

  it('onboards the collectivités of the example file', async () => {
    const imported = await post('/consortia/{consortiumId}/onboarding-imports');
    expect([imported.status < 300, imported.body.detail]).toEqual([true, undefined]);
  });

  it('has tried the example of every body the document takes', () => {
    expect(operationsWithJsonBody(document).filter((operation) => !posted.has(operation))).toEqual([]);
  });
});

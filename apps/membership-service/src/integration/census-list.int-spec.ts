import { Role } from '@mutualis/shared/api';
import { followJob } from '@mutualis/shared/api/testing';
import { useIntegrationEnvironment } from '@mutualis/shared/testing';
import { MembershipApp, startMembershipApp } from '../testing/membership-app';
import { consortiumBody, CROSSAC, SAINT_NAZAIRE, SAVENAY } from '../testing/membership-fixtures';

const environment = useIntegrationEnvironment();
let service: MembershipApp;
let consortiumId: string;
let otherId: string;
/** The position of the last command: a list asked with it reflects every command before. */
let lastPosition = 0;

const LOTS = [
  { number: 1, title: 'Audit de sécurité' },
  { number: 2, title: 'Supervision (SOC)' },
];
const censusBody = (object: string) => ({
  object,
  cpvCode: '79212000',
  lots: LOTS,
  duration: { initialMonths: 36, renewals: 1, monthsPerRenewal: 12 },
  options: 'tests d’intrusion supplémentaires',
});

const token = (role: Role, consortia = [consortiumId]) =>
  service.bearer(role, { consortia, ...(role === 'member-buyer' ? { authoritySiret: CROSSAC.siret } : {}) });

async function command(path: string, body: object = {}, role: Role = 'coordinator') {
  const response = await service
    .http()
    .post(`/consortia/${consortiumId}${path}`)
    .set('Authorization', await token(role))
    .send(body);
  expect([path, response.status, response.body.detail]).toEqual([path, 201, undefined]);
  lastPosition = response.body.position;
  return response.body;
}

async function open(object: string, on: string): Promise<string> {
  service.setNow(`${on}T10:00:00+01:00`);
  return (await command('/censuses', censusBody(object))).censusId;
}

async function list(query = '', role: Role = 'coordinator', consortia = [consortiumId]) {
  return service
    .http()
    .get(`/consortia/${consortia[0]}/censuses?minPosition=${lastPosition}${query ? `&${query}` : ''}`)
    .set('Authorization', await token(role, consortia));
}
const objectsOf = (body: { censuses: { object: string }[] }) => body.censuses.map(({ object }) => object);

beforeAll(async () => {
  service = await startMembershipApp(environment().databaseUrl);
  service.setNow('2026-03-02T10:00:00+01:00');
  const admin = await service.bearer('platform-admin');
  const form = async (name: string) => {
    const formed = await service
      .http()
      .post('/consortia')
      .set('Authorization', admin)
      .send({ ...consortiumBody(), name });
    expect(formed.status).toBe(201);
    return formed.body.consortiumId as string;
  };
  consortiumId = await form('Groupement cybersécurité de l’estuaire');
  otherId = await form('Groupement des fournitures scolaires');
  await command('/applications', { authority: CROSSAC });
  const deliberation = { number: 'DCM-2026-014', adoptedOn: '2026-02-12', body: 'conseil municipal' };
  await command(`/members/${CROSSAC.siret}/deliberations`, deliberation);
  await command(`/members/${CROSSAC.siret}/adhesion`, { acceptedOn: '2026-02-16' });
});
environment.teardown(() => service.close());

describe('GET /consortia/{consortiumId}/censuses: the groupement’s recensements des besoins', () => {
  let first: string;
  const needs = (lot: number, annualCents: number, optionsAnnualCents = 0) => ({
    needs: [{ lot, annualCents, optionsAnnualCents }],
  });

  it('lists a census once opened: its object, CPV code, lots and opening date, no answer yet', async () => {
    first = await open('Cybersécurité des communes', '2026-03-10');
    const response = await list();
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      censuses: [
        {
          censusId: first,
          object: 'Cybersécurité des communes',
          cpvCode: '79212000-3', // with its check digit, as the census recorded it
          lots: LOTS,
          openedOn: '2026-03-10',
          respondents: 0,
          closed: null,
        },
      ],
      total: 1,
      next: null,
    });
  });

  it('counts each authority that answered once, a new statement replacing its previous one', async () => {
    await command(`/censuses/${first}/needs/${CROSSAC.siret}`, needs(1, 1_000_000, 200_000), 'member-buyer');
    expect((await list()).body.censuses[0].respondents).toBe(1);
    await command(`/censuses/${first}/needs/${CROSSAC.siret}`, needs(1, 1_000_000, 200_000), 'member-buyer');
    expect((await list()).body.censuses[0].respondents).toBe(1);
    await command(`/censuses/${first}/needs/${SAINT_NAZAIRE.siret}`, needs(2, 3_000_000));
    expect((await list('', 'member-buyer')).body.censuses[0].respondents).toBe(2);
  });

  it('gives a closed census its closing date and total estimated value (T1), as the census itself says', async () => {
    service.setNow('2026-03-15T10:00:00+01:00');
    await command(`/censuses/${first}/close`);
    const [line] = (await list('', 'auditor')).body.censuses;
    expect(line).toMatchObject({ censusId: first, respondents: 2 });
    // 48 months: Crossac's 1.2 M€ a year on lot 1, Saint-Nazaire's 3 M€ on lot 2 (cents).
    expect(line.closed).toEqual({ closedOn: '2026-03-15', totalCents: 16_800_000 });
    const census = await service
      .http()
      .get(`/consortia/${consortiumId}/censuses/${first}`)
      .set('Authorization', await token('auditor'));
    expect(line.closed.totalCents).toBe(census.body.closed.totalCents);
  });

  it('lists the newest first (opening date, then the order they were opened in), filtered by state', async () => {
    await open('Fournitures de bureau', '2026-03-20');
    await open('Licences bureautiques', '2026-04-01');
    await open('Postes de travail', '2026-04-01');
    const all = await list();
    expect(objectsOf(all.body)).toEqual([
      'Postes de travail',
      'Licences bureautiques',
      'Fournitures de bureau',
      'Cybersécurité des communes',
    ]);
    expect(all.body).toMatchObject({ total: 4, next: null });
    const opened = await list('state=open');
    expect(objectsOf(opened.body)).toEqual([
      'Postes de travail',
      'Licences bureautiques',
      'Fournitures de bureau',
    ]);
    expect(opened.body.censuses.every((line: { closed: null }) => line.closed === null)).toBe(true);
    const closed = await list('state=closed');
    expect(closed.body).toMatchObject({ censuses: [{ censusId: first }], total: 1, next: null });
  });

  it('pages: limit, then next as the offset of the following page; total counts the filtered censuses', async () => {
    const page1 = await list('limit=2');
    expect(objectsOf(page1.body)).toEqual(['Postes de travail', 'Licences bureautiques']);
    expect(page1.body).toMatchObject({ total: 4, next: 2 });
    const page2 = await list(`limit=2&offset=${page1.body.next}`);
    expect(objectsOf(page2.body)).toEqual(['Fournitures de bureau', 'Cybersécurité des communes']);
    expect(page2.body.next).toBeNull();
    const openPage = await list('state=open&limit=2&offset=2');
    expect(openPage.body).toMatchObject({ total: 3, next: null });
    expect(objectsOf(openPage.body)).toEqual(['Fournitures de bureau']);
    expect((await list('offset=10')).body).toEqual({ censuses: [], total: 4, next: null });
  });

  it('never counts a refused statement of needs (Savenay is not a member)', async () => {
    const before = (await list('state=open')).body.censuses[0];
    const refused = await service
      .http()
      .post(`/consortia/${consortiumId}/censuses/${before.censusId}/needs/${SAVENAY.siret}`)
      .set('Authorization', await token('coordinator'))
      .send({ needs: [{ lot: 1, annualCents: 1_000, optionsAnnualCents: 0 }] });
    expect(refused.status).toBe(422);
    expect((await list('state=open')).body.censuses[0].respondents).toBe(before.respondents);
  });

  it('is open to the groupement’s coordinator, members and auditors only, each consortium seeing its own', async () => {
    for (const role of ['coordinator', 'member-buyer', 'auditor'] as const) {
      expect([role, (await list('', role)).status]).toEqual([role, 200]);
    }
    const another = await service
      .http()
      .get(`/consortia/${consortiumId}/censuses`)
      .set('Authorization', await token('coordinator', [otherId]));
    expect(another.status).toBe(403);
    expect(another.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(JSON.stringify(another.body)).not.toContain('Cybersécurité');
    for (const role of ['platform-admin', 'supplier'] as const) {
      const refused = await service
        .http()
        .get(`/consortia/${consortiumId}/censuses`)
        .set('Authorization', await service.bearer(role, { consortia: [consortiumId] }));
      expect([role, refused.status]).toEqual([role, 403]);
    }
    expect((await service.http().get(`/consortia/${consortiumId}/censuses`)).status).toBe(401);
    expect((await list('', 'coordinator', [otherId])).body).toEqual({ censuses: [], total: 0, next: null });
  });

  it.each(['state=draft', 'limit=0', 'limit=201', 'offset=-1'])(
    'refuses %s with a problem naming the parameter',
    async (query) => {
      const response = await list(query);
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(JSON.stringify(response.body.errors)).toContain(query.split('=')[0]);
    },
  );

  it('is a read model the platform’s operators can rebuild from the store, giving the same list', async () => {
    const before = (await list()).body;
    const admin = await service.bearer('platform-admin');
    const rebuilt = await service
      .http()
      .post('/projections/census_register/rebuild')
      .set('Authorization', admin);
    expect(rebuilt.status).toBe(202);
    const { job } = await followJob(service, rebuilt.headers['location']!, admin);
    expect(job.status).toBe('succeeded');
    expect((await list()).body).toEqual(before);
  });

  it('documents its answer and its parameters in the OpenAPI document', async () => {
    const { body: document } = await service.http().get('/openapi.json');
    const operation = document.paths['/consortia/{consortiumId}/censuses'].get;
    expect(operation.responses['200'].content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/CensusListPage',
    });
    expect(operation['x-mutualis-roles']).toEqual(['coordinator', 'member-buyer', 'auditor']);
    const query = operation.parameters.filter((parameter: { in: string }) => parameter.in === 'query');
    expect(query.map((parameter: { name: string }) => parameter.name).sort()).toEqual([
      'limit',
      'minPosition',
      'offset',
      'state',
    ]);
    expect(query.every((parameter: { description?: string }) => Boolean(parameter.description))).toBe(true);
  });
});

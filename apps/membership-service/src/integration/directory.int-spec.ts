import { followJob } from '@mutualis/shared/api/testing';
import { useIntegrationEnvironment } from '@mutualis/shared/testing';
import { MembershipApp, startMembershipApp } from '../testing/membership-app';
import { consortiumBody, CROSSAC, MESANGER, SAVENAY } from '../testing/membership-fixtures';

const environment = useIntegrationEnvironment();
let service: MembershipApp;
let admin: string;
const ids: Record<'estuary' | 'centre' | 'licences', string> = { estuary: '', centre: '', licences: '' };
let lastPosition = 0;

async function form(kind: string, name: string, coordinator: object): Promise<string> {
  const response = await service
    .http()
    .post('/consortia')
    .set('Authorization', admin)
    .send({ ...consortiumBody(kind), name, coordinator });
  expect(response.status).toBe(201);
  expect(response.headers['location']).toBe(`/consortia/${response.body.consortiumId}`);
  lastPosition = response.body.position;
  return response.body.consortiumId;
}

beforeAll(async () => {
  service = await startMembershipApp(environment().databaseUrl);
  service.setNow('2026-02-20T10:00:00+01:00');
  admin = await service.bearer('platform-admin');
  ids.estuary = await form('permanent-groupement', 'Groupement cybersécurité de l’estuaire', SAVENAY);
  ids.centre = await form('purchasing-centre', 'Centrale numérique 44', MESANGER);
  ids.licences = await form('one-off-groupement', 'Achat groupé de licences', SAVENAY);
  const applied = await service
    .http()
    .post(`/consortia/${ids.estuary}/applications`)
    .set('Authorization', await service.bearer('coordinator', { consortia: [ids.estuary] }))
    .send({ authority: CROSSAC });
  expect(applied.status).toBe(201);
  lastPosition = applied.body.position;
});
environment.teardown(() => service.close());

const list = async (query: string, token = admin) =>
  service.http().get(`/consortia?minPosition=${lastPosition}&${query}`).set('Authorization', token);
const namesOf = (body: { consortia: { name: string }[] }) => body.consortia.map(({ name }) => name);

describe('GET /consortia: finding one’s groupements', () => {
  it('lists every consortium to the platform administrator, by name, with coordinator, members and régions', async () => {
    const response = await list('');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      consortia: [
        expect.objectContaining({ consortiumId: ids.licences, name: 'Achat groupé de licences' }),
        expect.objectContaining({ consortiumId: ids.centre, name: 'Centrale numérique 44' }),
        {
          consortiumId: ids.estuary,
          name: 'Groupement cybersécurité de l’estuaire',
          kind: 'permanent-groupement',
          coordinator: { siret: SAVENAY.siret, name: SAVENAY.name },
          effectiveOn: '2026-02-01',
          members: 1,
          applicants: 1,
          regions: ['52'],
        },
      ],
      total: 3,
      next: null,
    });
  });

  it('shows other roles only the consortia their token names', async () => {
    const coordinator = await service.bearer('coordinator', { consortia: [ids.estuary] });
    expect(namesOf((await list('', coordinator)).body)).toEqual(['Groupement cybersécurité de l’estuaire']);
    const auditor = await service.bearer('auditor', { consortia: [ids.estuary, ids.licences] });
    expect((await list('', auditor)).body.total).toBe(2);
    const stranger = await service.bearer('coordinator', {
      consortia: ['0190c6a4-7c1e-7b1a-9d3e-2f4a5b6c7d8e'],
    });
    expect((await list('', stranger)).body).toEqual({ consortia: [], total: 0, next: null });
  });

  it.each([
    ['name=CYBER', ['Groupement cybersécurité de l’estuaire']],
    ['name=%25', []],
    ['kind=purchasing-centre', ['Centrale numérique 44']],
    [`siret=${CROSSAC.siret}`, ['Groupement cybersécurité de l’estuaire']],
    [`siret=${CROSSAC.siret.slice(0, 9)}`, ['Groupement cybersécurité de l’estuaire']],
    [`siret=${SAVENAY.siret}`, ['Achat groupé de licences', 'Groupement cybersécurité de l’estuaire']],
    [
      'region=52',
      ['Achat groupé de licences', 'Centrale numérique 44', 'Groupement cybersécurité de l’estuaire'],
    ],
    ['region=76', []],
    ['region=52&kind=one-off-groupement', ['Achat groupé de licences']],
  ])('filters by %s', async (query, names) => {
    const response = await list(query);
    expect(response.status).toBe(200);
    expect(namesOf(response.body)).toEqual(names);
    expect(response.body.total).toBe(names.length);
  });

  it('pages: limit, then next as the offset of the following page', async () => {
    const first = await list('limit=2');
    expect(namesOf(first.body)).toEqual(['Achat groupé de licences', 'Centrale numérique 44']);
    expect(first.body).toMatchObject({ total: 3, next: 2 });
    const second = await list(`limit=2&offset=${first.body.next}`);
    expect(namesOf(second.body)).toEqual(['Groupement cybersécurité de l’estuaire']);
    expect(second.body.next).toBeNull();
  });

  it.each(['limit=0', 'limit=201', 'offset=-1', 'siret=2144005090001', 'region=Occitanie', 'kind=syndicat'])(
    'refuses %s with a problem naming the parameter, and no token at all with 401',
    async (query) => {
      const response = await list(query);
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(JSON.stringify(response.body.errors)).toContain(query.split('=')[0]);
      expect((await service.http().get(`/consortia?${query}`)).status).toBe(401);
    },
  );

  it('is a read model the platform’s operators can rebuild, giving the same list', async () => {
    const before = (await list('')).body;
    const rebuilt = await service
      .http()
      .post('/projections/consortium_directory/rebuild')
      .set('Authorization', admin);
    expect(rebuilt.status).toBe(202);
    const { job } = await followJob(service, rebuilt.headers['location']!, admin);
    expect(job.status).toBe('succeeded');
    expect((await list('')).body).toEqual(before);
  });

  it('answers a creation with the Location of the new groupement, repeated when the request is replayed', async () => {
    const create = async () =>
      service
        .http()
        .post('/consortia')
        .set('Authorization', admin)
        .set('Idempotency-Key', 'directory-location-1')
        .send({ ...consortiumBody('one-off-groupement'), name: 'Achat de postes', coordinator: SAVENAY });
    const first = await create();
    const replay = await create();
    expect(first.status).toBe(201);
    expect(first.headers['location']).toBe(`/consortia/${first.body.consortiumId}`);
    expect([replay.headers['idempotent-replayed'], replay.headers['location']]).toEqual([
      'true',
      first.headers['location'],
    ]);
    const coordinator = await service.bearer('coordinator', { consortia: [first.body.consortiumId] });
    const read = await service.http().get(first.headers['location']!).set('Authorization', coordinator);
    expect([read.status, read.body.name]).toEqual([200, 'Achat de postes']);
    const { body: document } = await service.http().get('/openapi.json');
    expect(document.paths['/consortia'].post.responses['201'].headers.Location.schema.example).toBe(
      '/consortia/{consortiumId}',
    );
  });

  it('documents its response and its parameters in the OpenAPI document', async () => {
    const { body: document } = await service.http().get('/openapi.json');
    const operation = document.paths['/consortia'].get;
    expect(operation.responses['200'].content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/DirectoryPage',
    });
    for (const parameter of operation.parameters.filter((p: { in: string }) => p.in === 'query')) {
      expect([parameter.name, typeof parameter.description]).toEqual([parameter.name, 'string']);
    }
  });
});

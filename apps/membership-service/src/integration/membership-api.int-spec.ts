import { Role } from '@mutualis/shared/api';
import { useIntegrationEnvironment } from '@mutualis/shared/testing';
import { MembershipApp, startMembershipApp } from '../testing/membership-app';
import { consortiumBody, CROSSAC, MESANGER, SAINT_NAZAIRE, SAVENAY } from '../testing/membership-fixtures';

const environment = useIntegrationEnvironment();
let service: MembershipApp;
let consortiumId: string;

beforeAll(async () => {
  service = await startMembershipApp(environment().databaseUrl);
  service.setNow('2026-02-20T10:00:00+01:00');
  const formed = await service
    .http()
    .post('/consortia')
    .set('Authorization', await service.bearer('platform-admin'))
    .send(consortiumBody());
  expect(formed.status).toBe(201);
  consortiumId = formed.body.consortiumId;
});
environment.teardown(() => service.close());

const token = (role: Role, authoritySiret = CROSSAC.siret) =>
  service.bearer(role, { consortia: [consortiumId], ...(role === 'member-buyer' ? { authoritySiret } : {}) });
const post = async (path: string, body: object, role: Role = 'coordinator', authoritySiret?: string) =>
  service
    .http()
    .post(`/consortia/${consortiumId}${path}`)
    .set('Authorization', await token(role, authoritySiret))
    .send(body);
const get = async (path: string, role: Role = 'auditor') =>
  service
    .http()
    .get(`/consortia/${consortiumId}${path}`)
    .set('Authorization', await token(role));

async function join(authority: typeof CROSSAC, adoptedOn: string, acceptedOn: string) {
  expect((await post('/applications', { authority })).status).toBe(201);
  const deliberation = { number: `DCM-${adoptedOn}`, adoptedOn, body: 'conseil municipal' };
  expect((await post(`/members/${authority.siret}/deliberations`, deliberation)).status).toBe(201);
  expect((await post(`/members/${authority.siret}/adhesion`, { acceptedOn })).status).toBe(201);
}

describe('a permanent groupement and its members', () => {
  it('is read by the platform that formed it and onboards its communes, in the groupement its token names', async () => {
    expect((await get('', 'platform-admin')).status).toBe(200);
    expect((await get('/members', 'platform-admin')).status).toBe(200);
    const elsewhere = await service
      .http()
      .get(`/consortia/${consortiumId}`)
      .set('Authorization', await service.bearer('platform-admin'));
    expect(elsewhere.status).toBe(403);
  });

  it('is formed by the platform administrator, with its coordinator checked against the reference data', async () => {
    const read = await get('');
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      kind: 'permanent-groupement',
      coordinator: { siret: SAINT_NAZAIRE.siret, inseeCode: '44184', population: expect.any(Number) },
      memberCount: 1,
    });
    const coordinatorOfAnother = await service
      .http()
      .get(`/consortia/${consortiumId}`)
      .set('Authorization', await service.bearer('coordinator'));
    expect(coordinatorOfAnother.status).toBe(403);
  });

  it('M2: refuses to form a groupement whose collectivité coordinator names no délibération', async () => {
    const { coordinatorDeliberation: _omitted, ...body } = consortiumBody();
    const response = await service
      .http()
      .post('/consortia')
      .set('Authorization', await service.bearer('platform-admin'))
      .send(body);
    expect(response.status).toBe(422);
    expect(response.body.type).toBe('urn:mutualis:rule:deliberation-required');
  });

  it('lets a member buyer apply for its own authority only, and refuses a SIRET that fails its check (S1)', async () => {
    expect((await post('/applications', { authority: CROSSAC }, 'member-buyer')).status).toBe(201);
    expect((await post('/applications', { authority: MESANGER }, 'member-buyer')).status).toBe(403);
    const bad = await post('/applications', { authority: { ...MESANGER, siret: '21440096200013' } });
    expect(bad.status).toBe(422);
    expect(bad.body.type).toBe('urn:mutualis:rule:invalid-siret');
  });

  it('M2: refuses an adhesion before the délibération, accepts it on the day of the délibération', async () => {
    const deliberation = { number: 'DCM-2026-014', adoptedOn: '2026-02-12', body: 'conseil municipal' };
    expect((await post(`/members/${CROSSAC.siret}/deliberations`, deliberation, 'member-buyer')).status).toBe(
      201,
    );
    const early = await post(`/members/${CROSSAC.siret}/adhesion`, { acceptedOn: '2026-02-10' });
    expect(early.status).toBe(422);
    expect(early.body).toMatchObject({
      type: 'urn:mutualis:rule:deliberation-required',
      values: { adoptedOn: '2026-02-12' },
    });
    expect((await post(`/members/${CROSSAC.siret}/adhesion`, { acceptedOn: '2026-02-12' })).status).toBe(201);
  });

  it('refuses a délibération dated in the future, and a member buyer accepting adhesions', async () => {
    const future = await post(`/members/${CROSSAC.siret}/deliberations`, {
      number: 'X',
      adoptedOn: '2026-03-01',
      body: 'conseil',
    });
    expect(future.status).toBe(400);
    expect(
      (await post(`/members/${CROSSAC.siret}/adhesion`, { acceptedOn: '2026-02-12' }, 'member-buyer')).status,
    ).toBe(403);
  });

  it('gives the members of any date (?on=) and the consortium as recorded at an instant (?asOf=)', async () => {
    await join(MESANGER, '2026-02-14', '2026-02-16');
    const members = async (query: string) =>
      (await get(`/members${query}`)).body.members.map((member: { name: string }) => member.name);
    expect(await members('?on=2026-02-11')).toEqual(['Saint-Nazaire']);
    expect(await members('?on=2026-02-15')).toEqual(['Crossac', 'Saint-Nazaire']);
    expect(await members('?on=2026-02-16')).toEqual(['Crossac', 'Mésanger', 'Saint-Nazaire']);
    const history = await get('/history');
    const beforeMesanger = history.body.find(
      (event: { type: string; data: { authority?: { name: string } } }) =>
        event.data.authority?.name === 'Mésanger',
    ).recordedAt;
    const asOf = await get(
      `?asOf=${encodeURIComponent(new Date(Date.parse(beforeMesanger) - 1).toISOString())}&on=2026-02-16`,
    );
    expect(asOf.body.memberCount).toBe(2);
    expect((await get('?on=2026-02-30')).status).toBe(400);
  });

  it('M1 and M3 (L2113-7): refuses a launch before the convention is in force or naming a member who signed that day; a later member is not a beneficiary', async () => {
    const early = await post('/procedure-launches', {
      procedureId: '0190c6a4-7c1e-7000-8000-0000000000b1',
      launchedOn: '2026-01-20',
      object: 'Audit',
    });
    expect(early.status).toBe(422);
    expect(early.body).toMatchObject({
      type: 'urn:mutualis:rule:convention-not-in-force',
      legalReference: 'L2113-7',
    });
    // Mésanger signed on 2026-02-16: the day of the launch is too late for it to be a beneficiary (M1).
    const sameDay = await post('/procedure-launches', {
      procedureId: '0190c6a4-7c1e-7000-8000-0000000000b1',
      launchedOn: '2026-02-16',
      object: 'Audit',
      beneficiaries: [MESANGER.siret, SAINT_NAZAIRE.siret],
    });
    expect(sameDay.status).toBe(422);
    expect(sameDay.body).toMatchObject({
      type: 'urn:mutualis:rule:beneficiary-not-signed-before-launch',
      legalReference: 'L2113-7',
    });
    const launch = await post('/procedure-launches', {
      procedureId: '0190c6a4-7c1e-7000-8000-0000000000b1',
      launchedOn: '2026-02-18',
      object: 'Audit',
    });
    expect(launch.status).toBe(201);
    await join(SAVENAY, '2026-02-19', '2026-02-19');
    const read = await get('');
    expect(read.body.launches[0].beneficiaries).toEqual([CROSSAC.siret, MESANGER.siret, SAINT_NAZAIRE.siret]);
    expect(read.body.memberCount).toBe(4);
  });

  it('M6: composes a CAO with one elected representative per member, names sealed', async () => {
    const rep = (authority: typeof CROSSAC, name: string) => ({ siret: authority.siret, name });
    const members = [rep(SAINT_NAZAIRE, 'Élu A'), rep(CROSSAC, 'Élu B'), rep(MESANGER, 'Élu C')];
    const missing = await post('/cao', {
      composedOn: '2026-02-20',
      composition: 'dedicated',
      chair: members[0],
      members,
    });
    expect(missing.status).toBe(422);
    expect(missing.body).toMatchObject({
      type: 'urn:mutualis:rule:cao-one-representative-per-member',
      values: { missing: [SAVENAY.siret] },
    });
    const all = [...members, rep(SAVENAY, 'Élu D')];
    expect(
      (
        await post('/cao', {
          composedOn: '2026-02-20',
          composition: 'dedicated',
          chair: all[0],
          members: all,
        })
      ).status,
    ).toBe(201);
    expect(JSON.stringify((await get('/history')).body)).not.toContain('Élu B');
    const composed = await get('/cao');
    expect(composed.status).toBe(200);
    expect(composed.body.members[1]).toMatchObject({ siret: CROSSAC.siret, name: 'Élu B', erased: false });
  });

  it('shows the CAO’s names to no role of another consortium on any read route, and logs each read in clear (ADR 0018)', async () => {
    const document = (await service.http().get('/openapi.json')).body;
    const routes = Object.keys(document.paths).filter((route) => document.paths[route].get);
    expect(routes).toContain('/consortia/{consortiumId}/cao');
    const fill = (route: string) =>
      route
        .replace('{consortiumId}', consortiumId)
        .replace('{authoritySiret}', CROSSAC.siret)
        .replace(/\{\w+\}/g, '0190c6a4-7c1e-7000-8000-0000000009fe');
    const names = ['Élu A', 'Élu B', 'Élu C', 'Élu D'];
    const leaks: string[] = [];
    for (const role of ['coordinator', 'member-buyer', 'auditor', 'supplier', 'platform-admin'] as const) {
      // Another groupement, one that does not exist, and (for the administrator) none at all.
      const elsewhere = [['0190c6a4-7c1e-7000-8000-0000000000ee'], ['0190c6a4-7c1e-7000-8000-00000000dead']];
      for (const consortia of role === 'platform-admin' ? [...elsewhere, []] : elsewhere) {
        const bearer = await service.bearer(role, { consortia, authoritySiret: CROSSAC.siret });
        for (const route of routes) {
          const response = await service.http().get(fill(route)).set('Authorization', bearer);
          if (names.some((name) => response.text.includes(name))) leaks.push(`${role}: GET ${route}`);
        }
      }
    }
    expect(leaks).toEqual([]);

    const before = (await get('/cao/personal-data-reads')).body.length;
    const read = await service
      .http()
      .get(`/consortia/${consortiumId}/cao`)
      .set('Authorization', await token('coordinator'))
      .set('X-Request-Id', 'cao-read-by-coordinator');
    expect(read.body.chair).toMatchObject({ name: 'Élu A' });
    const reads = (await get('/cao/personal-data-reads')).body;
    expect(reads).toHaveLength(before + 1);
    expect(reads.at(-1)).toMatchObject({
      reader: { userId: 'coordinator-user', role: 'coordinator' },
      subject: `consortium-${consortiumId}`,
      personIds: [
        read.body.chair.personId,
        ...read.body.members.map((m: { personId: string }) => m.personId),
      ],
      purpose: 'cao-composition: GET /consortia/{consortiumId}/cao',
      correlationId: 'cao-read-by-coordinator',
    });
    expect((await get('/cao/personal-data-reads', 'member-buyer')).status).toBe(403);
  });

  it('erases a CAO representative’s name (RGPD art. 17): unreadable from then on, the composition and history kept', async () => {
    const { personId } = (await get('/cao')).body.members[1];
    const historyBefore = (await get('/history')).body;
    expect((await post(`/cao/persons/${personId}/erasure`, {}, 'auditor')).status).toBe(403);
    const stranger = await post('/cao/persons/0190c6a4-7c1e-7000-8000-0000000009ff/erasure', {});
    expect(stranger.status).toBe(422);
    expect(stranger.body.type).toBe('urn:mutualis:rule:unknown-person');

    expect((await post(`/cao/persons/${personId}/erasure`, {})).status).toBe(201);
    const cao = (await get('/cao')).body;
    expect(cao.members[1]).toEqual({ siret: CROSSAC.siret, personId, erased: true });
    expect(cao.members[0]).toMatchObject({ name: 'Élu A', erased: false });
    const history = (await get('/history')).body;
    expect(history.slice(0, historyBefore.length)).toEqual(historyBefore);
    expect(history.at(-1)).toMatchObject({ type: 'membership.PersonErased', data: { personId } });
    expect((await post(`/cao/persons/${personId}/erasure`, {})).status).toBe(201);
    expect((await get('/history')).body).toHaveLength(history.length);
  });

  it('M4: refuses a withdrawal before the notice, then records one that keeps the member in the history', async () => {
    const early = await post(
      `/members/${MESANGER.siret}/withdrawal`,
      { effectiveOn: '2026-03-01' },
      'member-buyer',
      MESANGER.siret,
    );
    expect(early.status).toBe(422);
    expect(early.body).toMatchObject({
      type: 'urn:mutualis:rule:exit-notice-not-respected',
      values: { earliest: '2026-05-21' },
    });
    expect(
      (
        await post(
          `/members/${MESANGER.siret}/withdrawal`,
          { effectiveOn: '2026-06-01' },
          'member-buyer',
          MESANGER.siret,
        )
      ).status,
    ).toBe(201);
    const later = (await get('/members?on=2026-06-01')).body.members.map(
      (member: { siret: string }) => member.siret,
    );
    expect(later).not.toContain(MESANGER.siret);
    expect((await get('?on=2026-06-01')).body.authorities.map((a: { siret: string }) => a.siret)).toContain(
      MESANGER.siret,
    );
  });

  it('shares costs equally under the flat rule, cents adding up', async () => {
    const shares = await get('/cost-shares?amountCents=100000&on=2026-03-01');
    expect(shares.status).toBe(200);
    expect(shares.body.shares.map((share: { shareCents: number }) => share.shareCents)).toEqual([
      25_000, 25_000, 25_000, 25_000,
    ]);
    expect((await get('/cost-shares?amountCents=-5')).status).toBe(400);
  });
});

describe('the needs census', () => {
  let censusId: string;

  it('opens with an official CPV code, refusing an unknown one', async () => {
    const body = {
      object: 'Cybersécurité des communes',
      cpvCode: '79212000',
      lots: [
        { number: 1, title: 'Audit de sécurité' },
        { number: 2, title: 'Supervision (SOC)' },
      ],
      duration: { initialMonths: 36, renewals: 1, monthsPerRenewal: 12 },
      options: 'tests d’intrusion supplémentaires',
    };
    const unknown = await post('/censuses', { ...body, cpvCode: '99999999' });
    expect(unknown.status).toBe(422);
    expect(unknown.body.type).toBe('urn:mutualis:rule:unknown-cpv-code');
    const opened = await post('/censuses', body);
    expect(opened.status).toBe(201);
    censusId = opened.body.censusId;
  });

  it('takes needs from members for their own authority, and closes with the value of T1 and the beneficiaries', async () => {
    service.setNow('2026-06-10T10:00:00+02:00'); // Mésanger has left on 1 June
    const needs = (lot: number, annualCents: number, optionsAnnualCents = 0) => ({
      needs: [{ lot, annualCents, optionsAnnualCents }],
    });
    expect(
      (
        await post(
          `/censuses/${censusId}/needs/${CROSSAC.siret}`,
          needs(1, 1_000_000, 200_000),
          'member-buyer',
        )
      ).status,
    ).toBe(201);
    expect(
      (await post(`/censuses/${censusId}/needs/${SAVENAY.siret}`, needs(1, 1_000_000), 'member-buyer'))
        .status,
    ).toBe(403);
    expect((await post(`/censuses/${censusId}/needs/${SAVENAY.siret}`, needs(2, 3_000_000))).status).toBe(
      201,
    );
    const withdrawn = await post(`/censuses/${censusId}/needs/${MESANGER.siret}`, needs(1, 1));
    expect(withdrawn.status).toBe(422);
    expect(withdrawn.body.type).toBe('urn:mutualis:rule:not-a-member');
    expect((await post(`/censuses/${censusId}/close`, {})).status).toBe(201);
    const census = await get(`/censuses/${censusId}`);
    expect(census.body.closed).toMatchObject({
      wholeDurationMonths: 48,
      perLot: [
        { lot: 1, cents: 4_800_000, members: 1 },
        { lot: 2, cents: 12_000_000, members: 1 },
      ],
      totalCents: 16_800_000,
      beneficiaries: [CROSSAC.siret, SAVENAY.siret],
    });
    expect((await post(`/censuses/${censusId}/close`, {})).status).toBe(422);
  });

  it('shares costs among the members of the date the census closed, whatever census is named, under the flat rule', async () => {
    const shares = await get(`/cost-shares?amountCents=1000&on=2026-06-10&censusId=${censusId}`);
    expect(shares.status).toBe(200);
    expect(shares.body.shares.map((share: { shareCents: number }) => share.shareCents)).toEqual([
      334, 333, 333,
    ]);
  });
});

import { FollowedJob, followJob, ResponseConformance } from '@mutualis/shared/api/testing';
import { useIntegrationEnvironment, workspaceRoot } from '@mutualis/shared/testing';
import { MembershipApp, startMembershipApp } from '../testing/membership-app';
import { consortiumBody } from '../testing/membership-fixtures';
import { regionalOnboardingFile } from '../testing/regional-onboarding-file';

const environment = useIntegrationEnvironment();
let service: MembershipApp;
let consortiumId: string;
let coordinator: string;

const HEADER =
  'siret,nom,type,code_insee,population,deliberation_numero,deliberation_date,organe,adhesion_date';
/** The 2,000 authorities of a large région, as a regional platform's file; the 99 after them for other tests. */
const all = regionalOnboardingFile(workspaceRoot(), 2_099);
const region = { csv: all.csv.split('\n').slice(0, 2_001).join('\n'), sirets: all.sirets.slice(0, 2_000) };
const others = all.csv.split('\n').slice(2_001);

/** A new centrale d'achat, whose coordinator the tests then act as. */
async function formConsortium(): Promise<void> {
  const formed = await service
    .http()
    .post('/consortia')
    .set('Authorization', await service.bearer('platform-admin'))
    .send(consortiumBody('purchasing-centre', { effectiveOn: '2026-01-15' }));
  consortiumId = formed.body.consortiumId;
  coordinator = await service.bearer('coordinator', { consortia: [consortiumId] });
}

beforeAll(async () => {
  service = await startMembershipApp(environment().databaseUrl);
  service.setNow('2026-03-02T10:00:00+01:00');
  await formConsortium();
});
environment.teardown(() => service.close());

const imports = () => `/consortia/${consortiumId}/onboarding-imports`;

/** Sends a file as a form's `file` field, as a browser's upload does. */
function uploadForm(csv: string | Buffer, fileName: string) {
  return service
    .http()
    .post(imports())
    .set('Authorization', coordinator)
    .attach('file', Buffer.isBuffer(csv) ? csv : Buffer.from(csv), {
      filename: fileName,
      contentType: 'text/csv',
    });
}

/** Sends the file itself as the body. */
function uploadCsv(csv: string | Buffer, fileName = 'adhesions.csv', key?: string) {
  const request = service
    .http()
    .post(imports())
    .set('Authorization', coordinator)
    .set('Content-Type', 'text/csv; charset=utf-8')
    .set('Content-Disposition', `attachment; filename="${fileName}"`);
  if (key) request.set('Idempotency-Key', key);
  return request.send(Buffer.isBuffer(csv) ? csv : Buffer.from(csv));
}

async function readJob(location: string, token = coordinator): Promise<FollowedJob> {
  const response = await service.http().get(location).set('Authorization', token);
  expect(response.status).toBe(200);
  return response.body;
}

async function accepted(response: { status: number; headers: Record<string, string>; body: FollowedJob }) {
  expect(response.status).toBe(202);
  expect(response.headers['location']).toBe(`${imports()}/${response.body.jobId}`);
  return followJob(service, response.headers['location']!, coordinator);
}

/** The report of an import that succeeded. */
function report({ job, result }: { job: FollowedJob; result: unknown }) {
  expect(job.status).toBe('succeeded');
  return result as { results: { line: number; outcome: string; rule?: string }[] } & Record<string, unknown>;
}

async function members(on = '2026-03-01'): Promise<string[]> {
  const response = await service
    .http()
    .get(`/consortia/${consortiumId}/members?on=${on}`)
    .set('Authorization', await service.bearer('auditor', { consortia: [consortiumId] }));
  return response.body.members.map((member: { siret: string }) => member.siret);
}

describe('bulk onboarding of a regional platform’s authorities, in the background', () => {
  it('imports 2,000 authorities uploaded as a file, and resumes where it stopped across a restart', async () => {
    const started = await uploadForm(region.csv, 'adhesions-region.csv');
    expect(started.status).toBe(202);
    const location: string = started.headers['location']!;
    expect(started.body).toMatchObject({ kind: 'onboarding-import', links: { self: location } });

    // The service answers other requests while the job runs.
    let job = await readJob(location);
    while (job.progress.done < 200) {
      expect(['queued', 'running']).toContain(job.status);
      job = await readJob(location);
    }
    const read = await service.http().get(`/consortia/${consortiumId}`).set('Authorization', coordinator);
    expect(read.status).toBe(200);
    expect(job.progress.total).toBe(2_000);

    // A restart in the middle: the job goes back to the queue at its last checkpoint, the new instance resumes it.
    await service.close();
    service = await startMembershipApp(environment().databaseUrl);
    service.setNow('2026-03-02T10:00:00+01:00');
    const resumed = await readJob(location);
    expect(resumed.progress.done).toBeGreaterThanOrEqual(200);
    expect(resumed.progress.done).toBeLessThan(2_000);

    const followed = await followJob(service, location, coordinator);
    const done = followed.job;
    expect(done.progress).toEqual({ done: 2_000, total: 2_000 });
    const body = report(followed);
    const document = (await service.http().get('/openapi.json')).body;
    const template = '/consortia/{consortiumId}/onboarding-imports';
    expect(new ResponseConformance(document).jobResultProblems('post', template, body)).toEqual([]);
    // Saint-Nazaire, the coordinator, is among them: already a member, it is reported unchanged.
    expect(body).toMatchObject({
      fileName: 'adhesions-region.csv',
      rows: 2_000,
      accepted: 1_999,
      unchanged: 1,
    });
    expect(body.results.map((row: { line: number }) => row.line)).toEqual(
      Array.from({ length: 2_000 }, (_, index) => index + 2),
    );
    const sirets = await members();
    expect(sirets).toHaveLength(2_000);
    expect(new Set(sirets)).toEqual(new Set(region.sirets));

    const csv = await service.http().get(done.links.resultCsv!).set('Authorization', coordinator);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toContain('attachment');
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('ligne;identifiant;résultat;règle;article;détail');
    expect(lines).toHaveLength(2_001);
    expect(lines[1]).toBe(`2;${region.sirets[0]};accepté;;;`);
  }, 300_000);

  it('changes nothing when the same file is sent again, as the file itself', async () => {
    const history = async () =>
      (await service.http().get(`/consortia/${consortiumId}/history`).set('Authorization', coordinator)).body
        .length;
    const before = await history();
    const part = region.csv.split('\n').slice(0, 101).join('\n');
    const first = await uploadCsv(part, 'adhesions-region.csv', 'again-1');
    const body = report(await accepted(first));
    expect(body).toMatchObject({ rows: 100, accepted: 0, unchanged: 100, refused: 0 });
    expect(await history()).toBe(before);
    // The same request again (a network retry) is answered with the same job.
    const retried = await uploadCsv(part, 'adhesions-region.csv', 'again-1');
    expect([retried.status, retried.headers['location']]).toEqual([202, first.headers['location']]);
  }, 120_000);

  it('reports each bad row with its rule, the good ones going through', async () => {
    await formConsortium(); // the EPCI of these rows is among the 2,000 of the first file
    const csv = [
      HEADER,
      '21440195200013,Savenay,commune,44195,,DCM-1,2026-02-15,conseil municipal,2026-03-01', // Luhn fails
      '20007273400011,CC Estuaire et Sillon,commune,,,DCC-1,2026-02-15,conseil communautaire,2026-03-01', // an EPCI
      '20007273400011,CC Estuaire et Sillon,epci,,,DCC-1,2026-02-20,conseil communautaire,2026-02-18', // délibération after
      '20007273400011,CC Estuaire et Sillon,epci,,,,,,2026-03-01', // no délibération
      '20007273400011,CC Estuaire et Sillon,epci,,,DCC-1,2026-02-15,conseil communautaire,le 1er mars', // bad date
      '20007273400011,CC Estuaire et Sillon,epci,,,DCC-1,2026-02-15,conseil communautaire,2026-02-30', // no such day
      '20007273400011,CC Estuaire et Sillon,epci,,,DCC-1,2026-02-15,conseil communautaire,2026-04-01', // future
      '20007273400011,CC Estuaire et Sillon,epci', // short row
      '20007273400011,CC Estuaire et Sillon,epci,,,DCC-1,2026-02-15,conseil communautaire,2026-03-01', // good
    ].join('\n');
    const response = await service
      .http()
      .post(imports())
      .set('Authorization', coordinator)
      .send({ fileName: 'adhesions-epci.csv', csv });
    const body = report(await accepted(response));
    expect(body).toMatchObject({ rows: 9, accepted: 1, refused: 8 });
    expect(
      body.results.map((row: { line: number; outcome: string; rule?: string }) => [
        row.line,
        row.rule ?? row.outcome,
      ]),
    ).toEqual([
      [2, 'invalid-siret'],
      [3, 'authority-mismatch'],
      [4, 'deliberation-required'],
      [5, 'deliberation-required'],
      [6, 'invalid-row'],
      [7, 'invalid-row'],
      [8, 'date-in-future'],
      [9, 'invalid-row'],
      [10, 'accepted'],
    ]);
  }, 60_000);

  it('refuses a malformed file at once, naming its line and column, and starts nothing', async () => {
    const response = await uploadCsv(
      `${HEADER}\n${others[0]!.replaceAll(';', ',')}\n21440195200012,"Savenay,commune\n`,
    );
    expect(response.status).toBe(400);
    expect(response.body.detail).toMatch(/line 3/);
    expect(response.body.errors[0].field).toMatch(/^line 3, column /);
    const noFile = await service
      .http()
      .post(imports())
      .set('Authorization', coordinator)
      .field('comment', 'the file was forgotten');
    expect([noFile.status, noFile.body.errors?.[0]?.field]).toEqual([400, 'file']);
    const huge = await uploadCsv(Buffer.alloc(17 * 1024 * 1024, 'a'));
    expect([huge.status, huge.body.type]).toEqual([413, 'urn:mutualis:problem:payload-too-large']);
    const missing = await uploadCsv('siret;nom\n21440195200012;Savenay\n');
    expect(missing.status).toBe(400);
    expect(missing.body.errors.map((error: { field: string }) => error.field)).toEqual([
      'type',
      'adhesion_date',
    ]);
  });

  it('reads a file saved by a spreadsheet in Windows-1252, accents included', async () => {
    const row = others.find((line) => /é/.test(line))!;
    const latin1 = Buffer.from(`${HEADER.replaceAll(',', ';')}\r\n${row}\r\n`, 'latin1');
    const body = report(await accepted(await uploadForm(latin1, 'adhésions.csv')));
    expect(body).toMatchObject({ fileName: 'adhésions.csv', rows: 1, accepted: 1 });
    const name = row.split(';')[1]!.replaceAll('"', '');
    const consortium = await service
      .http()
      .get(`/consortia/${consortiumId}/members`)
      .set('Authorization', coordinator);
    expect(consortium.body.members.map((member: { name: string }) => member.name)).toContain(name);
  }, 60_000);

  it('gives a template to fill in, which imports as it is', async () => {
    const template = await service.http().get(`${imports()}/template.csv`).set('Authorization', coordinator);
    expect(template.status).toBe(200);
    expect(template.headers['content-type']).toMatch(/^text\/csv/);
    expect(template.headers['content-disposition']).toContain('modele-adhesions.csv');
    const body = report(await accepted(await uploadCsv(template.text, 'modele-adhesions.csv')));
    expect(body).toMatchObject({ rows: 1, refused: 0 });
  }, 60_000);

  it('streams a job’s progress to screens (Server-Sent Events) until it ends', async () => {
    const started = await uploadCsv(region.csv.split('\n').slice(0, 121).join('\n'));
    expect(started.status).toBe(202);
    const stream = await fetch(`${await service.app.getUrl()}${started.body.links.events}`, {
      headers: { Authorization: coordinator },
    });
    expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const text = await stream.text();
    const events = [...text.matchAll(/^event: (\w+)\ndata: (.+)$/gm)].map(([, event, data]) => ({
      event,
      job: JSON.parse(data!) as FollowedJob,
    }));
    expect(events.at(-1)).toMatchObject({ event: 'succeeded', job: { progress: { done: 120, total: 120 } } });
    expect(events.slice(0, -1).every(({ event }) => event === 'progress')).toBe(true);
  }, 60_000);

  it('lets only the consortium’s overseers and the job’s author follow it', async () => {
    const started = await uploadCsv(`${HEADER}\n`);
    const location = started.headers['location']!;
    const other = await service.bearer('coordinator', {
      consortia: ['0190c6a4-7c1e-7000-8000-00000000ffff'],
    });
    expect((await service.http().get(location).set('Authorization', other)).status).toBe(403);
    const buyer = await service.bearer('member-buyer', { consortia: [consortiumId] });
    expect((await service.http().get(location).set('Authorization', buyer)).status).toBe(403);
    const auditor = await service.bearer('auditor', { consortia: [consortiumId] });
    expect((await readJob(location, auditor)).jobId).toBe(started.body.jobId);
  });

  it('lets a regional platform’s administrator onboard into the groupement its token names, the acts naming them', async () => {
    await formConsortium();
    const admin = await service.bearer('platform-admin', { consortia: [consortiumId] });
    const template = await service.http().get(`${imports()}/template.csv`).set('Authorization', admin);
    expect([template.status, template.headers['content-disposition']]).toEqual([
      200,
      'attachment; filename="modele-adhesions.csv"',
    ]);
    const rows = others.slice(5, 8);
    const started = await service
      .http()
      .post(imports())
      .set('Authorization', admin)
      .attach('file', Buffer.from([HEADER.replaceAll(',', ';'), ...rows].join('\n')), {
        filename: 'adhesions-plateforme.csv',
        contentType: 'text/csv',
      });
    expect(started.status).toBe(202);
    const location = started.headers['location']!;
    expect(location).toBe(`${imports()}/${started.body.jobId}`);
    const body = report(await followJob(service, location, admin));
    expect(body).toMatchObject({ fileName: 'adhesions-plateforme.csv', rows: 3, accepted: 3, refused: 0 });
    const csv = await service.http().get(`${location}/result.csv`).set('Authorization', admin);
    expect(csv.status).toBe(200);

    // The acts of the import are the platform administrator's, in the groupement's history.
    const history = await service
      .http()
      .get(`/consortia/${consortiumId}/history`)
      .set('Authorization', coordinator);
    const acts = history.body.filter(
      (event: { type: string }) => event.type !== 'membership.ConsortiumFormed',
    );
    expect(acts.length).toBeGreaterThanOrEqual(6);
    const platformAdmin = { userId: 'platform-admin-user', role: 'platform-admin' };
    expect(acts.map((event: { actor: object }) => event.actor)).toEqual(acts.map(() => platformAdmin));
    const joined = acts
      .filter((event: { type: string }) => event.type === 'membership.AdhesionAccepted')
      .map((event: { data: { siret: string } }) => event.data.siret);
    expect(joined).toEqual(rows.map((row) => row.split(';')[0]));

    // The coordinator oversees the job; another administrator, who did not start it, does not find it.
    expect((await readJob(location, coordinator)).status).toBe('succeeded');
    const anotherAdmin = await service.bearer('platform-admin', {
      userId: 'another-admin',
      consortia: [consortiumId],
    });
    expect((await service.http().get(location).set('Authorization', anotherAdmin)).status).toBe(404);
  }, 60_000);

  it('refuses an import by a member buyer, and by a platform administrator whose token names no such groupement', async () => {
    const csv = Buffer.from(`${HEADER}\n`);
    const send = (token: string) =>
      service
        .http()
        .post(imports())
        .set('Authorization', token)
        .attach('file', csv, { filename: 'adhesions.csv', contentType: 'text/csv' });
    const buyer = await service.bearer('member-buyer', { consortia: [consortiumId] });
    const refused = await send(buyer);
    expect([refused.status, refused.body.allowedRoles]).toEqual([403, ['coordinator', 'platform-admin']]);
    expect((await service.http().get(`${imports()}/template.csv`).set('Authorization', buyer)).status).toBe(
      403,
    );
    expect((await send(await service.bearer('platform-admin'))).status).toBe(403);
  });

  it('refuses a file sent to an endpoint that takes JSON (415)', async () => {
    const response = await service
      .http()
      .post('/consortia')
      .set('Authorization', await service.bearer('platform-admin'))
      .set('Content-Type', 'text/csv')
      .send(HEADER);
    expect(response.status).toBe(415);
    expect(response.body.detail).toMatch(/JSON/);
  });
});

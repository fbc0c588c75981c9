import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useIntegrationEnvironment, workspaceRoot } from '@mutualis/shared/testing';
import { MembershipApp, startMembershipApp } from '../testing/membership-app';
import { consortiumBody } from '../testing/membership-fixtures';

const environment = useIntegrationEnvironment();
let service: MembershipApp;
let consortiumId: string;

/** The 400 real commune buyers of the reference data (DECP), as a regional platform's onboarding file. */
function communesFile(): { csv: string; sirets: string[] } {
  const source = readFileSync(
    join(workspaceRoot(), 'libs/procurement-rules/data/acheteurs_communes_siret_from_decp.csv'),
    'utf8',
  );
  const rows = source
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','));
  const lines = rows.map(([siret, , , insee, name], index) =>
    [
      siret,
      `"${name}"`,
      'commune',
      insee,
      '',
      `DCM-2026-${index + 1}`,
      '2026-02-15',
      'conseil municipal',
      '2026-03-01',
    ].join(','),
  );
  const header =
    'siret,nom,type,code_insee,population,deliberation_numero,deliberation_date,organe,adhesion_date';
  return { csv: [header, ...lines].join('\n'), sirets: rows.map(([siret]) => siret!) };
}

beforeAll(async () => {
  service = await startMembershipApp(environment().databaseUrl);
  service.setNow('2026-03-02T10:00:00+01:00');
  const formed = await service
    .http()
    .post('/consortia')
    .set('Authorization', await service.bearer('platform-admin'))
    .send(consortiumBody('purchasing-centre', { effectiveOn: '2026-01-15' }));
  consortiumId = formed.body.consortiumId;
});
environment.teardown(() => service.close());

async function onboard(csv: string, idempotencyKey?: string) {
  const request = service
    .http()
    .post(`/consortia/${consortiumId}/onboarding-imports`)
    .set('Authorization', await service.bearer('coordinator', { consortia: [consortiumId] }));
  if (idempotencyKey) request.set('Idempotency-Key', idempotencyKey);
  return request.send({ fileName: 'adhesions-communes.csv', csv });
}

describe('bulk onboarding of a regional platform’s communes', () => {
  const file = communesFile();

  it('onboards the 400 communes of the reference data, all accepted, each a member from its adhesion date', async () => {
    // With an Idempotency-Key, as every POST may carry: each row still goes through.
    const response = await onboard(file.csv, 'onboarding-2026-03');
    expect(response.status).toBe(201);
    // Saint-Nazaire, the coordinator, is among them: already a member, it is reported unchanged.
    expect(response.body).toMatchObject({ rows: 400, accepted: 399, unchanged: 1, refused: 0 });
    expect(response.body.results.find((row: { outcome: string }) => row.outcome === 'unchanged').key).toBe(
      '21440184600016',
    );
    const members = await service
      .http()
      .get(`/consortia/${consortiumId}/members?on=2026-03-01`)
      .set('Authorization', await service.bearer('auditor', { consortia: [consortiumId] }));
    const sirets = members.body.members.map((member: { siret: string }) => member.siret);
    expect(sirets).toHaveLength(400);
    expect(sirets).toEqual(expect.arrayContaining(file.sirets));
  }, 300_000);

  it('changes nothing when the same file is imported again', async () => {
    const history = async () =>
      (
        await service
          .http()
          .get(`/consortia/${consortiumId}/history`)
          .set('Authorization', await service.bearer('auditor', { consortia: [consortiumId] }))
      ).body.length;
    const before = await history();
    const response = await onboard(file.csv);
    expect(response.body).toMatchObject({ rows: 400, accepted: 0, unchanged: 400, refused: 0 });
    expect(await history()).toBe(before);
  }, 300_000);

  it('reports each bad row with its rule, the good ones going through', async () => {
    const header =
      'siret,nom,type,code_insee,population,deliberation_numero,deliberation_date,organe,adhesion_date';
    const csv = [
      header,
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
    const response = await onboard(csv);
    expect(response.body).toMatchObject({ rows: 9, accepted: 1, refused: 8 });
    expect(
      response.body.results.map((row: { line: number; outcome: string; rule?: string }) => [
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
});

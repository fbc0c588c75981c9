import { publishContextEvents, tenderCreated, tenderPublished } from '@mutualis/shared/api/testing';
import { uuidv7 } from '@mutualis/shared/contracts';
import { useIntegrationEnvironment } from '@mutualis/shared/testing';
import { MembershipApp, startMembershipApp } from '../testing/membership-app';
import { consortiumBody, CROSSAC, SAINT_NAZAIRE } from '../testing/membership-fixtures';

const environment = useIntegrationEnvironment();
let service: MembershipApp;
let stopFixtures: () => Promise<void> = async () => undefined;
const TENDER_ID = uuidv7(); // the broker is shared by the run's test files: an id no other file uses

beforeAll(async () => {
  service = await startMembershipApp(environment().databaseUrl, { kafkaBrokers: environment().kafkaBrokers });
  service.setNow('2026-03-02T10:00:00+01:00');
});
environment.teardown(async () => {
  await stopFixtures();
  await service.close();
});

describe('launches reported by the tender service', () => {
  it('records the launch of a published tender once, its beneficiaries those the tender named (M3, M5), not every member', async () => {
    const formed = await service
      .http()
      .post('/consortia')
      .set('Authorization', await service.bearer('platform-admin'))
      .send(consortiumBody());
    const consortiumId: string = formed.body.consortiumId;
    const coordinator = await service.bearer('coordinator', { consortia: [consortiumId] });
    const post = (path: string, body: object) =>
      service.http().post(`/consortia/${consortiumId}${path}`).set('Authorization', coordinator).send(body);
    expect((await post('/applications', { authority: CROSSAC })).status).toBe(201);
    expect(
      (
        await post(`/members/${CROSSAC.siret}/deliberations`, {
          number: 'D',
          adoptedOn: '2026-02-15',
          body: 'conseil municipal',
        })
      ).status,
    ).toBe(201);
    expect((await post(`/members/${CROSSAC.siret}/adhesion`, { acceptedOn: '2026-03-01' })).status).toBe(201);

    stopFixtures = await publishContextEvents(environment().databaseUrl, environment().kafkaBrokers, {
      tender: {
        // Crossac alone expressed needs: the coordinator, a member too, mandates nothing for this procedure.
        [`tender-${TENDER_ID}`]: [
          tenderCreated(TENDER_ID, consortiumId, { beneficiaries: [CROSSAC.siret] }),
          tenderPublished(consortiumId),
        ],
      },
    });

    const read = async () =>
      (
        await service
          .http()
          .get(`/consortia/${consortiumId}`)
          .set('Authorization', await service.bearer('auditor', { consortia: [consortiumId] }))
      ).body;
    const deadline = Date.now() + 45_000;
    while ((await read()).launches.length === 0 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    const { launches } = await read();
    expect(launches).toEqual([
      expect.objectContaining({
        procedureId: TENDER_ID,
        launchedOn: '2026-03-02',
        beneficiaries: [CROSSAC.siret],
      }),
    ]);
    expect(launches[0].beneficiaries).not.toContain(SAINT_NAZAIRE.siret);
    const history = await service
      .http()
      .get(`/consortia/${consortiumId}/history`)
      .set('Authorization', await service.bearer('auditor', { consortia: [consortiumId] }));
    const launch = history.body.find(
      (event: { type: string }) => event.type === 'membership.ProcedureLaunched',
    );
    expect(launch.actor).toMatchObject({ role: 'system' });
  });
});

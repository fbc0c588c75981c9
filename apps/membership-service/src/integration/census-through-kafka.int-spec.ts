import { Pool } from 'pg';
import { ContextRuntime } from '@mutualis/shared/api';
import { CensusClosed, eventsTopic, membershipContracts } from '@mutualis/shared/contracts';
import { pgExecutor } from '@mutualis/shared/event-store';
import { KafkaEventBus, RunningConsumer, runConsumer } from '@mutualis/shared/messaging';
import { useIntegrationEnvironment } from '@mutualis/shared/testing';
import { MembershipApp, startMembershipApp } from '../testing/membership-app';
import { consortiumBody, CROSSAC } from '../testing/membership-fixtures';

const environment = useIntegrationEnvironment();
let service: MembershipApp;
let tenderPool: Pool;
let tenderBus: KafkaEventBus;
let consumer: RunningConsumer;
let consortiumId: string;

/** What the tender service will keep from membership: each closed census, its value and its beneficiaries. */
async function startTenderSideProjection(): Promise<RunningConsumer> {
  await tenderPool.query(`CREATE SCHEMA IF NOT EXISTS tender;
    CREATE TABLE IF NOT EXISTS tender.closed_censuses (
      census_stream text PRIMARY KEY, consortium_id uuid, total_cents bigint, beneficiaries text[])`);
  return runConsumer(
    {
      name: 'tender.closed-censuses',
      topics: [eventsTopic('membership')],
      contracts: membershipContracts,
      handles: ['membership.CensusClosed'],
      streamOrder: true,
      handle: async (event, tx) => {
        const { totalCents, beneficiaries } = event.data as CensusClosed;
        await tx.query(
          'INSERT INTO tender.closed_censuses (census_stream, consortium_id, total_cents, beneficiaries) VALUES ($1, $2, $3, $4)',
          [event.streamId, event.consortiumId, totalCents, beneficiaries],
        );
      },
    },
    { bus: tenderBus, sql: pgExecutor(tenderPool), schema: 'tender' },
  );
}

beforeAll(async () => {
  service = await startMembershipApp(environment().databaseUrl, { kafkaBrokers: environment().kafkaBrokers });
  service.setNow('2026-03-02T10:00:00+01:00');
  tenderPool = new Pool({ connectionString: environment().databaseUrl, max: 2 });
  tenderPool.on('error', () => undefined); // an idle connection cut at the end must not fail the run
  tenderBus = new KafkaEventBus({ brokers: environment().kafkaBrokers, clientId: 'tender-service' });
  consumer = await startTenderSideProjection();
});
environment.teardown(async () => {
  await consumer.stop();
  await tenderBus.close();
  await tenderPool.end();
  await service.close();
});

async function post(path: string, body: object) {
  const response = await service
    .http()
    .post(`/consortia/${consortiumId}${path}`)
    .set('Authorization', await service.bearer('coordinator', { consortia: [consortiumId] }))
    .send(body);
  expect(response.status).toBe(201);
  return response.body;
}

describe('a closed census, seen from another service through Kafka', () => {
  it('reaches the tender side’s projection once, with its value and its beneficiaries', async () => {
    const formed = await service
      .http()
      .post('/consortia')
      .set('Authorization', await service.bearer('platform-admin'))
      .send(consortiumBody('purchasing-centre'));
    consortiumId = formed.body.consortiumId;
    await post('/applications', { authority: CROSSAC });
    await post(`/members/${CROSSAC.siret}/deliberations`, {
      number: 'DCM-7',
      adoptedOn: '2026-02-15',
      body: 'conseil municipal',
    });
    await post(`/members/${CROSSAC.siret}/adhesion`, { acceptedOn: '2026-03-01' });
    const { censusId } = await post('/censuses', {
      object: 'Supervision de sécurité (SOC)',
      cpvCode: '72000000',
      lots: [{ number: 1, title: 'SOC' }],
      duration: { initialMonths: 24, renewals: 0, monthsPerRenewal: 0 },
      options: '',
    });
    await post(`/censuses/${censusId}/needs/${CROSSAC.siret}`, {
      needs: [{ lot: 1, annualCents: 600_000, optionsAnnualCents: 0 }],
    });
    await post(`/censuses/${censusId}/close`, {});

    await service.app.get(ContextRuntime).relayCaughtUp();
    const rows = async () => (await tenderPool.query('SELECT * FROM tender.closed_censuses')).rows;
    const deadline = Date.now() + 45_000;
    while ((await rows()).length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    while (Date.now() < deadline) {
      const lag = await tenderBus.consumerLag('tender.closed-censuses', [eventsTopic('membership')]);
      if (lag.every((partition) => partition.lag === 0)) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(await rows()).toEqual([
      {
        census_stream: `census-${censusId}`,
        consortium_id: consortiumId,
        total_cents: '1200000',
        beneficiaries: [CROSSAC.siret],
      },
    ]);
  });
});

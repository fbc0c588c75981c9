import { Pool } from 'pg';
import { ContextRuntime, PublishedFacts } from '@mutualis/shared/api';
import { pgExecutor } from '@mutualis/shared/event-store';
import { KafkaEventBus, RunningConsumer, runConsumer } from '@mutualis/shared/messaging';
import { eventually, useIntegrationEnvironment } from '@mutualis/shared/testing';
import { MembershipApp, startMembershipApp } from '../testing/membership-app';
import { consortiumBody, CROSSAC } from '../testing/membership-fixtures';

const environment = useIntegrationEnvironment();
let service: MembershipApp;
let tenderPool: Pool;
let tenderBus: KafkaEventBus;
let consumer: RunningConsumer;
let tenderFacts: PublishedFacts;
let consortiumId: string;

const TENDER_SCHEMA = 'tender_side_of_census_test';
/** Its own consumer group, so that no tender service of another test file shares the topic's partitions. */
const GROUP = 'tender.closed-censuses.census-test';

/**
 * The tender service's own consumer of closed censuses (the code it runs, from its published facts), on a schema of
 * its own: what a tender answering the census is held to (T1).
 */
async function startTenderSideConsumer(): Promise<RunningConsumer> {
  tenderFacts = new PublishedFacts(pgExecutor(tenderPool), 'tender', TENDER_SCHEMA);
  await tenderFacts.prepare();
  const censuses = PublishedFacts.consumers('tender', TENDER_SCHEMA).find(
    (definition) => definition.name === 'tender.closed-censuses',
  )!;
  return runConsumer(
    { ...censuses, name: GROUP },
    { bus: tenderBus, sql: pgExecutor(tenderPool), schema: TENDER_SCHEMA },
  );
}

beforeAll(async () => {
  service = await startMembershipApp(environment().databaseUrl, { kafkaBrokers: environment().kafkaBrokers });
  service.setNow('2026-03-02T10:00:00+01:00');
  tenderPool = new Pool({ connectionString: environment().databaseUrl, max: 2 });
  tenderPool.on('error', () => undefined); // an idle connection cut at the end must not fail the run
  tenderBus = new KafkaEventBus({ brokers: environment().kafkaBrokers, clientId: 'tender-service' });
  consumer = await startTenderSideConsumer();
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
  it('reaches the tender service’s closed censuses, with its value and its beneficiaries', async () => {
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
    await eventually(
      'the tender side learnt the closed census through Kafka',
      async () => (await tenderFacts.closedCensus(censusId)) !== null,
    );
    expect(await tenderFacts.closedCensus(censusId)).toEqual({
      censusId,
      consortiumId,
      closedOn: '2026-03-02',
      wholeDurationMonths: 24,
      perLot: [{ lot: 1, cents: 1_200_000, members: 1 }],
      totalCents: 1_200_000,
      beneficiaries: [CROSSAC.siret],
    });
  });
});

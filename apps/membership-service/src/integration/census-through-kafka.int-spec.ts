import { PublishedFacts } from '@mutualis/shared/api';
import { runPublishedFactsConsumer } from '@mutualis/shared/api/testing';
import { eventually, useIntegrationEnvironment } from '@mutualis/shared/testing';
import { MembershipApp, startMembershipApp } from '../testing/membership-app';
import { consortiumBody, CROSSAC } from '../testing/membership-fixtures';

const environment = useIntegrationEnvironment();
let service: MembershipApp;
let tenderSide: { facts: PublishedFacts; stop(): Promise<void> };
let consortiumId: string;

beforeAll(async () => {
  service = await startMembershipApp(environment().databaseUrl, { kafkaBrokers: environment().kafkaBrokers });
  service.setNow('2026-03-02T10:00:00+01:00');
  // The tender service's own consumer of closed censuses: what a tender answering the census is held to (T1).
  tenderSide = await runPublishedFactsConsumer({
    context: 'tender',
    consumer: 'tender.consortium-membership',
    schema: 'tender_side_of_census_test',
    ...environment(),
  });
});
environment.teardown(async () => {
  await tenderSide.stop();
  await service.close();
});

async function post(path: string, body: object) {
  const response = await service
    .http()
    .post(`/consortia/${consortiumId}${path}`)
    .set('Authorization', await service.bearer('coordinator', { consortia: [consortiumId] }))
    .send(body);
  expect(response.status).toBe(201);
  if (path === '/censuses') {
    expect(response.headers['location']).toBe(
      `/consortia/${consortiumId}/censuses/${response.body.censusId}`,
    );
  }
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

    await eventually(
      'the tender side learnt the closed census through Kafka',
      async () => (await tenderSide.facts.closedCensus(censusId)) !== null,
    );
    expect(await tenderSide.facts.closedCensus(censusId)).toEqual({
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

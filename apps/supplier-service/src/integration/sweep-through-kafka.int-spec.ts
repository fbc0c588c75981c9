import { ContextRuntime, PublishedFacts } from '@mutualis/shared/api';
import { runPublishedFactsConsumer } from '@mutualis/shared/api/testing';
import { eventually, useIntegrationEnvironment } from '@mutualis/shared/testing';
import { startSupplierApp, SupplierApp } from '../testing/supplier-app';

const environment = useIntegrationEnvironment();
let service: SupplierApp;
let contractSide: { facts: PublishedFacts; stop(): Promise<void> };

const SIRET = '73282932000074';

beforeAll(async () => {
  service = await startSupplierApp(environment().databaseUrl, { kafkaBrokers: environment().kafkaBrokers });
  // The contract service's own consumer of vigilance lapses: which holders must file a new attestation.
  contractSide = await runPublishedFactsConsumer({
    context: 'contract',
    consumer: 'contract.supplier-eligibility',
    schema: 'contract_side_of_sweep_test',
    ...environment(),
  });
});
environment.teardown(async () => {
  await contractSide.stop();
  await service.close();
});

async function as(role: Parameters<SupplierApp['bearer']>[0]) {
  return service.bearer(role);
}

async function sweep() {
  const response = await service
    .http()
    .post('/supplier-sweeps')
    .set('Authorization', await as('platform-admin'))
    .send({});
  expect(response.status).toBe(201);
  return response.body as { today: string; eventsRecorded: number };
}

describe('the daily sweep, seen from another service through Kafka', () => {
  it('emits VigilanceLapsed once when the attestation de vigilance lapses, and the contract service learns the lapse', async () => {
    service.setNow('2026-06-01T10:00:00+02:00');
    const http = service.http();
    const registered = await http
      .post('/suppliers')
      .set('Authorization', await as('supplier'))
      .send({
        siret: SIRET,
        legalName: 'Cyberdéfense Atlantique SAS',
        address: { street: '12 quai de la Fosse', postalCode: '44000', city: 'Nantes' },
        size: 'pme',
        cpvCodes: ['72000000'],
        contacts: [],
      });
    expect(registered.status).toBe(201);
    const filed = await service
      .http()
      .post(`/suppliers/${SIRET}/documents`)
      .set('Authorization', await as('supplier'))
      .send({
        kind: 'urssaf-vigilance',
        issuedOn: '2026-06-01',
        fileSha256: 'c'.repeat(64),
        fileName: 'vigilance.pdf',
      });
    expect(filed.status).toBe(201);

    service.setNow('2026-11-30T23:30:00+01:00'); // the last evening it is valid (it expires on 1 December)
    expect(await sweep()).toMatchObject({ today: '2026-11-30', eventsRecorded: 0 });

    service.setNow('2026-12-01T07:00:00+01:00');
    expect(await sweep()).toMatchObject({ today: '2026-12-01', eventsRecorded: 1 });
    expect(await sweep()).toMatchObject({ today: '2026-12-01', eventsRecorded: 0 });
    service.setNow('2026-12-02T07:00:00+01:00');
    expect(await sweep()).toMatchObject({ eventsRecorded: 0 });

    const runtime = service.app.get(ContextRuntime);
    await runtime.relayCaughtUp();
    await eventually(
      'the contract side learnt the lapse through Kafka',
      async () => (await contractSide.facts.vigilanceLapses([SIRET])).length === 1,
    );
    expect(await contractSide.facts.vigilanceLapses([SIRET])).toEqual([
      { siret: SIRET, documentId: filed.body.documentId, expiredOn: '2026-12-01' },
    ]);

    const history = await service
      .http()
      .get(`/suppliers/${SIRET}/history`)
      .set('Authorization', await as('auditor'));
    expect(history.body.map((event: { type: string }) => event.type)).toEqual([
      'supplier.SupplierRegistered',
      'supplier.DocumentFiled',
      'supplier.VigilanceLapsed',
    ]);
    expect(history.body[2].actor).toMatchObject({ userId: 'mutualis:supplier-service', role: 'system' });
  });
});

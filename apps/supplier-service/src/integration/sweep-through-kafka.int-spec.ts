import { Pool } from 'pg';
import { ContextRuntime } from '@mutualis/shared/api';
import { eventsTopic, supplierContracts, VigilanceLapsed } from '@mutualis/shared/contracts';
import { pgExecutor } from '@mutualis/shared/event-store';
import { KafkaEventBus, RunningConsumer, runConsumer } from '@mutualis/shared/messaging';
import { useIntegrationEnvironment } from '@mutualis/shared/testing';
import { startSupplierApp, SupplierApp } from '../testing/supplier-app';

const environment = useIntegrationEnvironment();
let service: SupplierApp;
let tenderPool: Pool;
let tenderBus: KafkaEventBus;
let consumer: RunningConsumer;

const SIRET = '73282932000074';

/** What the tender service would keep from the supplier registry: the suppliers whose vigilance lapsed. */
async function startTenderSideConsumer(): Promise<RunningConsumer> {
  await tenderPool.query(`CREATE SCHEMA IF NOT EXISTS tender;
    CREATE TABLE IF NOT EXISTS tender.vigilance_alerts (event_id uuid PRIMARY KEY, siret text, expired_on date)`);
  return runConsumer(
    {
      name: 'tender.supplier-vigilance',
      topics: [eventsTopic('supplier')],
      contracts: supplierContracts,
      handles: ['supplier.VigilanceLapsed'],
      handle: async (event, tx) => {
        const { expiredOn } = event.data as VigilanceLapsed;
        await tx.query(
          'INSERT INTO tender.vigilance_alerts (event_id, siret, expired_on) VALUES ($1, $2, $3)',
          [event.id, event.streamId.slice('supplier-'.length), expiredOn],
        );
      },
    },
    { bus: tenderBus, sql: pgExecutor(tenderPool), schema: 'tender' },
  );
}

beforeAll(async () => {
  service = await startSupplierApp(environment().databaseUrl, { kafkaBrokers: environment().kafkaBrokers });
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

async function alerts(): Promise<{ siret: string; expired_on: string }[]> {
  const { rows } = await tenderPool.query(
    "SELECT siret, to_char(expired_on, 'YYYY-MM-DD') AS expired_on FROM tender.vigilance_alerts",
  );
  return rows;
}

describe('the daily sweep, seen from another service through Kafka', () => {
  it('emits VigilanceLapsed once when the attestation de vigilance lapses, and the tender side receives it once', async () => {
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
    const deadline = Date.now() + 45_000;
    while ((await alerts()).length === 0 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    // Every published event has reached the consumer group before the count is taken.
    while (Date.now() < deadline) {
      const lag = await tenderBus.consumerLag('tender.supplier-vigilance', [eventsTopic('supplier')]);
      if (lag.every((partition) => partition.lag === 0)) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(await alerts()).toEqual([{ siret: SIRET, expired_on: '2026-12-01' }]);

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

import { Role } from '@mutualis/shared/api';
import {
  communeAuthority,
  consortiumFormed,
  documentFiled,
  freshSiret,
  memberJoined,
  NewEventData,
  publishContextEvents,
  supplierEvents,
} from '@mutualis/shared/api/testing';
import { uuidv7 } from '@mutualis/shared/contracts';
import { eventually, useIntegrationEnvironment } from '@mutualis/shared/testing';
import { ContractApp, startContractApp } from '../testing/contract-app';
import { notificationBody, signedTenderEvents } from '../testing/contract-fixtures';

const environment = useIntegrationEnvironment();
let service: ContractApp;
const stops: (() => Promise<void>)[] = [];

// The broker is shared by every test file of the run: this file's consortium, tender and holder are its own.
const CONSORTIUM = uuidv7();
const TENDER = uuidv7();
const HOLDER = freshSiret();
const SAINT_NAZAIRE = '21440184600016'; // coordinator, a member from 1 February 2026
const CROSSAC = '21440050900011'; // a member before the launch: a beneficiary
const MESANGER = '21440096200012'; // a beneficiary whose withdrawal takes effect on 15 September 2026
const PLESSE = '21440128300012'; // joined after the launch (1 April 2026): not a beneficiary
const holderEvents = supplierEvents(HOLDER, 1, ['2026-03-01', '2026-09-01']);
/** What the registry's daily sweep publishes once the attestation (the first document filed) has lapsed. */
const vigilanceLapsed = (events: NewEventData[]): NewEventData => ({
  type: 'supplier.VigilanceLapsed',
  data: { documentId: (events[1]!.data as { documentId: string }).documentId, expiredOn: '2026-09-01' },
});

beforeAll(async () => {
  const { databaseUrl, kafkaBrokers } = environment();
  service = await startContractApp(databaseUrl, { kafkaBrokers });
  service.setNow('2026-09-20T10:00:00+02:00');
  stops.push(
    await publishContextEvents(
      databaseUrl,
      kafkaBrokers,
      {
        membership: {
          [`consortium-${CONSORTIUM}`]: [
            consortiumFormed(CONSORTIUM, communeAuthority(SAINT_NAZAIRE, 'Saint-Nazaire', '44184')),
            ...memberJoined(CONSORTIUM, communeAuthority(CROSSAC, 'Crossac', '44050'), '2026-03-01'),
            ...memberJoined(CONSORTIUM, communeAuthority(MESANGER, 'Mésanger', '44096'), '2026-03-01'),
            ...memberJoined(CONSORTIUM, communeAuthority(PLESSE, 'Plessé', '44128'), '2026-06-01'),
            {
              type: 'membership.WithdrawalRecorded',
              consortiumId: CONSORTIUM,
              data: {
                siret: MESANGER,
                requestedOn: '2026-06-15',
                effectiveOn: '2026-09-15',
                financialConsequencesBorneBy: 'le membre sortant',
              },
            },
          ],
        },
        // The holder's attestation de vigilance lapses on 1 September 2026, as the registry's sweep reports.
        supplier: { [`supplier-${HOLDER}`]: [...holderEvents, vigilanceLapsed(holderEvents)] },
        tender: {
          [`tender-${TENDER}`]: signedTenderEvents({
            tenderId: TENDER,
            consortiumId: CONSORTIUM,
            holderSiret: HOLDER,
            beneficiaries: [SAINT_NAZAIRE, CROSSAC, MESANGER],
            amountCents: 50_000_000,
            framework: true,
          }),
        },
      },
      // Every event is delivered twice, as after a relay's crash before its checkpoint.
      { deliverTwice: true },
    ),
  );
}, 120_000);
environment.teardown(async () => {
  for (const stop of stops) await stop();
  await service.close();
});

const as = (role: Role, claims: object = {}) => service.bearer(role, { consortia: [CONSORTIUM], ...claims });
const coordinatorGet = async (path: string) =>
  service
    .http()
    .get(`/consortia/${CONSORTIUM}${path}`)
    .set('Authorization', await as('coordinator'));
const post = async (path: string, body: object, authorization: string) =>
  service.http().post(path).set('Authorization', authorization).send(body);

async function theContract(): Promise<string> {
  let contracts: { contractId: string; tenderId: string }[] = [];
  await eventually('the contract service opens the signed award’s contract', async () => {
    contracts = (await coordinatorGet('/contracts?minPosition=0')).body.contracts;
    return contracts.length > 0;
  });
  return contracts[0]!.contractId;
}

describe('contract execution fed by the other services through Kafka', () => {
  let contractId: string;

  it('opens exactly one contract for the signed award, delivered twice', async () => {
    contractId = await theContract();
    // Give the second deliveries time to be consumed: the contract's stream holds one opening, by the system.
    await eventually('every delivery of the award was consumed', async () => {
      const history = (await coordinatorGet(`/contracts/${contractId}/history`)).body.events;
      return history.length === 1;
    });
    const contracts = (await coordinatorGet('/contracts')).body.contracts;
    expect(contracts).toEqual([
      expect.objectContaining({
        contractId,
        tenderId: TENDER,
        kind: 'framework-agreement',
        holderSiret: HOLDER,
      }),
    ]);
    const [opened] = (await coordinatorGet(`/contracts/${contractId}/history`)).body.events;
    expect(opened).toMatchObject({ type: 'contract.ContractOpened', actor: { role: 'system' } });
    expect(opened.data).toMatchObject({
      amountCents: 50_000_000,
      beneficiaries: [SAINT_NAZAIRE, CROSSAC, MESANGER],
    });
  });

  it('takes orders from a beneficiary only, not from a latecomer nor from a withdrawn member', async () => {
    const notified = await post(
      `/consortia/${CONSORTIUM}/contracts/${contractId}/notification`,
      notificationBody(),
      await as('coordinator'),
    );
    expect(notified.status).toBe(201);
    const order = async (siret: string) =>
      post(
        `/consortia/${CONSORTIUM}/members/${siret}/orders`,
        { contractId, amountCents: 1_000_000, description: 'Audit de la messagerie' },
        await as('member-buyer', { authoritySiret: siret }),
      );
    const accepted = await order(CROSSAC);
    expect(accepted.status).toBe(201);
    const latecomer = await order(PLESSE);
    expect(latecomer.status).toBe(422);
    expect(latecomer.body).toMatchObject({
      type: 'urn:mutualis:rule:not-a-beneficiary',
      legalReference: 'L2113-7',
    });
    const withdrawn = await order(MESANGER);
    expect(withdrawn.status).toBe(422);
    expect(withdrawn.body).toMatchObject({ type: 'urn:mutualis:rule:member-withdrawn' });

    const orders = await service
      .http()
      .get(`/consortia/${CONSORTIUM}/members/${CROSSAC}/orders`)
      .set('Authorization', await as('member-buyer', { authoritySiret: CROSSAC }));
    expect(orders.body.orders).toEqual([
      expect.objectContaining({
        orderId: accepted.body.orderId,
        amountCents: 1_000_000,
        placedOn: '2026-09-20',
      }),
    ]);
  });

  it('pays the holder whose attestation de vigilance has lapsed, alerting the coordinator and requesting a new one (C10, D8222-5)', async () => {
    const { orders } = (await coordinatorGet(`/contracts/${contractId}`)).body;
    const supplier = await service.bearer('supplier', { supplierSiret: HOLDER, consortia: [CONSORTIUM] });
    const invoice = await post(
      `/suppliers/${HOLDER}/contracts/${contractId}/invoices`,
      { amountCents: 1_000_000, amountCentsTTC: 1_200_000, orderId: orders[0].orderId },
      supplier,
    );
    expect(invoice.status).toBe(201);
    const lapses = async () =>
      (await coordinatorGet('/vigilance-lapses')).body.lapses as {
        contractId: string;
        expiredOn: string;
        requestedOn: string | null;
      }[];
    await eventually('the lapse reported by the registry reaches the contract service', async () =>
      (await lapses()).some((lapse) => lapse.contractId === contractId),
    );
    expect(await lapses()).toEqual([
      expect.objectContaining({
        contractId,
        holderSiret: HOLDER,
        expiredOn: '2026-09-01',
        requestedOn: null,
      }),
    ]);

    // Paid all the same: withholding the payment of work done would run the délai into intérêts moratoires.
    const payment = `/consortia/${CONSORTIUM}/contracts/${contractId}/invoices/${invoice.body.invoiceId}/payment`;
    expect((await post(payment, {}, await as('coordinator'))).status).toBe(201);
    const contract = (await coordinatorGet(`/contracts/${contractId}`)).body;
    expect(contract.position).toMatchObject({
      orderedCents: 1_000_000,
      invoicedCents: 1_000_000,
      paidCents: 1_000_000,
    });
    expect(contract.invoices[0].payment).toMatchObject({
      paidOn: '2026-09-20',
      daysLate: 0,
      interestCents: 0,
    });
    expect(contract.vigilanceRequests).toEqual([
      {
        requestedOn: '2026-09-20',
        holderSiret: HOLDER,
        invoiceId: invoice.body.invoiceId,
        reasons: ['vigilance-expired'],
        legalReference: 'D8222-5',
      },
    ]);
    expect(await lapses()).toEqual([expect.objectContaining({ contractId, requestedOn: '2026-09-20' })]);

    // The registry files a new attestation (the first fixtures' relays stop first: one relay per fixture store).
    for (const stop of stops.splice(0)) await stop();
    stops.push(
      await publishContextEvents(environment().databaseUrl, environment().kafkaBrokers, {
        supplier: { [`supplier-${HOLDER}`]: [documentFiled('urssaf-vigilance', '2026-09-20', '2027-03-20')] },
      }),
    );
    await eventually(
      'the new attestation reaches the contract service',
      async () => (await lapses()).length === 0,
    );
  });
});

import { Role } from '@mutualis/shared/api';
import {
  communeAuthority,
  consortiumFormed,
  followJob,
  freshSiret,
  memberJoined,
  publishContextEvents,
  supplierEvents,
} from '@mutualis/shared/api/testing';
import { uuidv7 } from '@mutualis/shared/contracts';
import { eventually, useIntegrationEnvironment } from '@mutualis/shared/testing';
import { ContractApp, startContractApp } from '../testing/contract-app';
import { notificationBody, signedTenderEvents } from '../testing/contract-fixtures';

const environment = useIntegrationEnvironment();
let service: ContractApp;
let stopFixtures: () => Promise<void>;

// The broker is shared by every test file of the run: this file's consortium, tenders and holder are its own.
const CONSORTIUM = uuidv7();
const OTHER_CONSORTIUM = uuidv7();
const MARCHE_TENDER = uuidv7();
const FRAMEWORK_TENDER = uuidv7();
const HOLDER = freshSiret();
const OTHER_SUPPLIER = freshSiret();
const SAINT_NAZAIRE = '21440184600016';
const CROSSAC = '21440050900011';
const contracts: Record<'marche' | 'framework', string> = { marche: '', framework: '' };

beforeAll(async () => {
  const { databaseUrl, kafkaBrokers } = environment();
  service = await startContractApp(databaseUrl, { kafkaBrokers });
  service.setNow('2026-09-01T10:00:00+02:00');
  const tender = (tenderId: string, amountCents: number, framework: boolean) =>
    signedTenderEvents({
      tenderId,
      consortiumId: CONSORTIUM,
      holderSiret: HOLDER,
      beneficiaries: [SAINT_NAZAIRE, CROSSAC],
      amountCents,
      framework,
    });
  stopFixtures = await publishContextEvents(databaseUrl, kafkaBrokers, {
    membership: {
      [`consortium-${CONSORTIUM}`]: [
        consortiumFormed(CONSORTIUM, communeAuthority(SAINT_NAZAIRE, 'Saint-Nazaire', '44184')),
        ...memberJoined(CONSORTIUM, communeAuthority(CROSSAC, 'Crossac', '44050'), '2026-03-01'),
      ],
    },
    supplier: { [`supplier-${HOLDER}`]: supplierEvents(HOLDER, 1, ['2026-08-01', '2027-02-01']) },
    tender: {
      [`tender-${MARCHE_TENDER}`]: tender(MARCHE_TENDER, 20_000_000, false),
      [`tender-${FRAMEWORK_TENDER}`]: tender(FRAMEWORK_TENDER, 50_000_000, true),
    },
  });
  await eventually('both contracts are opened and listed', async () => {
    const listed = await get('/contracts?minPosition=0');
    for (const contract of listed.body.contracts ?? []) {
      contracts[contract.kind === 'framework-agreement' ? 'framework' : 'marche'] = contract.contractId;
    }
    return contracts.marche !== '' && contracts.framework !== '';
  });
}, 120_000);
environment.teardown(async () => {
  await stopFixtures();
  await service.close();
});

const as = (role: Role, claims: object = {}) => service.bearer(role, { consortia: [CONSORTIUM], ...claims });
async function get(path: string, role: Role = 'coordinator', claims: object = {}) {
  return service
    .http()
    .get(`/consortia/${CONSORTIUM}${path}`)
    .set('Authorization', await as(role, claims));
}
async function post(path: string, body: object, role: Role = 'coordinator', claims: object = {}) {
  return service
    .http()
    .post(`/consortia/${CONSORTIUM}${path}`)
    .set('Authorization', await as(role, claims))
    .send(body);
}
/** Reads what a creation's `Location` names, with the given token. */
async function follow(response: { headers: Record<string, string | undefined> }, authorization: string) {
  return service.http().get(response.headers['location']!).set('Authorization', authorization);
}
const ruleOf = (response: { body: { type?: string } }) =>
  response.body.type?.replace('urn:mutualis:rule:', '');
const marche = (path = '') => `/contracts/${contracts.marche}${path}`;
const framework = (path = '') => `/contracts/${contracts.framework}${path}`;

describe('reading contracts', () => {
  it('lists the consortium’s contracts to its coordinator, members and auditors; not to another consortium', async () => {
    expect((await get('/contracts', 'auditor')).body.contracts).toHaveLength(2);
    const outsider = await service
      .http()
      .get(`/consortia/${CONSORTIUM}/contracts`)
      .set('Authorization', await service.bearer('coordinator', { consortia: [OTHER_CONSORTIUM] }));
    expect(outsider.status).toBe(403);
  });

  it('reads a contract now or as recorded then; 404 for an unknown one or before its opening', async () => {
    const now = await get(marche(), 'member-buyer');
    expect(now.status).toBe(200);
    expect(now.body).toMatchObject({ kind: 'contract', holderSiret: HOLDER, status: 'signed' });
    expect((await get(`/contracts/${uuidv7()}`)).status).toBe(404);
    expect((await get(marche('?asOf=2020-01-01T00:00:00Z'))).status).toBe(404);
    expect((await get(marche('/history'), 'member-buyer')).status).toBe(403);
  });
});

describe('notification', () => {
  it('refuses an advance below 5 % on a marché over 50 000 € HT and 2 months (R2191-7), a malformed body, a member', async () => {
    const low = await post(
      marche('/notification'),
      notificationBody({ durationMonths: 24, advance: { ratePercent: 4, waived: false } }),
    );
    expect([low.status, ruleOf(low)]).toEqual([422, 'advance-rate-too-low']);
    const malformed = await post(
      marche('/notification'),
      notificationBody({ ccag: 'CCAG-X', notifiedOn: '2026-02-30' }),
    );
    expect(malformed.status).toBe(400);
    expect((await post(marche('/notification'), notificationBody(), 'member-buyer')).status).toBe(403);
  });

  it('notifies each contract once', async () => {
    expect(
      (await post(marche('/notification'), notificationBody({ durationMonths: 24, retentionPercent: 5 })))
        .status,
    ).toBe(201);
    expect((await post(framework('/notification'), notificationBody())).status).toBe(201);
    const twice = await post(marche('/notification'), notificationBody({ durationMonths: 24 }));
    expect([twice.status, ruleOf(twice)]).toEqual([422, 'contract-already-notified']);
    expect((await get(marche())).body).toMatchObject({ status: 'running', endsOn: '2028-06-30' });
  });
});

describe('orders', () => {
  it('takes bons de commande under the accord-cadre only, and only from the member’s own buyer', async () => {
    const order = { contractId: contracts.framework, amountCents: 2_000_000, description: 'Audit annuel' };
    const buyer = { authoritySiret: CROSSAC };
    const ordered = (body: object, role: Role = 'member-buyer', claims: object = buyer) =>
      post(`/members/${CROSSAC}/orders`, body, role, claims);
    const placed = await ordered(order);
    expect(placed.status).toBe(201);
    expect(placed.headers['location']).toBe(
      `/consortia/${CONSORTIUM}/members/${CROSSAC}/orders/${placed.body.orderId}`,
    );
    const read = await follow(placed, await as('member-buyer', buyer));
    expect([read.status, read.body]).toEqual([
      200,
      {
        orderId: placed.body.orderId,
        contractId: contracts.framework,
        memberSiret: CROSSAC,
        placedOn: '2026-09-01',
        amountCents: 2_000_000,
        description: 'Audit annuel',
      },
    ]);
    const unknown = await get(`/members/${CROSSAC}/orders/${uuidv7()}`, 'member-buyer', buyer);
    expect(unknown.status).toBe(404);
    // Another member's buyer reads its own orders only, as in the list.
    const otherBuyer = await as('member-buyer', { authoritySiret: SAINT_NAZAIRE });
    expect((await follow(placed, otherBuyer)).status).toBe(403);
    const onMarche = await ordered({ ...order, contractId: contracts.marche });
    expect([onMarche.status, ruleOf(onMarche)]).toEqual([422, 'orders-need-framework-agreement']);
    const forAnother = await post(`/members/${SAINT_NAZAIRE}/orders`, order, 'member-buyer', buyer);
    expect(forAnother.status).toBe(403);
    const beyond = await ordered({ ...order, amountCents: 48_000_001 });
    expect([beyond.status, ruleOf(beyond)]).toEqual([422, 'framework-maximum-exceeded']);
    expect((await ordered({ ...order, amountCents: 0 })).status).toBe(400);
    // The coordinator does not order for a member: the member's buyer does.
    expect((await ordered(order, 'coordinator', {})).status).toBe(403);
  });
});

describe('avenants', () => {
  it('signs a de minimis avenant under 10 %, refuses the one that brings the cumulated total to 10 % (R2194-9)', async () => {
    const avenant = {
      ground: 'de-minimis',
      signedOn: '2026-09-01',
      amountCents: 1_500_000,
      description: 'Ajout',
    };
    const signed = await post(marche('/amendments'), avenant);
    expect(signed.status).toBe(201);
    expect(signed.headers['location']).toBe(
      `/consortia/${CONSORTIUM}${marche(`/amendments/${signed.body.amendmentId}`)}`,
    );
    const read = await follow(signed, await as('coordinator'));
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      ...avenant,
      amendmentId: signed.body.amendmentId,
      amountAfterCents: 21_500_000,
      newHolderSiret: null,
    });
    expect((await get(marche(`/amendments/${uuidv7()}`))).status).toBe(404);
    // D1: notified once, not before its signature; the notification dates its DECP modification.
    const notification = marche(`/amendments/${signed.body.amendmentId}/notification`);
    expect((await post(notification, { notifiedOn: '2026-08-31' })).body.type).toBe(
      'urn:mutualis:rule:date-out-of-order',
    );
    expect((await post(notification, { notifiedOn: '2026-09-01' })).status).toBe(201);
    expect((await post(notification, { notifiedOn: '2026-09-01' })).body.type).toBe(
      'urn:mutualis:rule:amendment-already-notified',
    );
    expect(
      (await post(marche(`/amendments/${uuidv7()}/notification`), { notifiedOn: '2026-09-01' })).body.type,
    ).toBe('urn:mutualis:rule:amendment-unknown');
    const cap = await post(marche('/amendments'), { ...avenant, amountCents: 500_000 });
    expect([cap.status, ruleOf(cap)]).toEqual([422, 'de-minimis-cap-reached']);
    expect((await post(marche('/amendments'), { ...avenant, ground: 'convenience' })).status).toBe(400);
    const nature = await post(marche('/amendments'), {
      ...avenant,
      ground: 'non-substantial',
      changesNature: true,
    });
    expect([nature.status, ruleOf(nature)]).toEqual([422, 'modification-changes-nature']);
  });
});

describe('invoices and payments', () => {
  it('records a late payment with its interest and indemnity, lists overdue invoices with the interest due', async () => {
    const invoice = { receivedOn: '2026-09-01', amountCents: 1_000_000, amountCentsTTC: 1_200_000 };
    const received = await post(marche('/invoices'), invoice);
    expect(received.status).toBe(201);
    const at = `/consortia/${CONSORTIUM}${marche(`/invoices/${received.body.invoiceId}`)}`;
    expect(received.headers['location']).toBe(at);
    const read = await follow(received, await as('coordinator'));
    expect(read.status).toBe(200);
    expect(read.body).toEqual({
      ...invoice,
      invoiceId: received.body.invoiceId,
      orderId: null,
      subcontractorSiret: null,
      dueOn: '2026-10-01',
      interruptedOn: null,
      interrupted: false,
      payment: null,
    });
    expect((await get(marche(`/invoices/${uuidv7()}`))).status).toBe(404);
    expect(ruleOf(await post(marche('/invoices'), { ...invoice, amountCentsTTC: 900_000 }))).toBe(
      'amount-ttc-below-ht',
    );
    expect((await post(marche('/invoices'), { ...invoice, receivedOn: '01/09/2026' })).status).toBe(400);
    expect((await post(marche('/invoices'), { ...invoice, receivedOn: '2026-09-02' })).status).toBe(400); // future

    const overdue = await get('/overdue-invoices?on=2026-10-11');
    expect(overdue.body.invoices).toEqual([
      expect.objectContaining({
        invoiceId: received.body.invoiceId,
        daysLate: 10,
        interestCents: 3_337,
        indemnityCents: 4_000,
      }),
    ]);
    expect((await get('/overdue-invoices?on=2026-10-01')).body.invoices).toEqual([]);

    // Paid today, ten days after the délai of 30 days ran out.
    service.setNow('2026-10-11T10:00:00+02:00');
    const paid = await post(marche(`/invoices/${received.body.invoiceId}/payment`), {});
    expect(paid.status).toBe(201);
    const payment = (await get(marche())).body.invoices[0].payment;
    expect((await follow(received, await as('member-buyer'))).body.payment).toEqual(payment);
    expect(payment).toMatchObject({
      paidOn: '2026-10-11',
      daysLate: 10,
      interestCents: 3_337,
      indemnityCents: 4_000,
      retainedCents: 60_000,
    });
    const unknown = await post(marche(`/invoices/${uuidv7()}/payment`), {});
    expect([unknown.status, ruleOf(unknown)]).toEqual([422, 'invoice-unknown']);
  });

  it('interrupts the délai of an incomplete request once (R2192-27, R2192-28), then opens a new one of 30 days (R2192-29)', async () => {
    // Today is 11 October 2026; received on 1 October, due on 31 October; interrupted with 20 days left.
    const received = await post(marche('/invoices'), {
      receivedOn: '2026-10-01',
      amountCents: 100_000,
      amountCentsTTC: 120_000,
    });
    const invoiceId = received.body.invoiceId as string;
    const listed = async (on: string) =>
      (
        (await get(`/overdue-invoices?on=${on}`)).body.invoices as { invoiceId: string; daysLate: number }[]
      ).filter((overdue) => overdue.invoiceId === invoiceId);
    const interruption = marche(`/invoices/${invoiceId}/interruption`);
    const interrupted = await post(interruption, { interruptedOn: '2026-10-11', reason: 'RIB manquant' });
    expect(interrupted.status).toBe(201);
    expect(await listed('2026-11-05')).toEqual([]);
    const again = await post(interruption, { interruptedOn: '2026-10-11', reason: 'Encore' });
    expect([again.status, ruleOf(again), again.body.legalReference]).toEqual([
      422,
      'payment-period-interrupted-once',
      'R2192-27',
    ]);
    expect(
      (await post(marche(`/invoices/${invoiceId}/completion`), { completedOn: '2026-10-11' })).status,
    ).toBe(201);
    const read = (await follow(received, await as('coordinator'))).body;
    expect(read).toMatchObject({ dueOn: '2026-11-10', interruptedOn: '2026-10-11', interrupted: false });
    expect(await listed('2026-11-10')).toEqual([]);
    expect(await listed('2026-11-11')).toEqual([expect.objectContaining({ daysLate: 1 })]);
  });

  it('lets the holder see its contracts in the consortia its token names and invoice them, and no one else', async () => {
    const holder = await service.bearer('supplier', { supplierSiret: HOLDER, consortia: [CONSORTIUM] });
    const mine = await service.http().get(`/suppliers/${HOLDER}/contracts`).set('Authorization', holder);
    expect(mine.body.contracts).toHaveLength(2);
    const fileInvoice = () =>
      service
        .http()
        .post(`/suppliers/${HOLDER}/contracts/${contracts.marche}/invoices`)
        .set('Authorization', holder)
        .set('Idempotency-Key', 'holder-invoice-1')
        .send({ amountCents: 500_000, amountCentsTTC: 600_000 });
    const invoiced = await fileInvoice();
    expect(invoiced.status).toBe(201);
    const ownInvoice = `/suppliers/${HOLDER}/contracts/${contracts.marche}/invoices/${invoiced.body.invoiceId}`;
    expect(invoiced.headers['location']).toBe(ownInvoice);
    // Sent again with its Idempotency-Key: the same answer, the same Location, no second invoice.
    const replayed = await fileInvoice();
    expect([replayed.status, replayed.headers['location']]).toEqual([201, ownInvoice]);
    const own = await follow(invoiced, holder);
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({
      invoiceId: invoiced.body.invoiceId,
      amountCents: 500_000,
      amountCentsTTC: 600_000,
      payment: null,
    });
    const unknownInvoice = await service
      .http()
      .get(`/suppliers/${HOLDER}/contracts/${contracts.marche}/invoices/${uuidv7()}`)
      .set('Authorization', holder);
    expect(unknownInvoice.status).toBe(404);
    const elsewhere = await service.bearer('supplier', {
      supplierSiret: HOLDER,
      consortia: [OTHER_CONSORTIUM],
    });
    const listed = await service.http().get(`/suppliers/${HOLDER}/contracts`).set('Authorization', elsewhere);
    expect(listed.body.contracts).toEqual([]);
    const read = await service
      .http()
      .get(`/suppliers/${HOLDER}/contracts/${contracts.marche}`)
      .set('Authorization', elsewhere);
    expect(read.status).toBe(404);
    expect((await follow(invoiced, elsewhere)).status).toBe(404);
    const other = await service.bearer('supplier', {
      supplierSiret: OTHER_SUPPLIER,
      consortia: [CONSORTIUM],
    });
    expect(
      (await service.http().get(`/suppliers/${HOLDER}/contracts`).set('Authorization', other)).status,
    ).toBe(403);
    const notTheirs = await service
      .http()
      .get(`/suppliers/${OTHER_SUPPLIER}/contracts/${contracts.marche}`)
      .set('Authorization', other);
    expect(notTheirs.status).toBe(404);
    const notTheirInvoice = await service
      .http()
      .get(`/suppliers/${OTHER_SUPPLIER}/contracts/${contracts.marche}/invoices/${invoiced.body.invoiceId}`)
      .set('Authorization', other);
    expect(notTheirInvoice.status).toBe(404);
  });
});

describe('subcontractors, penalties and the contract’s life', () => {
  it('accepts a subcontractor; applies a penalty only once the 15 days of observations have run (CCAG 2021)', async () => {
    const sub = {
      subcontractorSiret: '44306184100047',
      acceptedOn: '2026-09-01',
      subcontractCentsTTC: 6_000_000,
      subcontractCentsHT: 5_000_000,
      durationMonths: 12,
      priceVariation: 'firm',
    };
    expect((await post(marche('/subcontractors'), sub)).status).toBe(201);
    expect((await post(marche('/subcontractors'), { ...sub, subcontractorSiret: '123' })).status).toBe(400);
    const invited = await post(marche('/penalties'), {
      invitedOn: '2026-10-11',
      daysLate: 20,
      valueCents: 10_000_000,
      reason: 'Rapport remis en retard',
    });
    expect(invited.status).toBe(201);
    expect(invited.headers['location']).toBe(
      `/consortia/${CONSORTIUM}${marche(`/penalties/${invited.body.penaltyId}`)}`,
    );
    const envisaged = await follow(invited, await as('coordinator'));
    expect([envisaged.status, envisaged.body]).toEqual([
      200,
      {
        penaltyId: invited.body.penaltyId,
        invitedOn: '2026-10-11',
        daysLate: 20,
        valueCents: 10_000_000,
        penaltyCents: 200_000,
        reason: 'Rapport remis en retard',
        orderId: null,
        appliedOn: null,
      },
    ]);
    // Under an accord-cadre executed by bons de commande the 10 % cap is the late order's: it must be named.
    const noOrder = await post(framework('/penalties'), {
      invitedOn: '2026-10-11',
      daysLate: 20,
      valueCents: 10_000_000,
      reason: 'Bon de commande livré en retard',
    });
    expect([noOrder.status, ruleOf(noOrder), noOrder.body.legalReference]).toEqual([
      422,
      'penalty-order-unknown',
      'CCAG 2021',
    ]);
    expect((await get(marche(`/penalties/${uuidv7()}`), 'auditor')).status).toBe(404);
    const application = marche(`/penalties/${invited.body.penaltyId}/application`);
    service.setNow('2026-10-26T10:00:00+01:00');
    const early = await post(application, {});
    expect([early.status, ruleOf(early)]).toEqual([422, 'penalty-observation-period-running']);
    service.setNow('2026-10-27T10:00:00+01:00');
    expect((await post(application, {})).status).toBe(201);
    expect((await follow(invited, await as('auditor'))).body.appliedOn).toBe('2026-10-27');
    expect((await get(marche())).body.position).toMatchObject({ penaltiesDueCents: 200_000 });
  });

  it('refuses an unannounced reconduction; suspends, resumes, terminates', async () => {
    service.setNow('2026-11-02T10:00:00+01:00');
    const renewal = await post(marche('/renewals'), {});
    expect([renewal.status, ruleOf(renewal)]).toEqual([422, 'renewal-not-announced']);
    expect(
      (await post(marche('/suspension'), { suspendedOn: '2026-10-28', reason: 'Intempéries' })).status,
    ).toBe(201);
    expect((await post(marche('/resumption'), { resumedOn: '2026-11-03' })).status).toBe(400); // after today
    expect((await post(marche('/resumption'), { resumedOn: '2026-11-01' })).status).toBe(201);
    const early = await post(marche('/end'), {});
    expect([early.status, ruleOf(early)]).toEqual([422, 'contract-term-not-reached']);
    const terminated = await post(marche('/termination'), {
      terminatedOn: '2026-11-02',
      ground: 'general-interest',
      reason: 'Réorganisation des services',
    });
    expect(terminated.status).toBe(201);
    expect((await get(marche())).body.status).toBe('terminated');
  });

  it('shows the new holder of a transfer avenant (R2194-6) in the contract as in the list', async () => {
    const transfer = await post(framework('/amendments'), {
      ground: 'new-contractor',
      signedOn: '2026-11-02',
      amountCents: 0,
      description: 'Cession du marché après fusion du titulaire',
      newHolderSiret: OTHER_SUPPLIER,
    });
    expect(transfer.status).toBe(201);
    expect((await get(framework())).body.holderSiret).toBe(OTHER_SUPPLIER);
    const listed = (await get(`/contracts?minPosition=${transfer.body.position}`)).body.contracts;
    expect(
      listed.find((contract: { kind: string }) => contract.kind === 'framework-agreement'),
    ).toMatchObject({
      holderSiret: OTHER_SUPPLIER,
    });
  });

  it('tells the coordinator every act of the contract, in the order recorded', async () => {
    const history = await get(marche('/history'));
    expect(history.status).toBe(200);
    expect(history.body.events.map((event: { type: string }) => event.type.replace('contract.', ''))).toEqual(
      [
        'ContractOpened',
        'ContractNotified',
        'AmendmentSigned',
        'AmendmentNotified',
        'InvoiceReceived',
        'InvoicePaid',
        'InvoiceReceived',
        'PaymentPeriodInterrupted',
        'PaymentPeriodResumed',
        'InvoiceReceived',
        'SubcontractorAccepted',
        'PenaltyObservationsInvited',
        'PenaltyApplied',
        'ContractSuspended',
        'ContractResumed',
        'ContractTerminated',
      ],
    );
  });
});

describe('the read models, for the platform’s operators', () => {
  it('rebuilds the contract ledger from the whole event store, giving the same lists, for the platform administrator only', async () => {
    const before = (await get('/contracts')).body;
    const admin = await service.bearer('platform-admin');
    const listed = await service.http().get('/projections').set('Authorization', admin);
    expect(listed.body).toEqual({ projections: ['contract_ledger'] });
    const rebuilt = await service
      .http()
      .post('/projections/contract_ledger/rebuild')
      .set('Authorization', admin);
    expect(rebuilt.status).toBe(202);
    expect(rebuilt.headers['location']).toBe(`/projections/contract_ledger/rebuilds/${rebuilt.body.jobId}`);
    const { job, result } = await followJob(service, rebuilt.headers['location']!, admin);
    expect(job).toMatchObject({ kind: 'projection-rebuild', status: 'succeeded' });
    expect(result).toEqual({ projection: 'contract_ledger', eventsApplied: expect.any(Number) });
    expect((result as { eventsApplied: number }).eventsApplied).toBeGreaterThanOrEqual(
      before.contracts.length,
    );
    expect(job.progress.done).toBe((result as { eventsApplied: number }).eventsApplied);
    const coordinatorReads = await service
      .http()
      .get(job.links.self)
      .set('Authorization', await as('coordinator'));
    expect(coordinatorReads.status).toBe(403);
    expect((await get('/contracts')).body).toEqual(before);

    const unknown = await service.http().post('/projections/nothing/rebuild').set('Authorization', admin);
    expect(unknown.status).toBe(404);
    const coordinator = await as('coordinator');
    expect(
      (await service.http().post('/projections/contract_ledger/rebuild').set('Authorization', coordinator))
        .status,
    ).toBe(403);
  });
});

describe('the ECB rate table, for the platform’s operators (C4)', () => {
  it('warns on /health/ecb-rate and by a gauge when a half-year begins with no rate known for it', async () => {
    const missing = async () =>
      /^mutualis_ecb_rate_missing\{[^}]*\} (\d)$/m.exec((await service.http().get('/metrics')).text)?.[1];
    // The table was last updated on 11 June 2025: the first half of 2025 is known, the second is not.
    service.setNow('2025-06-30T10:00:00+02:00');
    expect((await service.http().get('/health/ecb-rate')).body).toMatchObject({
      status: 'ok',
      halfYearStartsOn: '2025-01-01',
      tableUpdatedOn: '2025-06-11',
    });
    expect(await missing()).toBe('0');
    service.setNow('2025-07-01T10:00:00+02:00');
    const warning = await service.http().get('/health/ecb-rate');
    expect([warning.status, warning.body]).toEqual([
      200,
      {
        status: 'warning',
        halfYearStartsOn: '2025-07-01',
        tableUpdatedOn: '2025-06-11',
        rateBasisPoints: 215,
        rateFrom: '2025-06-11',
        detail: expect.stringContaining('No ECB rate is known for the half-year that began on 2025-07-01'),
      },
    ]);
    expect(await missing()).toBe('1');
    // A warning, not an outage: the service stays ready.
    expect((await service.http().get('/health/ready')).status).toBe(200);
  });
});

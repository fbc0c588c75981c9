import { NewEventData, publishContextEvents } from '@mutualis/shared/api/testing';
import { uuidv7 } from '@mutualis/shared/contracts';
import { eventually, useIntegrationEnvironment } from '@mutualis/shared/testing';
import { decpProblems, ocdsRecordPackageProblems } from '@mutualis/audit/domain';
import { HOLDER, procedureScenario, SAINT_NAZAIRE, ScenarioEvent } from '@mutualis/audit/domain/testing';
import { AuditApp, startAuditApp } from '../testing/audit-app';

const environment = useIntegrationEnvironment();
let service: AuditApp;
const stops: (() => Promise<void>)[] = [];

// The broker is shared by every test file of the run: this file's consortium, tender and contract are its own.
const scenario = procedureScenario();
const { consortium: CONSORTIUM, tender: TENDER, contract: CONTRACT } = scenario.ids;
const event = (type: string, data: unknown): NewEventData => ({ type, consortiumId: CONSORTIUM, data });

/** The scenario as each context's service stores and publishes it. */
const published = (events: ScenarioEvent[]) => {
  const streams: Record<string, Record<string, NewEventData[]>> = {};
  for (const one of events) {
    const context = (streams[one.context] ??= {});
    (context[one.streamId] ??= []).push(event(one.type, one.data));
  }
  return streams;
};

beforeAll(async () => {
  const { databaseUrl, kafkaBrokers } = environment();
  service = await startAuditApp(databaseUrl, { kafkaBrokers });
  stops.push(await publishContextEvents(databaseUrl, kafkaBrokers, published(scenario.events)));
  await eventually('the ledger received the consortium’s events', async () => {
    const ledger = await get('/ledger');
    return ledger.body.entries?.length === scenario.events.length;
  });
}, 120_000);
environment.teardown(async () => {
  for (const stop of stops) await stop();
  await service.close();
});

const get = async (path: string) =>
  service
    .http()
    .get(`/consortia/${CONSORTIUM}${path}`)
    .set('Authorization', await service.bearer('auditor', { consortia: [CONSORTIUM] }));

const publishOn = async (day: string, role: 'coordinator' | 'auditor' = 'coordinator') => {
  service.setNow(`${day}T10:00:00+02:00`);
  return service
    .http()
    .post(`/consortia/${CONSORTIUM}/decp/publications`)
    .set('Authorization', await service.bearer(role, { consortia: [CONSORTIUM] }));
};
/** An avenant signed and notified the same day. */
const avenant = (signedOn: string, amountAfterCents: number, amendmentId = uuidv7()) => [
  event('contract.AmendmentSigned', {
    amendmentId,
    ground: 'de-minimis',
    signedOn,
    amountCents: 1_000_000,
    description: 'Une journée d’audit de plus',
    extensionMonths: 0,
    amountAfterCents,
    endsOn: '2028-06-30',
    joueNoticeRequired: false,
    newHolderSiret: null,
  }),
  event('contract.AmendmentNotified', { amendmentId, notifiedOn: signedOn }),
];

describe('the DECP of a consortium (D1–D3)', () => {
  it('lists what is notified and not yet published, with its deadline two months after the notification (D1)', async () => {
    const pending = (await get('/decp/pending?on=2026-09-02')).body;
    expect(pending.pending).toEqual([
      {
        contractId: CONTRACT,
        item: 'record',
        modificationId: null,
        notifiedOn: '2026-07-01',
        dueBy: '2026-09-01',
        overdue: true,
      },
      expect.objectContaining({
        item: 'modification',
        modificationId: 1,
        dueBy: '2026-12-01',
        overdue: false,
      }),
    ]);
    expect((await get('/decp/pending?on=2026-02-30')).status).toBe(400);
  });

  it('publishes the notified contract with its avenant, valid against the official schema', async () => {
    expect((await publishOn('2026-10-05', 'auditor')).status).toBe(403);
    const response = await publishOn('2026-10-05');
    expect(response.status).toBe(200);
    expect(decpProblems(response.body)).toEqual([]);
    expect(response.body.marches.marche).toEqual([
      expect.objectContaining({
        acheteur: { id: SAINT_NAZAIRE },
        montant: 250_000,
        dureeMois: 24,
        offresRecues: 2,
        procedure: "Appel d'offres ouvert",
        ccag: 'Prestations intellectuelles',
        formePrix: 'Forfaitaire',
        titulaires: [{ titulaire: { typeIdentifiant: 'SIRET', id: HOLDER } }],
        lieuExecution: { code: '44184', typeCode: 'Code commune' },
        considerationsEnvironnementales: { considerationEnvironnementale: ['Critère environnemental'] },
        datePublicationDonnees: '2026-10-05',
        modifications: [
          {
            modification: {
              id: 1,
              montant: 300_000,
              dateNotificationModification: '2026-10-01',
              datePublicationDonneesModification: '2026-10-05',
            },
          },
        ],
      }),
    ]);
  });

  it('appends a later avenant without rewriting what was published (D1)', async () => {
    for (const stop of stops.splice(0)) await stop();
    stops.push(
      await publishContextEvents(environment().databaseUrl, environment().kafkaBrokers, {
        contract: { [`contract-${CONTRACT}`]: avenant('2026-11-02', 31_000_000) },
      }),
    );
    await eventually(
      'the ledger received the second avenant',
      async () => (await get('/ledger')).body.entries.length === scenario.events.length + 2,
    );
    const republished = await publishOn('2026-11-10');
    expect(republished.status).toBe(200);
    const [record] = republished.body.marches.marche;
    expect(record).toMatchObject({ datePublicationDonnees: '2026-10-05', montant: 250_000 });
    expect(record.modifications.map((m: { modification: object }) => m.modification)).toEqual([
      expect.objectContaining({ id: 1, montant: 300_000, datePublicationDonneesModification: '2026-10-05' }),
      expect.objectContaining({ id: 2, montant: 310_000, datePublicationDonneesModification: '2026-11-10' }),
    ]);
    expect((await get('/decp')).body).toEqual(republished.body);
    expect((await get('/decp/pending?on=2026-11-10')).body.pending).toEqual([]);
    expect(decpProblems(republished.body)).toEqual([]);
  });
});

describe('the OCDS record package of a consultation (D4)', () => {
  it('gives the consultation with its award, contract, avenants and payment, valid against OCDS 1.1.5', async () => {
    const response = await get(`/ocds/${TENDER}`);
    expect(response.status).toBe(200);
    expect(ocdsRecordPackageProblems(response.body)).toEqual([]);
    const [record] = response.body.records;
    expect(record.ocid).toBe(`ocds-000000-${TENDER}`);
    expect(record.releases.map((release: { tag: string[] }) => release.tag[0])).toEqual(
      expect.arrayContaining([
        'planning',
        'tender',
        'tenderAmendment',
        'award',
        'contract',
        'contractAmendment',
      ]),
    );
    const [contract] = record.compiledRelease.contracts;
    expect(contract).toMatchObject({ id: CONTRACT, status: 'active' });
    // Both avenants of the DECP tests: 250 000 € signed, 300 000 € then 310 000 € after them.
    expect(
      record.versionedRelease.contracts[0].value.amount.map((version: { value: number }) => version.value),
    ).toEqual([250_000, 300_000, 310_000]);
    expect(record.compiledRelease.parties).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: `FR-RCS-${SAINT_NAZAIRE}`,
          roles: ['buyer', 'procuringEntity', 'payer'],
        }),
        expect.objectContaining({ id: `FR-RCS-${HOLDER}`, roles: ['tenderer', 'supplier', 'payee'] }),
      ]),
    );
  });

  it('is read by auditors and coordinators of the consortium only, and names an unknown consultation', async () => {
    const asSupplier = await service
      .http()
      .get(`/consortia/${CONSORTIUM}/ocds/${TENDER}`)
      .set('Authorization', await service.bearer('supplier', { consortia: [CONSORTIUM] }));
    expect(asSupplier.status).toBe(403);
    const otherConsortium = await service
      .http()
      .get(`/consortia/${CONSORTIUM}/ocds/${TENDER}`)
      .set('Authorization', await service.bearer('auditor', { consortia: [uuidv7()] }));
    expect(otherConsortium.status).toBe(403);
    const unknown = await get(`/ocds/${uuidv7()}`);
    expect(unknown.status).toBe(404);
    expect(unknown.headers['content-type']).toMatch(/application\/problem\+json/);
    expect((await get('/ocds/not-a-uuid')).status).toBe(400);
  });
});

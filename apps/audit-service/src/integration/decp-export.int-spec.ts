import {
  communeAuthority,
  consortiumFormed,
  NewEventData,
  procedureChosen,
  publishContextEvents,
  tenderCreated,
  tenderPublished,
} from '@mutualis/shared/api/testing';
import { uuidv7 } from '@mutualis/shared/contracts';
import { eventually, useIntegrationEnvironment } from '@mutualis/shared/testing';
import { decpProblems } from '@mutualis/audit/domain';
import { AuditApp, startAuditApp } from '../testing/audit-app';

const environment = useIntegrationEnvironment();
let service: AuditApp;
const stops: (() => Promise<void>)[] = [];

// The broker is shared by every test file of the run: this file's consortium, tender and contract are its own.
const CONSORTIUM = uuidv7();
const TENDER = uuidv7();
const CONTRACT = uuidv7();
const SAINT_NAZAIRE = '21440184600016';
const HOLDER = '73282932000074';
const event = (type: string, data: unknown): NewEventData => ({ type, consortiumId: CONSORTIUM, data });

beforeAll(async () => {
  const { databaseUrl, kafkaBrokers } = environment();
  service = await startAuditApp(databaseUrl, { kafkaBrokers });
  const stopFixtures = await publishContextEvents(databaseUrl, kafkaBrokers, {
    membership: {
      [`consortium-${CONSORTIUM}`]: [
        consortiumFormed(CONSORTIUM, communeAuthority(SAINT_NAZAIRE, 'Saint-Nazaire', '44184')),
      ],
    },
    tender: {
      [`tender-${TENDER}`]: [
        tenderCreated(TENDER, CONSORTIUM, { beneficiaries: [SAINT_NAZAIRE] }),
        procedureChosen(CONSORTIUM),
        event('tender.CriteriaSet', {
          lot: 1,
          criteria: [
            { name: 'Prix', weightPercent: 40, kind: 'price', environmental: false },
            { name: 'Valeur technique', weightPercent: 50, kind: 'quality', environmental: false },
            { name: 'Sobriété énergétique', weightPercent: 10, kind: 'environmental', environmental: true },
          ],
        }),
        tenderPublished(CONSORTIUM),
        event('tender.BidsOpened', {
          openedAt: '2026-04-06T14:00:00.000Z',
          openedBy: 'coordinator-user',
          bids: [{ lot: 1, bidIds: [uuidv7(), uuidv7(), uuidv7()] }],
        }),
      ],
    },
    contract: {
      [`contract-${CONTRACT}`]: [
        event('contract.ContractOpened', {
          contractId: CONTRACT,
          consortiumId: CONSORTIUM,
          tenderId: TENDER,
          lot: 1,
          object: 'Audit de sécurité des systèmes d’information',
          cpvCode: '72000000-5',
          nature: 'services',
          buyer: 'sub-central',
          procedure: 'open',
          formalised: true,
          launchedOn: '2026-03-02',
          thresholdTable: '2026-01-01',
          kind: 'contract',
          holderSiret: HOLDER,
          amountCents: 25_000_000,
          signedOn: '2026-06-15',
          beneficiaries: [SAINT_NAZAIRE],
          durationMonths: null,
          openedFrom: uuidv7(),
        }),
        event('contract.ContractNotified', {
          notifiedOn: '2026-07-01',
          durationMonths: 24,
          endsOn: '2028-06-30',
          renewals: null,
          priceForm: 'lump-sum',
          priceType: 'firm',
          ccag: 'PI',
          penaltyDerogation: false,
          amountCentsTTC: 30_000_000,
          payingBuyer: 'collectivite',
          holderSme: false,
          buyerSpendingOver60M: false,
          advance: {
            required: true,
            minimumRatePercent: 5,
            ratePercent: 5,
            waived: false,
            amountCents: 750_000,
          },
          retentionPercent: 0,
        }),
        event('contract.AmendmentSigned', {
          amendmentId: uuidv7(),
          ground: 'supplementary',
          signedOn: '2026-10-01',
          amountCents: 5_000_000,
          description: 'Audit de deux systèmes de plus',
          extensionMonths: 0,
          amountAfterCents: 30_000_000,
          endsOn: '2028-06-30',
          joueNoticeRequired: true,
          newHolderSiret: null,
        }),
      ],
    },
  });
  stops.push(stopFixtures);
  await eventually('the ledger received the consortium’s events', async () => {
    const ledger = await get('/ledger');
    return ledger.body.entries?.length === 9;
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
const avenant = (signedOn: string, amountAfterCents: number) =>
  event('contract.AmendmentSigned', {
    amendmentId: uuidv7(),
    ground: 'de-minimis',
    signedOn,
    amountCents: 1_000_000,
    description: 'Une journée d’audit de plus',
    extensionMonths: 0,
    amountAfterCents,
    endsOn: '2028-06-30',
    joueNoticeRequired: false,
    newHolderSiret: null,
  });

describe('the DECP of a consortium', () => {
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
        offresRecues: 3,
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
        contract: { [`contract-${CONTRACT}`]: [avenant('2026-11-02', 31_000_000)] },
      }),
    );
    await eventually(
      'the ledger received the second avenant',
      async () => (await get('/ledger')).body.entries.length === 10,
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
    expect(decpProblems(republished.body)).toEqual([]);
  });
});

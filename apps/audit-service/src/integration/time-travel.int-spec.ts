import {
  communeAuthority,
  consortiumFormed,
  freshSiret,
  memberJoined,
  NewEventData,
  procedureChosen,
  publishContextEvents,
  supplierEvents,
  tenderCreated,
  tenderPublished,
} from '@mutualis/shared/api/testing';
import { EventEnvelope, publishedUpcasters, TenderEvent, uuidv7 } from '@mutualis/shared/contracts';
import { fold } from '@mutualis/shared/event-sourcing';
import { addDays, parisDate } from '@mutualis/procurement-rules';
import { eventually, useIntegrationEnvironment } from '@mutualis/shared/testing';
import { tenderDecider } from '@mutualis/tender/domain';
import { AuditApp, startAuditApp } from '../testing/audit-app';
import { runAuditJob } from '../testing/audit-job';

const environment = useIntegrationEnvironment();
let service: AuditApp;
const stops: (() => Promise<void>)[] = [];

// The broker is shared by every test file of the run: this file's consortium and tender are its own.
const CONSORTIUM = uuidv7();
const TENDER = uuidv7();
const STREAM = `tender-${TENDER}`;
const event = (type: string, data: unknown): NewEventData => ({ type, consortiumId: CONSORTIUM, data });

/** The tender up to the opening of its bids. */
const untilOpening: NewEventData[] = [
  tenderCreated(TENDER, CONSORTIUM, {
    object: 'Formation des agents à la cybersécurité',
    cpvCode: '80500000-9',
  }),
  procedureChosen(CONSORTIUM),
  tenderPublished(CONSORTIUM),
  event('tender.BidsOpened', {
    openedAt: '2026-04-06T14:00:00.000Z',
    openedBy: 'coordinator-user',
    bids: [{ lot: 1, bidIds: [] }],
  }),
];

beforeAll(async () => {
  const { databaseUrl, kafkaBrokers } = environment();
  service = await startAuditApp(databaseUrl, { kafkaBrokers });
  stops.push(await publishContextEvents(databaseUrl, kafkaBrokers, { tender: { [STREAM]: untilOpening } }));
  await eventually(
    'the ledger received the tender up to its opening',
    async () => (await ledger()).length === 4,
  );
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
const ledger = async (): Promise<{ position: number; event: EventEnvelope }[]> =>
  (await get('/ledger')).body.entries;

describe('time travel and the timeline', () => {
  it('shows the tender as it was at its opening, after a later event changed it, as its own rules rebuild it', async () => {
    const atOpening = await ledger();
    const openedAt = atOpening.at(-1)!.event.recordedAt;
    await new Promise((resolve) => setTimeout(resolve, 20)); // the later event is recorded strictly after

    // Later, the lot is declared unsuccessful.
    for (const stop of stops.splice(0)) await stop();
    stops.push(
      await publishContextEvents(environment().databaseUrl, environment().kafkaBrokers, {
        tender: {
          [STREAM]: [
            event('tender.LotClosedWithoutAward', {
              lot: 1,
              outcome: 'unsuccessful',
              reason: 'Aucune offre',
            }),
          ],
        },
      }),
    );
    await eventually('the ledger received the closure', async () => (await ledger()).length === 5);

    // As the tender service's store reads them: older versions upcast to their contract's current shape.
    const upcasters = publishedUpcasters();
    const rebuilt = fold(
      tenderDecider,
      tenderDecider.initialState,
      atOpening.map(({ event }) => {
        const { type, data } = upcasters.upcast(event);
        return { type, data } as TenderEvent;
      }),
    );
    const then = await get(`/aggregates/${STREAM}?asOf=${encodeURIComponent(openedAt)}`);
    expect(then.status).toBe(200);
    expect(then.body).toMatchObject({
      kind: 'tender',
      version: 4,
      lastRecordedAt: openedAt,
      asOf: openedAt,
      position: atOpening.at(-1)!.position,
    });
    expect(then.body.state).toEqual(JSON.parse(JSON.stringify(rebuilt)));
    expect(then.body.state.closed).toEqual({});

    const now = await get(`/aggregates/${STREAM}`);
    expect(now.body).toMatchObject({ version: 5, state: { closed: { '1': { outcome: 'unsuccessful' } } } });
    const byPosition = await get(`/aggregates/${STREAM}?position=${atOpening.at(-1)!.position}`);
    expect(byPosition.body.state).toEqual(then.body.state);
    expect(byPosition.body).toMatchObject({ asOf: null, position: atOpening.at(-1)!.position });
    expect((await get(`/aggregates/${STREAM}?asOf=2020-01-01`)).status).toBe(404);
  });

  it('lists who did what and when, filtered and paginated, as JSON or CSV', async () => {
    const all = await get('/timeline');
    expect(all.body.acts.map((act: { type: string }) => act.type)).toEqual([
      'tender.TenderCreated',
      'tender.ProcedureChosen',
      'tender.TenderPublished',
      'tender.BidsOpened',
      'tender.LotClosedWithoutAward',
    ]);
    expect(all.body.acts[0]).toMatchObject({ streamId: STREAM, userId: 'fixture', role: 'platform-admin' });
    // Each act names its subject and gives its business date beside the instant it was recorded.
    expect(all.body.acts[0]).toMatchObject({
      subject: { kind: 'tender', id: TENDER, label: 'Formation des agents à la cybersécurité' },
      summary: expect.stringMatching(/^Consultation créée : Formation des agents à la cybersécurité/),
      businessDate: '2026-09-01',
    });
    expect(all.body.acts[3]).toMatchObject({ summary: 'Plis ouverts : 0 offre', businessDate: '2026-04-06' });
    expect(all.body.acts[4]).toMatchObject({
      subject: { kind: 'lot', id: `${TENDER}/lots/1` },
      summary: 'Lot 1 déclaré infructueux',
    });
    // The reading says how far in the ledger it went; asked again up to there, or as of an instant, it is the same.
    expect(all.body).toMatchObject({ asOf: null, position: all.body.acts[4].position, next: null });
    const opening = all.body.acts[3];
    const asOf = await get(`/timeline?asOf=${encodeURIComponent(opening.recordedAt)}`);
    expect(asOf.body).toMatchObject({ asOf: opening.recordedAt, position: opening.position });
    expect(asOf.body.acts).toHaveLength(4);
    const byPosition = await get(`/timeline?position=${all.body.acts[1].position}`);
    expect(byPosition.body).toMatchObject({ asOf: null, position: all.body.acts[1].position });
    expect(byPosition.body.acts).toHaveLength(2);

    const page = await get('/timeline?limit=2');
    expect(page.body.acts).toHaveLength(2);
    expect(page.body.position).toBe(all.body.position);
    const rest = await get(`/timeline?after=${page.body.next}`);
    expect(rest.body.acts).toHaveLength(3);
    expect((await get('/timeline?type=tender.BidsOpened')).body.acts).toHaveLength(1);
    // A period of bare dates runs from the start of its first Paris day to the end of its last.
    const day = parisDate(all.body.acts[0].recordedAt);
    expect((await get(`/timeline?from=${day}&to=${day}`)).body.acts).toHaveLength(5);
    expect((await get(`/timeline?from=${addDays(day, 1)}`)).body.acts).toHaveLength(0);
    expect((await get(`/timeline?to=${addDays(day, -1)}`)).body.acts).toHaveLength(0);

    const csv = await get('/timeline?format=csv');
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.text.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'position,recordedAt,occurredAt,businessDate,type,subjectKind,subjectId,subjectLabel,summary,streamId,' +
        'streamVersion,userId,role,actingFor,legalReference,correlationId,causationId,eventId',
    );
    expect(lines).toHaveLength(6);
    expect(lines[5]).toContain(`,2026-09-01,tender.LotClosedWithoutAward,lot,${TENDER}/lots/1,`);
    // The next CSV page keeps the filters and the reading's position.
    const csvPage = await get('/timeline?format=csv&limit=2&streamId=' + STREAM);
    expect(csvPage.headers['link']).toBe(
      `<?streamId=${encodeURIComponent(STREAM)}&position=${all.body.position}&after=${all.body.acts[1].position}` +
        '&limit=2&format=csv>; rel="next"',
    );
    expect((await get('/timeline?format=xml')).status).toBe(400);
  });
});

describe('the timeline in words', () => {
  const GROUPEMENT = uuidv7();
  const SAINT_NAZAIRE = '21440184600016';
  const SAVENAY = '21440195900019';
  const OFFER = uuidv7();
  const tenderStream = `tender-${uuidv7()}`;

  it('names the commune that joined, the company that bid once the bids are opened, and when each act took effect', async () => {
    const company = freshSiret();
    const inGroupement = (type: string, data: unknown): NewEventData => ({
      type,
      consortiumId: GROUPEMENT,
      data,
    });
    for (const stop of stops.splice(0)) await stop(); // one relay at a time on each fixture store
    stops.push(
      await publishContextEvents(environment().databaseUrl, environment().kafkaBrokers, {
        supplier: { [`supplier-${company}`]: supplierEvents(company, 8, ['2026-03-01', '2026-09-01']) },
        membership: {
          [`consortium-${GROUPEMENT}`]: [
            consortiumFormed(
              GROUPEMENT,
              communeAuthority(SAINT_NAZAIRE, 'Commune de Saint-Nazaire', '44184'),
            ),
            ...memberJoined(
              GROUPEMENT,
              communeAuthority(SAVENAY, 'Commune de Savenay', '44195'),
              '2026-03-01',
            ),
          ],
        },
        tender: {
          [tenderStream]: [
            tenderCreated(tenderStream.slice('tender-'.length), GROUPEMENT, { object: 'Audit des communes' }),
            inGroupement('tender.BidSubmitted', {
              bidId: OFFER,
              lot: 1,
              supplierSiret: company,
              sealed: { keyId: uuidv7(), ciphertext: 'c2NlbGxl' },
              contentSha256: 'a'.repeat(64),
            }),
          ],
        },
      }),
    );
    const words = async (path = '/timeline') =>
      (
        await service
          .http()
          .get(`/consortia/${GROUPEMENT}${path}`)
          .set('Authorization', await service.bearer('auditor', { consortia: [GROUPEMENT] }))
      ).body;
    await eventually(
      'the ledger received the groupement’s acts',
      async () => (await words()).acts?.length === 5,
    );

    const acts = (await words()).acts as {
      type: string;
      subject: object;
      summary: string;
      businessDate: string;
    }[];
    expect(acts.find((act) => act.type === 'membership.AdhesionAccepted')).toMatchObject({
      subject: { kind: 'authority', id: SAVENAY, label: 'Commune de Savenay' },
      summary: `Adhésion acceptée : Commune de Savenay (${SAVENAY})`,
      businessDate: '2026-03-01',
      actingFor: null,
    });
    // Before the opening, who bid stays secret.
    expect(acts.find((act) => act.type === 'tender.BidSubmitted')).toMatchObject({
      subject: { kind: 'bid', id: OFFER, label: 'Offre sur le lot 1' },
      summary: 'Offre déposée sur le lot 1',
    });
    expect(JSON.stringify(acts)).not.toContain('Fournisseur 8');

    for (const stop of stops.splice(0)) await stop();
    stops.push(
      await publishContextEvents(environment().databaseUrl, environment().kafkaBrokers, {
        tender: {
          [tenderStream]: [
            inGroupement('tender.BidsOpened', {
              openedAt: '2026-04-06T14:00:00.000Z',
              openedBy: 'coordinator-user',
              bids: [{ lot: 1, bidIds: [OFFER] }],
            }),
            inGroupement('tender.LotAwarded', {
              lot: 1,
              bidId: OFFER,
              supplierSiret: company,
              ranking: [{ bidId: OFFER, weightedTotal: 8_000 }],
              decidedOn: '2026-05-04',
            }),
          ],
        },
      }),
    );
    await eventually('the ledger received the award and the company’s registration', async () =>
      JSON.stringify((await words()).acts).includes(`Lot 1 attribué à Fournisseur 8`),
    );
    const after = (await words()).acts as { type: string; subject: { label: string }; summary: string }[];
    expect(after.find((act) => act.type === 'tender.BidSubmitted')!.subject.label).toBe(
      'Offre de Fournisseur 8 sur le lot 1',
    );
    expect(after.find((act) => act.type === 'tender.LotAwarded')).toMatchObject({
      subject: { kind: 'lot', label: 'Lot 1 : Audit — Audit des communes' },
      summary: `Lot 1 attribué à Fournisseur 8 (${company})`,
      businessDate: '2026-05-04',
    });
  });
});

describe('the supplier registry’s ledger (tenant platform)', () => {
  it('is read and rebuilt by an auditor given the platform, and closed to the others', async () => {
    const siret = freshSiret();
    for (const stop of stops.splice(0)) await stop();
    stops.push(
      await publishContextEvents(environment().databaseUrl, environment().kafkaBrokers, {
        supplier: { [`supplier-${siret}`]: supplierEvents(siret, 7, ['2026-03-01', '2026-09-01']) },
      }),
    );
    const platform = async (path: string, consortia: string[]) =>
      service
        .http()
        .get(`/consortia/platform${path}`)
        .set('Authorization', await service.bearer('auditor', { consortia }));
    let supplier = await platform(`/aggregates/supplier-${siret}`, ['platform']);
    await eventually('the registry’s events reached the ledger', async () => {
      supplier = await platform(`/aggregates/supplier-${siret}`, ['platform']);
      return supplier.status === 200 && supplier.body.version === 3;
    });
    expect(supplier.body.state.registration).toMatchObject({ siret, legalName: 'Fournisseur 7' });
    expect((await platform(`/timeline?streamId=supplier-${siret}`, ['platform'])).body.acts).toHaveLength(3);
    expect((await platform(`/aggregates/supplier-${siret}`, [CONSORTIUM])).status).toBe(403);

    // Its verification runs as a job of the platform tenant, followed at the Location it gives.
    const auditor = await service.bearer('auditor', { consortia: ['platform'] });
    const { job, result } = await runAuditJob(service, 'platform', 'verifications', auditor);
    expect(job.links.self).toMatch(/^\/consortia\/platform\/verifications\//);
    expect(result).toMatchObject({ ok: true });
  });
});

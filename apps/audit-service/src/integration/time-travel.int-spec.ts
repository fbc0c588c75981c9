import {
  freshSiret,
  NewEventData,
  procedureChosen,
  publishContextEvents,
  supplierEvents,
  tenderCreated,
  tenderPublished,
} from '@mutualis/shared/api/testing';
import { EventEnvelope, TenderEvent, uuidv7 } from '@mutualis/shared/contracts';
import { fold } from '@mutualis/shared/event-sourcing';
import { addDays, parisDate } from '@mutualis/procurement-rules';
import { eventually, useIntegrationEnvironment } from '@mutualis/shared/testing';
import { tenderDecider } from '@mutualis/tender/domain';
import { AuditApp, startAuditApp } from '../testing/audit-app';

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

    const rebuilt = fold(
      tenderDecider,
      tenderDecider.initialState,
      atOpening.map(({ event: { type, data } }) => ({ type, data }) as TenderEvent),
    );
    const then = await get(`/aggregates/${STREAM}?asOf=${encodeURIComponent(openedAt)}`);
    expect(then.status).toBe(200);
    expect(then.body).toMatchObject({ kind: 'tender', version: 4, lastRecordedAt: openedAt });
    expect(then.body.state).toEqual(JSON.parse(JSON.stringify(rebuilt)));
    expect(then.body.state.closed).toEqual({});

    const now = await get(`/aggregates/${STREAM}`);
    expect(now.body).toMatchObject({ version: 5, state: { closed: { '1': { outcome: 'unsuccessful' } } } });
    const byPosition = await get(`/aggregates/${STREAM}?position=${atOpening.at(-1)!.position}`);
    expect(byPosition.body.state).toEqual(then.body.state);
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

    const page = await get('/timeline?limit=2');
    expect(page.body.acts).toHaveLength(2);
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
      'position,recordedAt,occurredAt,type,streamId,streamVersion,userId,role,actingFor,legalReference,correlationId,causationId,eventId',
    );
    expect(lines).toHaveLength(6);
    expect((await get('/timeline?format=xml')).status).toBe(400);
  });
});

describe('the supplier registry’s ledger (tenant platform)', () => {
  it('is read and rebuilt by an auditor given the platform, and closed to the others', async () => {
    const siret = freshSiret();
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
  });
});

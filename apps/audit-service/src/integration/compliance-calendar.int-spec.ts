import { freshSiret, NewEventData, publishContextEvents } from '@mutualis/shared/api/testing';
import { uuidv7 } from '@mutualis/shared/contracts';
import { eventually, useIntegrationEnvironment } from '@mutualis/shared/testing';
import { HOLDER, procedureScenario, ScenarioEvent } from '@mutualis/audit/domain/testing';
import { AuditApp, startAuditApp } from '../testing/audit-app';

const environment = useIntegrationEnvironment();
let service: AuditApp;
const stops: (() => Promise<void>)[] = [];

// The broker is shared by every test file of the run: this file's consortium, tender, contract and holder are its
// own (the scenario's holder replaced by a fresh SIRET, so that no other file's attestation counts for it).
const scenario = procedureScenario();
const { consortium: CONSORTIUM, tender: TENDER, contract: CONTRACT } = scenario.ids;
const OWN_HOLDER = freshSiret();
const events: ScenarioEvent[] = JSON.parse(JSON.stringify(scenario.events).replaceAll(HOLDER, OWN_HOLDER));
const event = (one: ScenarioEvent): NewEventData => ({
  type: one.type,
  consortiumId: CONSORTIUM,
  data: one.data,
});

/** The holder's attestation de vigilance, issued on 20 November 2026 and filed in the registry that day. */
const attestation: NewEventData = {
  type: 'supplier.DocumentFiled',
  occurredAt: '2026-11-20T09:00:00.000Z',
  data: {
    documentId: uuidv7(),
    kind: 'urssaf-vigilance',
    issuedOn: '2026-11-20',
    expiresOn: '2027-05-20',
    fileSha256: 'f'.repeat(64),
    fileName: 'attestation-vigilance.pdf',
  },
};

beforeAll(async () => {
  const { databaseUrl, kafkaBrokers } = environment();
  service = await startAuditApp(databaseUrl, { kafkaBrokers });
  const streams: Record<string, Record<string, NewEventData[]>> = {
    supplier: { [`supplier-${OWN_HOLDER}`]: [attestation] },
  };
  for (const one of events) ((streams[one.context] ??= {})[one.streamId] ??= []).push(event(one));
  stops.push(await publishContextEvents(databaseUrl, kafkaBrokers, streams));
  await eventually('the ledger received the consortium’s events', async () => {
    const ledger = await service
      .http()
      .get(`/consortia/${CONSORTIUM}/ledger`)
      .set('Authorization', await service.bearer('auditor', { consortia: [CONSORTIUM] }));
    return ledger.body.entries?.length === events.length;
  });
  // The registry's event is in the platform's ledger, read by the calendar for the holder.
  await eventually('the registry’s attestation reached the ledger', async () => {
    const calendar = await get('/compliance-calendar?kind=vigilance-attestation');
    return calendar.body.entries?.some((entry: { status: string }) => entry.status === 'done');
  });
}, 120_000);
environment.teardown(async () => {
  for (const stop of stops) await stop();
  await service.close();
});

const get = async (
  path: string,
  role: 'auditor' | 'coordinator' | 'member-buyer' | 'platform-admin' = 'coordinator',
) => {
  // 20 December 2026 in Paris: the day the states are reckoned on.
  service.setNow('2026-12-20T10:00:00+01:00');
  return service
    .http()
    .get(`/consortia/${CONSORTIUM}${path}`)
    .set('Authorization', await service.bearer(role, { consortia: [CONSORTIUM] }));
};

describe('the compliance calendar of a groupement (issue 20 item 15)', () => {
  it('lists each deadline the law sets with its subject, article, date and state on the clock’s day, overdue first', async () => {
    const calendar = (await get('/compliance-calendar')).body;
    expect(calendar).toMatchObject({ on: '2026-12-20', total: 8, overdue: 4, next: null });
    expect(
      calendar.entries.map((entry: { kind: string; status: string; dueOn: string; legalBasis: string }) => [
        entry.kind,
        entry.status,
        entry.dueOn,
        entry.legalBasis,
      ]),
    ).toEqual([
      // T15: the avis d'attribution of the lot signed on 15 June 2026 was due by 15 July.
      ['award-notice', 'overdue', '2026-07-15', 'R2183-1'],
      // D1: the contract notified on 1 July 2026, its DECP record due by 1 September.
      ['decp-record', 'overdue', '2026-09-01', 'R2196-1, arrêté du 22 décembre 2022'],
      // R2194-10: the supplementary avenant of 1 October 2026, watched 30 days.
      ['modification-notice', 'overdue', '2026-10-31', 'R2194-10'],
      ['decp-modification', 'overdue', '2026-12-01', 'R2196-1, arrêté du 22 décembre 2022'],
      ['vigilance-attestation', 'due', '2027-06-15', 'L8222-1, D8222-5'],
      ['vigilance-attestation', 'due', '2027-12-15', 'L8222-1, D8222-5'],
      ['vigilance-attestation', 'due', '2028-06-15', 'L8222-1, D8222-5'],
      // C10: the first six months' attestation, filed on 20 November 2026.
      ['vigilance-attestation', 'done', '2026-12-15', 'L8222-1, D8222-5'],
    ]);
    expect(calendar.entries[0]).toMatchObject({
      key: `award-notice:${TENDER}:1`,
      subject: {
        tenderId: TENDER,
        lot: 1,
        contractId: null,
        object: 'Cybersécurité des communes',
      },
      doneOn: null,
    });
    expect(calendar.entries.at(-1)).toMatchObject({
      subject: { contractId: CONTRACT, tenderId: TENDER, lot: 1 },
      doneOn: '2026-11-20',
    });
  });

  it('filters by state and obligation, and pages like the other lists', async () => {
    const overdue = (await get('/compliance-calendar?status=overdue')).body;
    expect(overdue).toMatchObject({ total: 4, overdue: 4 });
    const first = (await get('/compliance-calendar?kind=vigilance-attestation&limit=3')).body;
    expect(first).toMatchObject({ total: 4, next: 3 });
    expect(first.entries).toHaveLength(3);
    const second = (await get('/compliance-calendar?kind=vigilance-attestation&limit=3&offset=3')).body;
    expect(second).toMatchObject({
      total: 4,
      next: null,
      entries: [expect.objectContaining({ status: 'done' })],
    });
    expect((await get('/compliance-calendar?status=late')).status).toBe(400);
  });

  it('is read by the coordinator, the auditor and the platform administrator, not by a member’s buyer', async () => {
    expect((await get('/compliance-calendar', 'auditor')).status).toBe(200);
    expect((await get('/compliance-calendar', 'platform-admin')).status).toBe(200);
    expect((await get('/compliance-calendar', 'member-buyer')).status).toBe(403);
  });

  it('D1: the DECP published today is done today; the gauge counts the overdue entries left', async () => {
    service.setNow('2026-12-20T10:00:00+01:00');
    const published = await service
      .http()
      .post(`/consortia/${CONSORTIUM}/decp/publications`)
      .set('Authorization', await service.bearer('coordinator', { consortia: [CONSORTIUM] }));
    expect(published.status).toBe(200);
    const decp = (await get('/compliance-calendar?kind=decp-record')).body.entries;
    expect(decp).toEqual([
      expect.objectContaining({ status: 'done', dueOn: '2026-09-01', doneOn: '2026-12-20' }),
    ]);
    const metrics = (await service.http().get('/metrics')).text;
    const gauge = new RegExp(
      `^mutualis_compliance_overdue_entries\\{[^}]*consortium="${CONSORTIUM}"[^}]*\\} (\\d+)$`,
      'm',
    );
    expect(gauge.exec(metrics)?.[1]).toBe('2');
  });
});

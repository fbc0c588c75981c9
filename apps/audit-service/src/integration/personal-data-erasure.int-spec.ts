import { Pool } from 'pg';
import { KeyVault, Role } from '@mutualis/shared/api';
import {
  communeAuthority,
  consortiumFormed,
  NewEventData,
  publishContextEvents,
  TEST_PERSONAL_DATA_KEY,
} from '@mutualis/shared/api/testing';
import { EventEnvelope, uuidv7 } from '@mutualis/shared/contracts';
import { pgExecutor } from '@mutualis/shared/event-store';
import { eventually, useIntegrationEnvironment } from '@mutualis/shared/testing';
import { verifyBundle } from '@mutualis/audit/domain';
import { AuditApp, startAuditApp } from '../testing/audit-app';
import { AuditJobRoute, runAuditJob } from '../testing/audit-job';

/**
 * RGPD art. 17 across the suite: the membership service seals a CAO representative's name under a key of their own;
 * the sealed name travels through Kafka into the audit ledger, its seals and bundles. Erasing the key (what the
 * membership service does on `…/cao/persons/{personId}/erasure`) makes every copy unreadable, while every hash, chain
 * and seal still verifies.
 */
const environment = useIntegrationEnvironment();
let service: AuditApp;
let pool: Pool;
let vault: KeyVault;
const stops: (() => Promise<void>)[] = [];

// The broker is shared by every test file of the run: this file's consortium and persons are its own.
const CONSORTIUM = uuidv7();
const SAINT_NAZAIRE = '21440184600016';
const CHAIR = uuidv7();
const NAME = 'Anne-Gaëlle Kerhervé';
const event = (type: string, data: unknown): NewEventData => ({ type, consortiumId: CONSORTIUM, data });

beforeAll(async () => {
  const { databaseUrl, kafkaBrokers } = environment();
  service = await startAuditApp(databaseUrl, { kafkaBrokers });
  pool = new Pool({ connectionString: databaseUrl, max: 2 });
  pool.on('error', () => undefined); // an idle connection cut at the end must not fail the run
  // The membership service's vault (its own schema in its own database, in production).
  vault = await KeyVault.open(
    pgExecutor(pool),
    'membership_vault_fixture',
    TEST_PERSONAL_DATA_KEY,
    'personal-data',
  );
  const chair = { siret: SAINT_NAZAIRE, personId: CHAIR, sealed: await vault.seal(CHAIR, { name: NAME }) };
  stops.push(
    await publishContextEvents(databaseUrl, kafkaBrokers, {
      membership: {
        [`consortium-${CONSORTIUM}`]: [
          consortiumFormed(CONSORTIUM, communeAuthority(SAINT_NAZAIRE, 'Saint-Nazaire', '44184')),
          event('membership.CaoComposed', {
            composedOn: '2026-03-10',
            composition: 'dedicated',
            chair,
            members: [chair],
          }),
        ],
      },
    }),
  );
  await eventually('the ledger received the CAO', async () => (await ledger()).length === 2);
}, 120_000);
environment.teardown(async () => {
  for (const stop of stops) await stop();
  await pool.end();
  await service.close();
});

const get = async (path: string, role: Role = 'auditor') =>
  service
    .http()
    .get(`/consortia/${CONSORTIUM}${path}`)
    .set('Authorization', await service.bearer(role, { consortia: [CONSORTIUM] }));
/** A verification or a bundle export as the auditor: the job's result, once it succeeded. */
const jobResult = async (route: AuditJobRoute) => {
  const { job, result } = await runAuditJob(
    service,
    CONSORTIUM,
    route,
    await service.bearer('auditor', { consortia: [CONSORTIUM] }),
  );
  expect(job.status).toBe('succeeded');
  return result;
};
const seal = async () =>
  service
    .http()
    .post(`/consortia/${CONSORTIUM}/seals`)
    .set('Authorization', await service.bearer('coordinator', { consortia: [CONSORTIUM] }));
const ledger = async (): Promise<{ position: number; event: EventEnvelope }[]> =>
  (await get('/ledger')).body.entries ?? [];
const sealedNameIn = (entries: { event: EventEnvelope }[]) =>
  (
    entries.find((entry) => entry.event.type === 'membership.CaoComposed')!.event.data as {
      chair: { sealed: string };
    }
  ).chair.sealed;

describe('erasing a person’s key (RGPD art. 17), seen from the audit ledger', () => {
  let hashesBefore: string[];

  it('keeps only the sealed name in the ledger, its bundle, timeline and time travel', async () => {
    expect((await seal()).status).toBe(200);
    expect(await jobResult('verifications')).toMatchObject({ ok: true, eventsChecked: 2, sealsChecked: 1 });
    const outputs = await Promise.all([
      get('/ledger'),
      get('/timeline'),
      get('/timeline?format=csv'),
      get(`/aggregates/consortium-${CONSORTIUM}`),
    ]);
    for (const output of outputs) {
      expect(output.status).toBe(200);
      expect(output.text).not.toContain('Kerhervé');
    }
    expect(JSON.stringify(await jobResult('bundle-exports'))).not.toContain('Kerhervé');
    const entries = await ledger();
    hashesBefore = entries.map((entry) => entry.event.contentHash);
    expect(await vault.reveal(CHAIR, sealedNameIn(entries))).toEqual({ name: NAME });
  });

  it('after the erasure, no copy can be read, and every hash, chain and seal still verifies', async () => {
    await vault.erase(CHAIR);
    for (const stop of stops.splice(0)) await stop();
    stops.push(
      await publishContextEvents(environment().databaseUrl, environment().kafkaBrokers, {
        membership: {
          [`consortium-${CONSORTIUM}`]: [
            event('membership.PersonErased', { personId: CHAIR, erasedOn: '2026-11-29' }),
          ],
        },
      }),
    );
    await eventually('the ledger received the erasure', async () => (await ledger()).length === 3);
    expect((await seal()).status).toBe(200);

    const entries = await ledger();
    expect(entries.slice(0, 2).map((entry) => entry.event.contentHash)).toEqual(hashesBefore);
    expect(await vault.reveal(CHAIR, sealedNameIn(entries))).toBeNull();
    expect(await jobResult('verifications')).toMatchObject({ ok: true, eventsChecked: 3, sealsChecked: 2 });
    const bundle = await jobResult('bundle-exports');
    expect(verifyBundle(bundle)).toMatchObject({ ok: true, sealsChecked: 2 });
    expect(await vault.reveal(CHAIR, sealedNameIn(bundle.entries))).toBeNull();
    const timeline = await get('/timeline');
    expect(timeline.text).not.toContain('Kerhervé');
    // The acts name the groupement and the erased person by their role only, never by the sealed name.
    expect(timeline.body.acts.map((act: { subject: object; summary: string }) => act)).toEqual([
      expect.objectContaining({ type: 'membership.ConsortiumFormed' }),
      expect.objectContaining({
        type: 'membership.CaoComposed',
        subject: { kind: 'consortium', id: CONSORTIUM, label: 'Groupement cybersécurité' },
        summary: 'Commission d’appel d’offres composée (CAO du groupement) : 1 membre',
        businessDate: '2026-03-10',
      }),
      expect.objectContaining({
        type: 'membership.PersonErased',
        subject: { kind: 'person', id: CHAIR, label: 'Représentant à la CAO de Groupement cybersécurité' },
        summary: 'Données personnelles d’un représentant effacées (RGPD, art. 17)',
        businessDate: '2026-11-29',
      }),
    ]);
  });
});

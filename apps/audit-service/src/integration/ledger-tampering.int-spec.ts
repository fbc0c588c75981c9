import { generateKeyPairSync } from 'node:crypto';
import { Pool } from 'pg';
import { Role } from '@mutualis/shared/api';
import {
  communeAuthority,
  consortiumFormed,
  memberJoined,
  publishContextEvents,
  tenderPublished,
} from '@mutualis/shared/api/testing';
import { EventEnvelope, eventsTopic, uuidv7 } from '@mutualis/shared/contracts';
import { KafkaEventBus, sourceOf, toMessage } from '@mutualis/shared/messaging';
import { eventually, useIntegrationEnvironment } from '@mutualis/shared/testing';
import { verifyBundle, verifyInclusion } from '@mutualis/audit/domain';
import { sealKeys } from '@mutualis/audit/application';
import { AuditApp, startAuditApp } from '../testing/audit-app';
import { AuditJobRoute, runAuditJob } from '../testing/audit-job';

const environment = useIntegrationEnvironment();
let service: AuditApp;
let pool: Pool;
let stopFixtures: () => Promise<void>;

// The broker is shared by every test file of the run: this file's consortium and tender are its own.
const CONSORTIUM = uuidv7();
const TENDER = uuidv7();
const SAINT_NAZAIRE = '21440184600016';
const { privateKey } = generateKeyPairSync('ed25519');
const SIGNING_KEY = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

const published = tenderPublished(CONSORTIUM);

beforeAll(async () => {
  const { databaseUrl, kafkaBrokers } = environment();
  service = await startAuditApp(databaseUrl, { kafkaBrokers, signingKey: SIGNING_KEY });
  pool = new Pool({ connectionString: databaseUrl, max: 2 });
  pool.on('error', () => undefined); // an idle connection cut at the end must not fail the run
  stopFixtures = await publishContextEvents(databaseUrl, kafkaBrokers, {
    membership: {
      [`consortium-${CONSORTIUM}`]: [
        consortiumFormed(CONSORTIUM, communeAuthority(SAINT_NAZAIRE, 'Saint-Nazaire', '44184')),
        ...memberJoined(CONSORTIUM, communeAuthority('21440050900011', 'Crossac', '44050'), '2026-03-01'),
        ...memberJoined(CONSORTIUM, communeAuthority('21440096200012', 'Mésanger', '44096'), '2026-03-01'),
      ],
    },
    tender: {
      [`tender-${TENDER}`]: [published, { ...published, type: 'tender.NoticeAmended', data: notice() }],
    },
  });
  await eventually(
    'the ledger received the consortium’s seven events',
    async () => (await ledger()).length === 7,
  );
}, 120_000);
environment.teardown(async () => {
  await stopFixtures();
  await pool.end();
  await service.close();
});

function notice() {
  return { amendmentId: uuidv7(), sentOn: '2026-03-05', summary: 'Correction de la date de visite' };
}
const as = (role: Role) => service.bearer(role, { consortia: [CONSORTIUM] });
const get = async (path: string, role: Role = 'auditor') =>
  (
    await service
      .http()
      .get(`/consortia/${CONSORTIUM}${path}`)
      .set('Authorization', await as(role))
  ).body;
const ledger = async (): Promise<{ position: number; event: EventEnvelope }[]> =>
  (await get('/ledger')).entries;
/** Long work as the auditor, followed to its end. */
const job = async (route: AuditJobRoute, role: Role = 'auditor') =>
  runAuditJob(service, CONSORTIUM, route, await as(role));
/** The report of a verification, a job that succeeds whatever it finds. */
const verification = async () => {
  const { job: verified, result } = await job('verifications');
  expect(verified.status).toBe('succeeded');
  return result;
};

/** Changes the database, checks what the verification names, then puts things back as they were. */
async function tampered(tamper: () => Promise<unknown>, restore: () => Promise<unknown>) {
  await tamper();
  try {
    return await verification();
  } finally {
    await restore();
  }
}

/** A statement run as someone with full rights on the database would: append-only triggers off for the session. */
async function asDatabaseOwner(sql: string, params: unknown[]): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SET LOCAL session_replication_role = replica');
    await client.query(sql, params);
    await client.query('COMMIT');
  } finally {
    client.release();
  }
}

describe('the audit ledger, its seals and their verification, on the real PostgreSQL and Kafka', () => {
  let entries: { position: number; event: EventEnvelope }[];
  /** The consortium's own stream at a version: the ledger interleaves it with the tender's as they arrived. */
  const membership = (version: number) =>
    entries.find(
      (entry) => entry.event.streamId === `consortium-${CONSORTIUM}` && entry.event.streamVersion === version,
    )!;

  it('seals the consortium’s ledger, signed, verifies it whole and proves one event’s inclusion', async () => {
    // The auditor reads and verifies; sealing is the coordinator's act (or the periodic seal's).
    const byAuditor = await service
      .http()
      .post(`/consortia/${CONSORTIUM}/seals`)
      .set('Authorization', await as('auditor'));
    expect(byAuditor.status).toBe(403);
    const sealed = await service
      .http()
      .post(`/consortia/${CONSORTIUM}/seals`)
      .set('Authorization', await as('coordinator'));
    expect(sealed.body.seal).toMatchObject({ seal: { sequence: 1, eventCount: 7, previousSealHash: null } });
    expect(sealed.body.seal.signature).toEqual(expect.any(String));
    expect(await verification()).toEqual({
      ok: true,
      eventsChecked: 7,
      streamsChecked: 2,
      sealsChecked: 1,
      firstBreak: null,
      sealRecordBreak: null,
      manifestMatches: true,
      signaturesChecked: true,
    });

    entries = await ledger();
    const { contentHash, seal, proof } = await get(`/events/${entries[3]!.event.id}/proof`);
    expect(verifyInclusion(contentHash, proof, seal.seal.merkleRoot)).toBe(true);
    expect(verifyInclusion(entries[4]!.event.contentHash, proof, seal.seal.merkleRoot)).toBe(false);
  });

  it('verifies as a job: 202 with its Location, progress in ledger entries read, streamed, followed by its overseers and author only', async () => {
    const started = await service
      .http()
      .post(`/consortia/${CONSORTIUM}/verifications`)
      .set('Authorization', await as('auditor'));
    expect(started.status).toBe(202);
    const location: string = started.headers['location']!;
    expect(started.body).toMatchObject({ kind: 'ledger-verification', links: { self: location } });

    const stream = await fetch(`${await service.app.getUrl()}${started.body.links.events}`, {
      headers: { Authorization: await as('auditor') },
    });
    expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const events = await stream.text();
    expect(events).toMatch(/event: succeeded\ndata: .*"progress":\{"done":7,"total":7\}/);

    const read = async (role: Role) =>
      service
        .http()
        .get(location)
        .set('Authorization', await as(role));
    const done = await read('auditor');
    expect(done.body).toMatchObject({ status: 'succeeded', progress: { done: 7, total: 7 } });
    // The coordinator follows every job of the groupement; a member buyer follows none of these.
    expect((await read('coordinator')).status).toBe(200);
    expect((await read('member-buyer')).status).toBe(403);
    const result = await service
      .http()
      .get(done.body.links.result)
      .set('Authorization', await as('member-buyer'));
    expect(result.status).toBe(403);
    // A job is read only under the collection it was started in.
    const elsewhere = location.replace('/verifications/', '/bundle-exports/');
    expect(
      (
        await service
          .http()
          .get(elsewhere)
          .set('Authorization', await as('auditor'))
      ).status,
    ).toBe(404);
    // Verifying and exporting stay the auditor's and the coordinator's.
    for (const route of ['verifications', 'bundle-exports']) {
      const refused = await service
        .http()
        .post(`/consortia/${CONSORTIUM}/${route}`)
        .set('Authorization', await as('member-buyer'));
      expect(refused.status).toBe(403);
    }
  });

  it('exports a bundle as a job that verifies offline, and names a change made to it', async () => {
    const exported = await job('bundle-exports', 'coordinator');
    expect(exported.job).toMatchObject({
      kind: 'audit-bundle',
      status: 'succeeded',
      progress: { done: 7, total: 7 },
    });
    const bundle = exported.result;
    expect(bundle.manifest).toMatchObject({ consortiumId: CONSORTIUM, eventCount: 7, sealCount: 1 });
    const { publicKeyPem } = sealKeys(SIGNING_KEY)!;
    expect(verifyBundle(bundle, publicKeyPem)).toMatchObject({ ok: true, sealsChecked: 1 });
    bundle.entries[4].event.data = { ...bundle.entries[4].event.data, forged: true };
    expect(verifyBundle(bundle, publicKeyPem)).toMatchObject({
      ok: false,
      firstBreak: { kind: 'chain', break: { reason: 'content-hash', eventId: bundle.entries[4].event.id } },
    });
  });

  it('names a payload changed in PostgreSQL: the verification job succeeds, its report saying ok false', async () => {
    const target = membership(2).event; // MembershipApplied
    const rewrite = (event: EventEnvelope) => () =>
      pool.query('UPDATE audit.ledger SET envelope = $2::jsonb WHERE event_id = $1', [
        target.id,
        JSON.stringify(event),
      ]);
    await rewrite({ ...target, data: { ...(target.data as object), appliedOn: '2026-01-01' } })();
    try {
      // Finding the record altered is what a verification is for: the job succeeds and its report names the change.
      const { job: verified, result } = await job('verifications');
      expect(verified).toMatchObject({ status: 'succeeded', progress: { done: 7, total: 7 } });
      expect(verified.problem).toBeUndefined();
      expect(result).toMatchObject({
        ok: false,
        eventsChecked: entries.findIndex((entry) => entry.event.id === target.id) + 1,
        firstBreak: { kind: 'chain', break: { reason: 'content-hash', eventId: target.id } },
      });
    } finally {
      await rewrite(target)();
    }
    expect((await verification()).ok).toBe(true);
  });

  it('names a deleted event', async () => {
    const removed = membership(3);
    await pool.query('DELETE FROM audit.ledger WHERE event_id = $1', [removed.event.id]);
    try {
      expect(await verification()).toMatchObject({
        ok: false,
        firstBreak: { kind: 'chain', break: { reason: 'version-gap', eventId: membership(4).event.id } },
      });
    } finally {
      await pool.query(
        `INSERT INTO audit.ledger (position, event_id, context, consortium_id, stream_id, stream_version, type, envelope)
         VALUES ($1, $2, 'membership', $3, $4, $5, $6, $7)`,
        [
          removed.position,
          removed.event.id,
          CONSORTIUM,
          removed.event.streamId,
          removed.event.streamVersion,
          removed.event.type,
          JSON.stringify(removed.event),
        ],
      );
    }
    expect((await verification()).ok).toBe(true);
  });

  it('names two events of a stream swapped in the ledger', async () => {
    const [first, second] = [membership(2).event, membership(3).event];
    // The rows keep their positions; the first row gets `atFirst`, the second `atSecond`.
    const place = (atFirst: EventEnvelope, atSecond: EventEnvelope) => () =>
      pool.query(
        `UPDATE audit.ledger SET envelope = CASE WHEN event_id = $1 THEN $3::jsonb ELSE $4::jsonb END
          WHERE event_id IN ($1, $2)`,
        [first.id, second.id, JSON.stringify(atFirst), JSON.stringify(atSecond)],
      );
    const report = await tampered(place(second, first), place(first, second));
    expect(report).toMatchObject({
      ok: false,
      firstBreak: { kind: 'chain', break: { reason: 'version-gap' } },
    });
    expect((await verification()).ok).toBe(true);
  });

  it('names a seal altered in the audit service’s own store', async () => {
    const { seals } = await get('/seals');
    const root: string = seals[0].seal.merkleRoot;
    const setRoot = (merkleRoot: string) => () =>
      asDatabaseOwner(
        `UPDATE audit.events SET data = jsonb_set(data, '{merkleRoot}', to_jsonb($1::text)) WHERE stream_id = $2`,
        [merkleRoot, `seals-${CONSORTIUM}`],
      );
    const forged = `${root.slice(0, -1)}${root.endsWith('0') ? '1' : '0'}`;
    const report = await tampered(setRoot(forged), setRoot(root));
    expect(report).toMatchObject({
      ok: false,
      sealRecordBreak: { reason: 'content-hash', streamVersion: 1 },
      firstBreak: { kind: 'seal-signature', sequence: 1 },
    });
    expect((await verification()).ok).toBe(true);
  });

  it('alerts on an event that arrives changed, and keeps it in the ledger', async () => {
    const last = entries.find(
      (entry) => entry.event.streamId === `consortium-${CONSORTIUM}` && entry.event.streamVersion === 5,
    )!;
    const forged: EventEnvelope = {
      ...last.event,
      id: uuidv7(),
      streamVersion: 6,
      prevHash: last.event.contentHash,
      data: { siret: '21440096200012', acceptedOn: '2026-03-01', deliberationNumber: 'FORGED' },
      type: 'membership.AdhesionAccepted',
    };
    const bus = new KafkaEventBus({ brokers: environment().kafkaBrokers, clientId: 'forger' });
    try {
      await bus.publish(eventsTopic('membership'), [toMessage(forged, sourceOf('membership'))]);
    } finally {
      await bus.close();
    }
    await eventually('the ledger received the forged event', async () => (await ledger()).length === 8);
    await eventually('the break is published', async () => (await get('/alerts')).alerts.length === 1);
    const [alert] = (await get('/alerts')).alerts;
    expect(alert).toMatchObject({
      type: 'audit.ChainBreakDetected',
      causationId: forged.id,
      data: { eventId: forged.id, reason: 'content-hash', streamVersion: 6 },
    });
    const metrics = await service.http().get('/metrics');
    expect(metrics.text).toMatch(/mutualis_audit_chain_breaks_total\{[^}]*reason="content-hash"[^}]*\} 1/);
    expect(await verification()).toMatchObject({
      ok: false,
      firstBreak: { kind: 'chain', break: { eventId: forged.id } },
    });
  });
});

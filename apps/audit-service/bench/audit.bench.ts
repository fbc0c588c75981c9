/**
 * `npm run bench:audit`: how fast the audit service verifies a ledger and rebuilds an aggregate as of a date, each
 * figure beside a baseline measured in the same run. Bounded: 10,000 events, a few repetitions, then the
 * throw-away database is dropped.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { generateKeyPairSync } from 'node:crypto';
import { Pool } from 'pg';
import { LedgerEntry, nextSeal, Seal, signSeal, stateAsOf, verifyLedger } from '@mutualis/audit/domain';
import { canonicalJson, contentHash, EventEnvelope } from '@mutualis/shared/contracts';
import { pgExecutor } from '@mutualis/shared/event-store';
import { benchServerUrl, createBenchDatabase, median, timed } from '@mutualis/shared/testing';
import { createHash } from 'node:crypto';
import { AuditLedger } from '@mutualis/audit/application';

const EVENTS = 10_000;
const SEAL_EVERY = 1_000;
const RUNS = 5;
const CONSORTIUM = '0190c6a4-0000-7000-8000-0000000000aa';
const CONTRACT = '0190c6a4-0000-7000-8000-0000000000c1';
const STREAM = `contract-${CONTRACT}`;
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (seconds: number) => `${(seconds * 1000).toFixed(1)} ms`;
const results: Record<string, unknown>[] = [];

/** An accord-cadre opened, then 9,999 bons de commande: one aggregate of 10,000 events, hashed and chained. */
function contractStream(): EventEnvelope[] {
  const events: EventEnvelope[] = [];
  for (let version = 1; version <= EVENTS; version++) {
    const day = new Date(Date.UTC(2026, 0, 1) + version * 3_600_000).toISOString();
    const data =
      version === 1
        ? { contractId: CONTRACT, consortiumId: CONSORTIUM, kind: 'framework-agreement', amountCents: 1e12 }
        : {
            orderId: `order-${version}`,
            memberSiret: '21440050900011',
            placedOn: day.slice(0, 10),
            amountCents: 1_000,
            description: 'Bon de commande',
            orderedTotalCents: version * 1_000,
          };
    const event: EventEnvelope = {
      id: `0190c6a4-0000-7000-8000-${String(version).padStart(12, '0')}`,
      type: version === 1 ? 'contract.ContractOpened' : 'contract.OrderPlaced',
      schemaVersion: 1,
      streamId: STREAM,
      streamVersion: version,
      globalPosition: version,
      transactionId: version,
      consortiumId: CONSORTIUM,
      occurredAt: day,
      recordedAt: day,
      actor: { userId: 'buyer', role: 'member-buyer', authoritySiret: '21440050900011' },
      correlationId: `bench-${version}`,
      causationId: null,
      data,
      contentHash: '',
      prevHash: events.at(-1)?.contentHash ?? null,
    };
    events.push({ ...event, contentHash: contentHash(event) });
  }
  return events;
}

function sealAll(entries: LedgerEntry[], privateKeyPem: string): { seal: Seal; signature: string }[] {
  const seals: { seal: Seal; signature: string }[] = [];
  for (let upTo = SEAL_EVERY; upTo <= entries.length; upTo += SEAL_EVERY) {
    const seal = nextSeal({
      consortiumId: CONSORTIUM,
      previous: seals.at(-1)?.seal ?? null,
      entries: entries.slice(0, upTo),
      sealedAt: new Date().toISOString(),
    })!;
    seals.push({ seal, signature: signSeal(seal, privateKeyPem) });
  }
  return seals;
}

async function benchVerification(entries: LedgerEntry[]): Promise<void> {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519', {
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  const seals = sealAll(entries, privateKey);
  // Baseline: hashing the same events' canonical JSON once each, nothing else checked.
  const baseline = median(
    await Promise.all(
      Array.from({ length: RUNS }, () =>
        timed(async () => {
          for (const { event } of entries) createHash('sha256').update(canonicalJson(event)).digest('hex');
        }),
      ),
    ),
  );
  let ok = false;
  const verification = median(
    await Promise.all(
      Array.from({ length: RUNS }, () =>
        timed(async () => {
          ok = verifyLedger({ consortiumId: CONSORTIUM, entries, seals, publicKeyPem: publicKey }).ok;
        }),
      ),
    ),
  );
  const figure = {
    figure: 'verification',
    events: entries.length,
    seals: seals.length,
    eventsPerSecond: entries.length / verification,
    baselineEventsPerSecond: entries.length / baseline,
    ratio: baseline / verification,
    intact: ok,
  };
  results.push(figure);
  console.log(
    `Verification (hashes, chains, ${seals.length} signed seals): ${fmt(figure.eventsPerSecond)} events/s, ` +
      `${ok ? 'intact' : 'BROKEN'} | baseline sha256 of each event ${fmt(figure.baselineEventsPerSecond)} events/s | ` +
      `ratio ${Math.round(figure.ratio * 100)}%`,
  );
}

async function benchTimeTravel(pool: Pool, entries: LedgerEntry[]): Promise<void> {
  const ledger = new AuditLedger(pgExecutor(pool));
  await ledger.prepare();
  for (let i = 0; i < entries.length; i += 500) {
    const slice = entries.slice(i, i + 500);
    const values = slice.map(
      (_, j) =>
        `($${j * 4 + 1}, 'contract', '${CONSORTIUM}', '${STREAM}', $${j * 4 + 2}, $${j * 4 + 3}, $${j * 4 + 4})`,
    );
    await pool.query(
      `INSERT INTO audit.ledger (event_id, context, consortium_id, stream_id, stream_version, type, envelope)
       VALUES ${values.join(',')}`,
      slice.flatMap(({ event }) => [event.id, event.streamVersion, event.type, JSON.stringify(event)]),
    );
  }
  const asOf = entries[entries.length / 2]!.event.recordedAt;
  const samples: number[] = [];
  const baselines: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    baselines.push(
      await timed(() => pool.query('SELECT envelope FROM audit.ledger WHERE stream_id = $1', [STREAM])),
    );
    samples.push(
      await timed(async () => stateAsOf(STREAM, await ledger.stream(CONSORTIUM, STREAM), { asOf })),
    );
  }
  const figure = {
    figure: 'time-travel',
    events: entries.length,
    latencySeconds: median(samples),
    baselineSeconds: median(baselines),
    ratio: median(samples) / median(baselines),
  };
  results.push(figure);
  console.log(
    `Time travel (a contract of ${fmt(entries.length)} events as of its middle): ${ms(figure.latencySeconds)} | ` +
      `baseline reading its rows ${ms(figure.baselineSeconds)} | ratio ${figure.ratio.toFixed(2)}×`,
  );
}

async function main(): Promise<void> {
  const database = await createBenchDatabase(benchServerUrl());
  const pool = new Pool({ connectionString: database.url, max: 4 });
  try {
    console.log(`Audit benchmark — node ${process.version}, ${new Date().toISOString()}`);
    const entries = contractStream().map((event, i) => ({ position: i + 1, event }));
    await benchVerification(entries);
    await benchTimeTravel(pool, entries);
    mkdirSync('tmp/bench', { recursive: true });
    writeFileSync('tmp/bench/audit.json', JSON.stringify({ at: new Date().toISOString(), results }, null, 2));
    console.log('\nFigures written to tmp/bench/audit.json');
  } finally {
    await pool.end();
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

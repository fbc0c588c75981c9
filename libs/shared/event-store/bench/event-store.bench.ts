/**
 * `npm run bench:event-store`: the event store's throughput on the local PostgreSQL, each figure beside a baseline
 * measured in the same run. Bounded: a fixed amount of work per figure, then the throw-away database is dropped.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Pool } from 'pg';
import { NewEvent } from '@mutualis/shared/contracts';
import { CommandHandler, Decider, DomainEvent, START } from '@mutualis/shared/event-sourcing';
import { PostgresEventStore } from '../src/lib/postgres/postgres-event-store';
import { prepareEvents, PreparedEvent } from '../src/lib/prepare-events';
import { verifyAll } from '../src/lib/verify';
import { EVENT_COLUMNS } from '../src/lib/sql/event-row';
import { createBaselineTable, insertBaseline } from './baseline';
import { benchServerUrl, createBenchDatabase, median, timed } from '@mutualis/shared/testing';

const WRITERS = [1, 4, 16];
const BATCHES = [1, 10, 100];
const EVENTS_PER_FIGURE: Record<number, number> = { 1: 4_000, 10: 20_000, 100: 50_000 };
const STREAM_LENGTHS = [10, 1_000, 100_000];

const results: Record<string, unknown>[] = [];
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const pct = (n: number) => `${Math.round(n * 100)}%`;

function report(figure: Record<string, unknown>, line: string): void {
  results.push(figure);
  console.log(line);
}

function newEvents(count: number, writer: number): NewEvent[] {
  return Array.from({ length: count }, (_, n) => ({
    type: 'tender.BidSubmitted',
    consortiumId: '0190c6a4-0000-7000-8000-0000000000aa',
    occurredAt: '2026-11-29T10:00:00+01:00',
    actor: { userId: `agent-${writer}`, role: 'supplier', supplierSiret: '44306184100047' },
    correlationId: `bench-${writer}`,
    data: {
      lot: (n % 3) + 1,
      amountCents: 1_250_000 + n,
      currency: 'EUR',
      vat: 'HT',
      note: 'Offre de base, variante exclue',
    },
  }));
}

async function forWriters(writers: number, work: (writer: number) => Promise<void>): Promise<void> {
  await Promise.all(Array.from({ length: writers }, (_, w) => work(w)));
}

async function benchAppends(store: PostgresEventStore, pool: Pool): Promise<void> {
  console.log(
    '\nAppend: each writer appends to its own stream with an exact expected version, as commands do',
  );
  for (const batch of BATCHES) {
    for (const writers of WRITERS) {
      const appendsPerWriter = Math.max(20, Math.ceil(EVENTS_PER_FIGURE[batch]! / writers / batch));
      const rows: PreparedEvent[][][] = Array.from({ length: writers }, (_, w) =>
        Array.from({ length: appendsPerWriter }, (_, i) =>
          prepareEvents(
            `baseline-${batch}-${w}`,
            { version: i * batch, lastHash: null },
            newEvents(batch, w),
            new Date().toISOString(),
          ),
        ),
      );
      const baseline = await timed(() =>
        forWriters(writers, async (w) => {
          for (const rowsOfAppend of rows[w]!) await insertBaseline(pool, rowsOfAppend);
        }),
      );
      const stored = await timed(() =>
        forWriters(writers, async (w) => {
          const stream = `tender-b${batch}-w${writers}-${w}`;
          for (let i = 0; i < appendsPerWriter; i++) {
            await store.append(stream, newEvents(batch, w), {
              expectedVersion: i === 0 ? 'no-stream' : i * batch,
            });
          }
        }),
      );
      const appends = writers * appendsPerWriter;
      const storeRate = (appends * batch) / stored;
      const baselineRate = (appends * batch) / baseline;
      report(
        {
          figure: 'append',
          writers,
          batch,
          appendsPerSecond: appends / stored,
          eventsPerSecond: storeRate,
          baselineRowsPerSecond: baselineRate,
        },
        `  writers=${String(writers).padStart(2)} batch=${String(batch).padStart(3)}  ` +
          `${fmt(appends / stored).padStart(7)} appends/s ${fmt(storeRate).padStart(8)} events/s | ` +
          `plain INSERT ${fmt(baselineRate).padStart(8)} rows/s | ratio ${pct(storeRate / baselineRate)}`,
      );
    }
  }
}

async function benchReadAll(store: PostgresEventStore, pool: Pool): Promise<number> {
  let count = 0;
  const stored = await timed(async () => {
    for (let after = START; ; ) {
      const page = await store.readAll({ after, limit: 1_000 });
      if (page.events.length === 0) break;
      count += page.events.length;
      after = page.checkpoint;
    }
  });
  // Baseline: the same rows in the same pages by the same key, without the fence and without building envelopes.
  let plainCount = 0;
  const plain = await timed(async () => {
    for (let after = ['0', '0']; ; ) {
      const { rows } = await pool.query<{ global_position: string; transaction_id: string }>(
        `SELECT ${EVENT_COLUMNS} FROM bench.events e WHERE (e.transaction_id, e.global_position) > ($1::text::xid8, $2)
         ORDER BY e.transaction_id, e.global_position LIMIT 1000`,
        after,
      );
      if (rows.length === 0) break;
      plainCount += rows.length;
      const last = rows[rows.length - 1]!;
      after = [String(last.transaction_id), String(last.global_position)];
    }
  });
  const rate = count / stored;
  report(
    { figure: 'read-all', events: count, eventsPerSecond: rate, baselineRowsPerSecond: plainCount / plain },
    `\nRead all (fenced commit order, pages of 1,000, envelopes): ${fmt(rate)} events/s over ${fmt(count)} events | ` +
      `plain keyset SELECT ${fmt(plainCount / plain)} rows/s | ratio ${pct(rate / (plainCount / plain))}`,
  );
  return rate;
}

type Counted = DomainEvent<'tender.BidSubmitted', unknown>;
const counter: Decider<never, Counted, { bids: number }> = {
  initialState: { bids: 0 },
  decide: () => [],
  evolve: (state) => ({ bids: state.bids + 1 }),
};

async function benchLoads(store: PostgresEventStore): Promise<void> {
  console.log('\nStream load (median): whole stream vs snapshot + tail');
  const plainLoad = new CommandHandler(store, counter);
  const snapshotLoad = new CommandHandler(store, counter, {
    snapshot: { stateVersion: 1, every: 1_000_000 },
  });
  let shortest = 0;
  for (const length of STREAM_LENGTHS) {
    const stream = `tender-load-${length}`;
    for (let version = 0; version < length; version += Math.min(1_000, length)) {
      await store.append(stream, newEvents(Math.min(1_000, length - version), 0), {
        expectedVersion: version === 0 ? 'no-stream' : version,
      });
    }
    await store.writeSnapshot({
      streamId: stream,
      streamVersion: length,
      stateVersion: 1,
      state: { bids: length },
    });
    // Whole-stream loads first, then snapshot loads, so the large loads' garbage does not land on the small ones.
    const whole: number[] = [];
    for (let r = 0; r < (length >= 100_000 ? 3 : 15); r++)
      whole.push(await timed(() => plainLoad.load(stream)));
    const snap: number[] = [];
    for (let r = 0; r < 30; r++) snap.push(await timed(() => snapshotLoad.load(stream)));
    if (length === STREAM_LENGTHS[0]) shortest = median(whole);
    report(
      { figure: 'load', length, wholeStreamMs: median(whole) * 1e3, withSnapshotMs: median(snap) * 1e3 },
      `  ${fmt(length).padStart(7)} events: whole stream ${(median(whole) * 1e3).toFixed(2).padStart(8)} ms | ` +
        `snapshot + tail ${(median(snap) * 1e3).toFixed(2).padStart(6)} ms | ` +
        `snapshot load vs ${STREAM_LENGTHS[0]}-event stream ${pct(median(snap) / shortest)}`,
    );
  }
}

async function benchVerification(store: PostgresEventStore, readRate: number): Promise<void> {
  let report_ = { eventsChecked: 0, ok: false };
  const seconds = await timed(async () => (report_ = await verifyAll(store)));
  const rate = report_.eventsChecked / seconds;
  report(
    {
      figure: 'verify-all',
      events: report_.eventsChecked,
      ok: report_.ok,
      eventsPerSecond: rate,
      readAllEventsPerSecond: readRate,
    },
    `\nHash verification (verifyAll, every chain): ${fmt(rate)} events/s over ${fmt(report_.eventsChecked)} events, ` +
      `${report_.ok ? 'all intact' : 'BROKEN'} | read all ${fmt(readRate)} events/s | ratio ${pct(rate / readRate)}`,
  );
}

async function main(): Promise<void> {
  const database = await createBenchDatabase(benchServerUrl());
  const store = await PostgresEventStore.open({
    connectionString: database.url,
    schema: 'bench',
    poolSize: 16,
  });
  const pool = new Pool({ connectionString: database.url, max: 16 });
  try {
    const { rows } = await pool.query<{ server_version: string }>('SHOW server_version');
    console.log(
      `Event store benchmark — PostgreSQL ${rows[0]!.server_version}, node ${process.version}, ${new Date().toISOString()}`,
    );
    await createBaselineTable(pool);
    await benchAppends(store, pool);
    const readRate = await benchReadAll(store, pool);
    await benchLoads(store);
    await benchVerification(store, readRate);
    mkdirSync('tmp/bench', { recursive: true });
    writeFileSync(
      'tmp/bench/event-store.json',
      JSON.stringify({ at: new Date().toISOString(), results }, null, 2),
    );
    console.log('\nFigures written to tmp/bench/event-store.json');
  } finally {
    await pool.end();
    await store.close();
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

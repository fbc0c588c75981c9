import { DataSource, EntitySchema } from 'typeorm';
import { EventEnvelope } from '@mutualis/shared/contracts';
import { PostgresEventStore } from '@mutualis/shared/event-store';
import { useIntegrationEnvironment } from '@mutualis/shared/testing';
import { Projection } from '../lib/projection/projection';
import { ProjectionRunner } from '../lib/projection/projection-runner';
import { bid, bidsFromStore } from '../testing/sample-events';

interface BidSummary {
  streamId: string;
  bids: number;
  totalCents: string;
}

// A TypeORM entity with no schema: the runner's search_path decides whether it is the live table or the rebuild's.
const BidSummaryEntity = new EntitySchema<BidSummary>({
  name: 'BidSummary',
  tableName: 'bid_summary',
  columns: {
    streamId: { name: 'stream_id', type: 'text', primary: true },
    bids: { type: 'int' },
    totalCents: { name: 'total_cents', type: 'bigint' },
  },
});

/** Bids per tender; `weight` lets a test play a bug (10) and its fix (1). */
function bidSummaries(weight: number): Projection {
  return {
    name: 'tender_board',
    createTables: (manager) =>
      manager.query(
        'CREATE TABLE bid_summary (stream_id text PRIMARY KEY, bids integer NOT NULL, total_cents bigint NOT NULL)',
      ),
    handlers: {
      'tender.BidSubmitted': async (event: EventEnvelope, manager) => {
        const repository = manager.getRepository(BidSummaryEntity);
        const row = (await repository.findOneBy({ streamId: event.streamId })) ?? {
          streamId: event.streamId,
          bids: 0,
          totalCents: '0',
        };
        row.bids += 1;
        row.totalCents = String(
          Number(row.totalCents) + weight * (event.data as { amountCents: number }).amountCents,
        );
        await repository.save(row);
      },
    },
  };
}

const environment = useIntegrationEnvironment();
let store: PostgresEventStore;
let dataSource: DataSource;

beforeAll(async () => {
  store = await PostgresEventStore.open({ connectionString: environment().databaseUrl, schema: 'tender' });
  dataSource = await new DataSource({
    type: 'postgres',
    url: environment().databaseUrl,
    entities: [BidSummaryEntity],
  }).initialize();
});
environment.teardown(async () => {
  await dataSource.destroy();
  await store.close();
});

async function expectedFromStore(): Promise<Map<string, { bids: number; totalCents: string }>> {
  const folded = await bidsFromStore(store);
  return new Map(
    [...folded].map(([stream, row]) => [stream, { bids: row.bids, totalCents: String(row.total) }]),
  );
}

async function board(): Promise<Map<string, { bids: number; totalCents: string }>> {
  const rows = await dataSource.query<{ stream_id: string; bids: number; total_cents: string }[]>(
    'SELECT stream_id, bids, total_cents FROM tender_board.bid_summary',
  );
  return new Map(rows.map((row) => [row.stream_id, { bids: row.bids, totalCents: row.total_cents }]));
}

describe('projections', () => {
  it('run live, then are rebuilt from the store and swapped in while writes and reads go on', async () => {
    for (let n = 0; n < 60; n++) await store.append(`tender-${n % 4}`, [bid(n + 1)]);
    const buggy = new ProjectionRunner(dataSource, store, bidSummaries(10));
    await buggy.start();
    await buggy.caughtUp();
    expect((await board()).get('tender-0')).toEqual({
      bids: 15,
      totalCents: String(10 * (1 + 5 + 9 + 13 + 17 + 21 + 25 + 29 + 33 + 37 + 41 + 45 + 49 + 53 + 57)),
    });

    // The fix is deployed: the live projection continues with the fixed handler, the past needs a rebuild.
    await buggy.stop();
    const fixed = new ProjectionRunner(dataSource, store, bidSummaries(1));
    await fixed.start();
    let writing = true;
    let reading = true;
    const writer = (async () => {
      for (let n = 60; writing; n++) {
        await store.append(`tender-${n % 5}`, [bid(n + 1)]);
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
    })();
    let reads = 0;
    const reader = (async () => {
      // The service keeps answering queries during the rebuild.
      for (; reading; reads++) {
        await board();
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
    })();
    try {
      expect(await fixed.rebuild()).toBeGreaterThanOrEqual(60);
    } finally {
      writing = false;
      reading = false;
      await Promise.all([writer, reader]);
    }
    await store.append('tender-9', [bid(7)]);
    await fixed.caughtUp();
    await fixed.stop();

    expect(reads).toBeGreaterThan(0);
    expect(await board()).toEqual(await expectedFromStore());
    const schemas = await dataSource.query<{ nspname: string }[]>(
      "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'tender_board%'",
    );
    expect(schemas.map((s) => s.nspname)).toEqual(['tender_board']);
  });

  it('applies each event exactly once across restarts, its position kept with its tables', async () => {
    const runner = new ProjectionRunner(dataSource, store, {
      ...bidSummaries(1),
      name: 'tender_board_restarts',
    });
    await runner.start();
    await runner.caughtUp();
    await runner.stop();
    await store.append('tender-restart', [bid(5), bid(6)]);
    const again = new ProjectionRunner(dataSource, store, {
      ...bidSummaries(1),
      name: 'tender_board_restarts',
    });
    await again.start();
    await again.caughtUp();
    await again.stop();
    const rows = await dataSource.query<{ stream_id: string; bids: number; total_cents: string }[]>(
      'SELECT stream_id, bids, total_cents FROM tender_board_restarts.bid_summary ORDER BY stream_id',
    );
    const expected = await expectedFromStore();
    expect(new Map(rows.map((r) => [r.stream_id, { bids: r.bids, totalCents: r.total_cents }]))).toEqual(
      expected,
    );
  });
});

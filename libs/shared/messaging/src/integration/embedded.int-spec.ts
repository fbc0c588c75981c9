import { EmbeddedDatabase, PgliteEventStore } from '@mutualis/shared/event-store';
import { toMessage, sourceOf } from '../lib/cloud-events';
import { runConsumer } from '../lib/consumer/run-consumer';
import { listDeadLetters } from '../lib/consumer/dead-letter-operations';
import { InProcessEventBus } from '../lib/in-process/in-process-event-bus';
import { startRelay } from '../lib/relay';
import { bid, bidProjection, createBidTable, eventually } from '../testing/sample-events';

// The embedded suite's wiring: PGlite in-process and the in-process bus, with the same relay and consumer code.
let database: EmbeddedDatabase;
beforeAll(async () => {
  database = await EmbeddedDatabase.open();
});
afterAll(() => database.close());

describe('embedded messaging (PGlite + in-process bus)', () => {
  it('relays stored events to a projection once, in stream order, and dead-letters poison', async () => {
    const store = await PgliteEventStore.open({ database, schema: 'tender' });
    const bus = new InProcessEventBus();
    const sql = database.executor();
    await createBidTable(sql, 'audit');
    const topic = 'mutualis.tender.events';
    const relay = startRelay({ store, bus, context: 'tender', topic });
    const consumer = await runConsumer(bidProjection('audit', 'bids', topic), { bus, sql, schema: 'audit' });
    try {
      for (let n = 1; n <= 5; n++) await store.append(`tender-${n % 2}`, [bid(n), bid(n * 100)]);
      const first = (await store.readStream('tender-0'))[0]!;
      await bus.publish(topic, [
        toMessage(first, sourceOf('tender')),
        {
          ...toMessage(first, sourceOf('tender')),
          value: Buffer.from('{"amountCents":"a lot"}'),
          headers: {
            ...toMessage(first, sourceOf('tender')).headers,
            ce_id: '0190c6a4-0000-7000-8000-00000000dead',
          },
        },
      ]);
      const rows = async () =>
        (
          await sql.query<{ stream_id: string; bids: number; versions: unknown[] }>(
            'SELECT stream_id, bids, versions FROM audit.bids_per_tender ORDER BY stream_id',
          )
        ).rows;
      await eventually(
        'both tenders are projected',
        async () => (await rows()).reduce((s, r) => s + r.bids, 0) === 10,
      );
      await eventually(
        'the poison is dead-lettered',
        async () => (await listDeadLetters(bus, topic)).length === 1,
      );
      expect((await rows()).map((r) => [r.stream_id, r.bids, r.versions.map(Number)])).toEqual([
        ['tender-0', 4, [1, 2, 3, 4]],
        ['tender-1', 6, [1, 2, 3, 4, 5, 6]],
      ]);
      expect((await listDeadLetters(bus, topic))[0]).toMatchObject({
        reason: 'invalid-payload',
        consumer: 'bids',
      });
    } finally {
      await consumer.stop();
      await relay.stop();
      await store.close();
    }
  });

  it('loses nothing across a restart: the relay publishes the store again and the inbox drops what was applied', async () => {
    const store = await PgliteEventStore.open({ database, schema: 'contract' });
    const sql = database.executor();
    await createBidTable(sql, 'ledger');
    const topic = 'mutualis.contract.events';
    const consumer = bidProjection('ledger', 'ledger.bids', topic);
    const versions = async () =>
      (
        await sql.query<{ versions: string[] }>(
          "SELECT versions FROM ledger.bids_per_tender WHERE stream_id = 'contract-1'",
        )
      ).rows[0]?.versions.map(Number) ?? [];
    try {
      // Before the restart: two events applied, then two more published while the consumer is down.
      const before = new InProcessEventBus();
      const relay = startRelay({ store, bus: before, context: 'contract', topic });
      const running = await runConsumer(consumer, { bus: before, sql, schema: 'ledger' });
      for (const amount of [1, 2]) await store.append('contract-1', [bid(amount)]);
      await eventually('the first two are applied', async () => (await versions()).length === 2);
      await running.stop();
      for (const amount of [3, 4]) await store.append('contract-1', [bid(amount)]);
      await relay.caughtUp();
      await relay.stop();
      await before.close(); // the process ends: the in-process bus and its messages are gone

      // After: a new bus, the same store and inbox.
      const after = new InProcessEventBus();
      const restarted = startRelay({ store, bus: after, context: 'contract', topic });
      const resumed = await runConsumer(consumer, { bus: after, sql, schema: 'ledger' });
      try {
        await eventually(
          'the two published before the restart arrive',
          async () => (await versions()).length >= 4,
        );
        await restarted.caughtUp();
        expect(await versions()).toEqual([1, 2, 3, 4]);
      } finally {
        await resumed.stop();
        await restarted.stop();
      }
    } finally {
      await store.close();
    }
  });
});

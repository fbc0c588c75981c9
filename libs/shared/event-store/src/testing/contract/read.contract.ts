import { EventEnvelope, UpcasterRegistry } from '@mutualis/shared/contracts';
import { START } from '@mutualis/shared/event-sourcing';
import { events, newEvent, OpenSubject, settled, useSubject } from './subject';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function readContract(open: OpenSubject): void {
  describe('reads', () => {
    const subject = useSubject(open);

    it('reads a stream forwards and backwards, between versions, with a limit', async () => {
      const { store } = subject();
      await store.append('tender-1', events(10));
      const versions = (list: EventEnvelope[]) => list.map((e) => e.streamVersion);
      expect(versions(await store.readStream('tender-1', { fromVersion: 3, toVersion: 5 }))).toEqual([
        3, 4, 5,
      ]);
      expect(versions(await store.readStream('tender-1', { direction: 'backwards', limit: 3 }))).toEqual([
        10, 9, 8,
      ]);
      expect(
        versions(await store.readStream('tender-1', { direction: 'backwards', toVersion: 4, limit: 2 })),
      ).toEqual([4, 3]);
      expect(await store.readStream('tender-unknown')).toEqual([]);
    });

    it('reads a stream as it was recorded at a date', async () => {
      const { store } = subject();
      await store.append('tender-1', events(2));
      await pause(20);
      const openingDay = new Date().toISOString();
      await pause(20);
      await store.append('tender-1', events(1));
      const asOf = await store.readStream('tender-1', { recordedUntil: openingDay });
      expect(asOf.map((e) => e.streamVersion)).toEqual([1, 2]);
    });

    it('reads all events in commit order, page by page from checkpoints, each exactly once', async () => {
      const { store } = subject();
      await Promise.all(['a', 'b', 'c', 'd'].map((s) => store.append(`tender-${s}`, events(25))));
      await settled(store);
      const seen: EventEnvelope[] = [];
      let after = START;
      for (;;) {
        const page = await store.readAll({ after, limit: 7 });
        if (page.events.length === 0) break;
        seen.push(...page.events);
        after = page.checkpoint;
      }
      expect(seen).toHaveLength(100);
      expect(new Set(seen.map((e) => e.id)).size).toBe(100);
      for (const s of ['a', 'b', 'c', 'd']) {
        const versions = seen.filter((e) => e.streamId === `tender-${s}`).map((e) => e.streamVersion);
        expect(versions).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
      }
      expect((await store.readAll({ after })).events).toEqual([]);
    });

    it('finds stored events by id', async () => {
      const { store } = subject();
      const { events: stored } = await store.append('tender-1', events(3));
      const found = await store.eventsById([
        stored[2]!.id,
        stored[0]!.id,
        '0190c6a4-0000-7000-8000-00000000ffff',
      ]);
      expect(found.map((e) => e.streamVersion).sort()).toEqual([1, 3]);
    });

    it('keeps stream metadata', async () => {
      const { store } = subject();
      await store.append('tender-1', events(1));
      await store.setStreamMetadata('tender-1', { retentionUntil: '2036-12-31', lots: 3 });
      expect(await store.streamInfo('tender-1')).toMatchObject({
        version: 1,
        consortiumId: newEvent().consortiumId,
        metadata: { retentionUntil: '2036-12-31', lots: 3 },
        archivedAt: null,
      });
    });

    it('keeps the newest snapshot per stream and state version', async () => {
      const { store } = subject();
      await store.writeSnapshot({
        streamId: 'tender-1',
        streamVersion: 200,
        stateVersion: 1,
        state: { bids: 200 },
      });
      await store.writeSnapshot({
        streamId: 'tender-1',
        streamVersion: 100,
        stateVersion: 1,
        state: { bids: 100 },
      });
      await store.writeSnapshot({
        streamId: 'tender-1',
        streamVersion: 100,
        stateVersion: 2,
        state: { bidCount: 100 },
      });
      expect(await store.readSnapshot('tender-1', 1)).toEqual({
        streamId: 'tender-1',
        streamVersion: 200,
        stateVersion: 1,
        state: { bids: 200 },
      });
      expect((await store.readSnapshot('tender-1', 2))?.state).toEqual({ bidCount: 100 });
      expect(await store.readSnapshot('tender-2', 1)).toBeNull();
    });

    it('keeps a checkpoint per processor', async () => {
      const { store } = subject();
      expect(await store.readCheckpoint('relay')).toBeNull();
      await store.storeCheckpoint('relay', { transactionId: 10, globalPosition: 4 });
      await store.storeCheckpoint('relay', { transactionId: 12, globalPosition: 9 });
      expect(await store.readCheckpoint('relay')).toEqual({ transactionId: 12, globalPosition: 9 });
    });
  });

  describe('upcasting on read', () => {
    const upcasters = new UpcasterRegistry().register({
      type: 'test.SomethingHappened',
      fromVersion: 1,
      upcast: (data) => ({ ...(data as object), unit: 'EUR HT' }),
    });
    const subject = useSubject(open, { upcasters });

    it('returns old events in the current shape and the stored form when asked', async () => {
      const { store } = subject();
      await store.append('tender-1', events(1));
      await settled(store);
      expect((await store.readStream('tender-1'))[0]).toMatchObject({
        schemaVersion: 2,
        data: { n: 0, unit: 'EUR HT' },
      });
      expect((await store.readAll()).events[0]).toMatchObject({ schemaVersion: 2 });
      expect((await store.readStream('tender-1', { upcast: false }))[0]).toMatchObject({
        schemaVersion: 1,
        data: { n: 0 },
      });
    });
  });
}

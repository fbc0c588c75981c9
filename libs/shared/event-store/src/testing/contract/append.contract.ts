import { uuidv7 } from '@mutualis/shared/contracts';
import {
  ConflictingRetryError,
  InvalidEventError,
  StreamArchivedError,
  WrongExpectedVersionError,
} from '@mutualis/shared/event-sourcing';
import { AdapterCapabilities, events, newEvent, OpenSubject, useSubject } from './subject';

export function appendContract(open: OpenSubject, capabilities: AdapterCapabilities): void {
  describe('append', () => {
    const subject = useSubject(open);

    it('creates a stream with versions from 1, increasing positions and a hash chain', async () => {
      const { store } = subject();
      const result = await store.append('tender-1', events(3), { expectedVersion: 'no-stream' });
      expect(result).toMatchObject({ streamId: 'tender-1', version: 3, duplicate: false });
      expect(result.events.map((e) => e.streamVersion)).toEqual([1, 2, 3]);
      const positions = result.events.map((e) => e.globalPosition);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      expect(result.position).toBe(positions[2]);
      expect(result.events[0]!.prevHash).toBeNull();
      expect(result.events[1]!.prevHash).toBe(result.events[0]!.contentHash);
      expect(result.events[2]!.prevHash).toBe(result.events[1]!.contentHash);
      expect(result.events[0]).toMatchObject({
        occurredAt: '2026-11-29T09:00:00.000Z',
        schemaVersion: 1,
        causationId: null,
      });
      expect(await store.readStream('tender-1')).toEqual(result.events);
    });

    it('chains a later append onto the last event of the stream', async () => {
      const { store } = subject();
      const first = await store.append('tender-1', events(2));
      const second = await store.append('tender-1', events(1), { expectedVersion: 2 });
      expect(second.events[0]).toMatchObject({ streamVersion: 3, prevHash: first.events[1]!.contentHash });
    });

    it('refuses an append whose expected version is not the stream version, with the actual version', async () => {
      const { store } = subject();
      await store.append('tender-1', events(2));
      const refusal = store.append('tender-1', events(1), { expectedVersion: 1 });
      await expect(refusal).rejects.toThrow(WrongExpectedVersionError);
      await expect(refusal).rejects.toMatchObject({ streamId: 'tender-1', expected: 1, actual: 2 });
      expect((await store.streamInfo('tender-1'))?.version).toBe(2);
    });

    it('refuses no-stream on an existing stream and stream-exists on a missing one', async () => {
      const { store } = subject();
      await store.append('tender-1', events(1));
      await expect(
        store.append('tender-1', events(1), { expectedVersion: 'no-stream' }),
      ).rejects.toMatchObject({
        actual: 1,
      });
      await expect(store.append('tender-2', events(1), { expectedVersion: 'stream-exists' })).rejects.toThrow(
        WrongExpectedVersionError,
      );
      expect(await store.streamInfo('tender-2')).toBeNull();
    });

    it('treats the same event ids appended again as a no-op returning the first positions', async () => {
      const { store } = subject();
      const batch = events(2).map((e) => ({ ...e, id: uuidv7() }));
      const first = await store.append('tender-1', batch, { expectedVersion: 'no-stream' });
      const again = await store.append('tender-1', batch, { expectedVersion: 'no-stream' });
      const anyAgain = await store.append('tender-1', batch);
      for (const retry of [again, anyAgain]) {
        expect(retry).toMatchObject({ duplicate: true, version: 2, position: first.position });
        expect(retry.events).toEqual(first.events);
      }
      expect(await store.readStream('tender-1')).toHaveLength(2);
    });

    it('refuses a retry that repeats some stored ids among new ones', async () => {
      const { store } = subject();
      const stored = newEvent({ id: uuidv7() });
      await store.append('tender-1', [stored]);
      await expect(store.append('tender-1', [stored, newEvent()])).rejects.toThrow(ConflictingRetryError);
      expect(await store.readStream('tender-1')).toHaveLength(1);
    });

    it.each([
      ['an occurredAt without a time zone', { occurredAt: '2026-11-29T10:00:00' }, /time zone/],
      ['an empty type', { type: '' }, /no type/],
      ['a payload that is not JSON', { data: { amount: Number.NaN } }, /NaN is not a JSON number/],
      ['a payload with U+0000', { data: { name: 'a\u0000' } }, /U\+0000/],
      ['an event id that is not a UUID', { id: 'bid-1' }, /UUID/],
    ])('refuses %s and writes nothing', async (_case, overrides, message) => {
      const { store } = subject();
      const refusal = store.append('tender-1', [newEvent(), newEvent(overrides)]);
      await expect(refusal).rejects.toThrow(InvalidEventError);
      await expect(refusal).rejects.toThrow(message);
      expect(await store.streamInfo('tender-1')).toBeNull();
      expect((await store.readAll()).events).toEqual([]);
    });

    it('refuses appends to an archived stream, which stays readable', async () => {
      const { store } = subject();
      await store.append('tender-1', events(2));
      await store.archiveStream('tender-1');
      await expect(store.append('tender-1', events(1))).rejects.toThrow(StreamArchivedError);
      expect(await store.readStream('tender-1')).toHaveLength(2);
      expect((await store.streamInfo('tender-1'))?.archivedAt).toEqual(expect.any(String));
    });

    it(`loses no update when 8 writers race on one stream with expected versions (${capabilities.racingAppendsPerWriter} appends each)`, async () => {
      const { store } = subject();
      const perWriter = capabilities.racingAppendsPerWriter;
      // Counted, not kept: under load the writers lose thousands of races, and keeping each error (with what it
      // holds) once ran a CI worker out of memory.
      let conflicts = 0;
      const writer = async (w: number) => {
        let known = 0;
        for (let done = 0; done < perWriter; ) {
          try {
            const result = await store.append('tender-race', [newEvent({ data: { writer: w, n: done } })], {
              expectedVersion: known === 0 ? 'no-stream' : known,
            });
            known = result.version;
            done++;
          } catch (error) {
            if (!(error instanceof WrongExpectedVersionError)) throw error;
            conflicts++;
            known = error.actual;
          }
        }
      };
      await Promise.all(Array.from({ length: 8 }, (_, w) => writer(w)));

      const stored = await store.readStream('tender-race');
      expect(stored).toHaveLength(8 * perWriter);
      expect(stored.map((e) => e.streamVersion)).toEqual(
        Array.from({ length: 8 * perWriter }, (_, i) => i + 1),
      );
      const written = new Set(stored.map((e) => JSON.stringify(e.data)));
      expect(written.size).toBe(8 * perWriter);
      expect(conflicts).toBeGreaterThan(0);
      expect((await store.streamInfo('tender-race'))?.version).toBe(8 * perWriter);
    });
  });
}

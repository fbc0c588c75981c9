import { verifyAll, verifyStream } from '../../lib/verify';
import { AdapterCapabilities, events, OpenSubject, settled, useSubject } from './subject';

export function integrityContract(open: OpenSubject, capabilities: AdapterCapabilities): void {
  describe('hash chain verification', () => {
    const subject = useSubject(open);

    it('finds intact chains intact', async () => {
      const { store } = subject();
      await store.append('tender-1', events(5));
      await store.append('tender-2', events(3));
      await store.append('tender-1', events(2));
      await settled(store);
      expect(await verifyStream(store, 'tender-1')).toEqual({
        ok: true,
        eventsChecked: 7,
        streamsChecked: 1,
        firstBreak: null,
      });
      expect(await verifyAll(store)).toEqual({
        ok: true,
        eventsChecked: 10,
        streamsChecked: 2,
        firstBreak: null,
      });
    });

    const tampering = capabilities.noTampering
      ? it.skip.bind(
          null,
          `names an event changed directly in the database (not applicable: ${capabilities.noTampering})`,
        )
      : it.bind(null, 'names the first event whose stored payload was changed directly in the database');
    tampering(async () => {
      const { store, tamper } = subject();
      const { events: stored } = await store.append('tender-1', events(5));
      await store.append('tender-2', events(2));
      const victim = stored[2]!;
      await tamper!(victim.id, { n: 2, amountCents: 99_999_999 });
      await settled(store);

      const expected = {
        reason: 'content-hash',
        streamId: 'tender-1',
        streamVersion: 3,
        eventId: victim.id,
        globalPosition: victim.globalPosition,
        actual: victim.contentHash,
      };
      expect(await verifyStream(store, 'tender-1')).toMatchObject({ ok: false, firstBreak: expected });
      expect(await verifyAll(store)).toMatchObject({ ok: false, firstBreak: expected });
      expect(await verifyStream(store, 'tender-2')).toMatchObject({ ok: true });
    });
  });
}

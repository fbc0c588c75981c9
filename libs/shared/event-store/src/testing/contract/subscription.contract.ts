import { EventEnvelope } from '@mutualis/shared/contracts';
import { AdapterCapabilities, events, OpenSubject, useSubject } from './subject';

export function subscriptionContract(open: OpenSubject, capabilities: AdapterCapabilities): void {
  describe('subscriptions', () => {
    const subject = useSubject(open);

    it('delivers past then new events once each, in order, and resumes after its checkpoint', async () => {
      const { store } = subject();
      await store.append('tender-1', events(5));
      const seen: EventEnvelope[] = [];
      const first = store.subscribe('projection', async (batch) => void seen.push(...batch), {
        batchSize: 2,
      });
      await first.caughtUp();
      await store.append('tender-2', events(3));
      await first.caughtUp();
      await first.stop();
      expect(seen.map((e) => `${e.streamId}@${e.streamVersion}`)).toEqual([
        'tender-1@1',
        'tender-1@2',
        'tender-1@3',
        'tender-1@4',
        'tender-1@5',
        'tender-2@1',
        'tender-2@2',
        'tender-2@3',
      ]);

      await store.append('tender-1', events(1));
      const resumed: EventEnvelope[] = [];
      const second = store.subscribe('projection', async (batch) => void resumed.push(...batch));
      await second.caughtUp();
      await second.stop();
      expect(resumed.map((e) => `${e.streamId}@${e.streamVersion}`)).toEqual(['tender-1@6']);
    });

    it('is woken by new appends without waiting for the polling interval', async () => {
      const { store } = subject();
      const seen: EventEnvelope[] = [];
      let arrived: () => void = () => undefined;
      const subscription = store.subscribe('relay', async (batch) => (seen.push(...batch), arrived()), {
        pollIntervalMs: 60_000,
      });
      await subscription.caughtUp();
      const delivered = new Promise<void>((resolve) => (arrived = resolve));
      await store.append('tender-1', events(1));
      await delivered;
      await subscription.stop();
      expect(seen).toHaveLength(1);
    });

    it('retries a batch whose handler failed, without skipping it', async () => {
      const { store } = subject();
      await store.append('tender-1', events(3));
      const seen: number[] = [];
      const errors: unknown[] = [];
      let failures = 1;
      const subscription = store.subscribe(
        'projection',
        async (batch) => {
          if (failures-- > 0) throw new Error('projection database unavailable');
          seen.push(...batch.map((e) => e.streamVersion));
        },
        { onError: (error) => errors.push(error) },
      );
      await subscription.caughtUp();
      await subscription.stop();
      expect(errors).toHaveLength(1);
      expect(seen).toEqual([1, 2, 3]);
    });

    it('runs one instance of a processor at a time', async () => {
      const { store } = subject();
      await store.append('tender-1', events(2));
      const first: number[] = [];
      const second: number[] = [];
      const a = store.subscribe(
        'relay',
        async (batch) => void first.push(...batch.map((e) => e.streamVersion)),
        {
          pollIntervalMs: 50,
        },
      );
      await a.caughtUp();
      const b = store.subscribe(
        'relay',
        async (batch) => void second.push(...batch.map((e) => e.streamVersion)),
        {
          pollIntervalMs: 50,
        },
      );
      await store.append('tender-1', events(1));
      await a.caughtUp();
      expect(second).toEqual([]);
      await a.stop();
      await b.caughtUp();
      await b.stop();
      expect(first).toEqual([1, 2, 3]);
      expect(second).toEqual([]);
    });

    const lateCommits = capabilities.noInterleavedTransactions
      ? it.skip.bind(
          null,
          `never skips a late commit (not applicable: ${capabilities.noInterleavedTransactions})`,
        )
      : it.bind(null, 'never skips nor repeats an event whose transaction commits after later ones');
    lateCommits(async () => {
      const { store, beginLateAppend } = subject();
      await store.append('tender-1', events(1));
      const seen: EventEnvelope[] = [];
      const subscription = store.subscribe('projection', async (batch) => void seen.push(...batch), {
        pollIntervalMs: 20,
      });
      await subscription.caughtUp();

      const late = await beginLateAppend!('tender-late', events(2));
      await store.append('tender-2', events(2));
      await store.append('tender-1', events(1));
      // The open transaction holds back everything after it: for many read cycles, nothing is delivered past it
      // (and caughtUp() rightly waits for it to end).
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(seen.map((e) => e.streamId)).toEqual(['tender-1']);

      await late.commit();
      await subscription.caughtUp();
      await subscription.stop();
      const delivered = seen.map((e) => `${e.streamId}@${e.streamVersion}`);
      expect(delivered).toHaveLength(6);
      expect(new Set(delivered).size).toBe(6);
      expect(delivered.slice(0, 3)).toEqual(['tender-1@1', 'tender-late@1', 'tender-late@2']);
      expect(delivered.slice(3).sort()).toEqual(['tender-1@2', 'tender-2@1', 'tender-2@2']);
      const positions = seen.map((e) => e.globalPosition);
      expect(positions[1]).toBeLessThan(positions[3]!);
    });
  });
}

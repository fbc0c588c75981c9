import { EventEnvelope } from '@mutualis/shared/contracts';
import { Checkpoint, ReadAllOptions, ReadAllResult } from '@mutualis/shared/event-sourcing';
import { Lease, runSubscription, SubscriptionSource } from './subscription';

/** A scripted source: the loop's logic under failures, without a database (the adapters' own tests use real ones). */
function source(overrides: Partial<SubscriptionSource> = {}) {
  const reads: Checkpoint[] = [];
  const base: SubscriptionSource = {
    readAll: async (options: ReadAllOptions): Promise<ReadAllResult> => {
      reads.push(options.after!);
      return { events: [], checkpoint: options.after! };
    },
    readCheckpoint: async () => ({ transactionId: 7, globalPosition: 42 }),
    storeCheckpoint: async () => undefined,
    acquireLease: async (): Promise<Lease> => ({ lost: false, release: async () => undefined }),
    appendMark: async () => 0,
    horizon: async () => 0,
    fence: async () => 0,
    waitForAppend: (timeoutMs, signal) =>
      new Promise((resolve) => {
        const timer = setTimeout(resolve, timeoutMs);
        signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
      }),
  };
  return { reads, source: { ...base, ...overrides } };
}

describe('runSubscription', () => {
  it('does not start over from the beginning when reading its checkpoint failed once', async () => {
    let failures = 1;
    const released: number[] = [];
    const scripted = source({
      readCheckpoint: async () => {
        if (failures-- > 0) throw new Error('pool timeout');
        return { transactionId: 7, globalPosition: 42 };
      },
      acquireLease: async () => ({ lost: false, release: async () => void released.push(1) }),
    });
    const errors: unknown[] = [];
    const subscription = runSubscription(scripted.source, 'relay', async () => undefined, {
      onError: (error) => errors.push(error),
      pollIntervalMs: 10,
    });
    await subscription.caughtUp();
    await subscription.stop();
    expect(errors).toHaveLength(1);
    expect(scripted.reads[0]).toEqual({ transactionId: 7, globalPosition: 42 });
    expect(released.length).toBeGreaterThanOrEqual(2); // the lease taken before the failure was given back
  });

  it('still resolves caughtUp() after a failed read', async () => {
    let failures = 1;
    const scripted = source();
    const readAll = scripted.source.readAll;
    const subscription = runSubscription(
      {
        ...scripted.source,
        readAll: async (options) => {
          if (failures-- > 0) throw new Error('connection reset');
          return readAll(options);
        },
      },
      'projection',
      async (_events: EventEnvelope[]) => undefined,
      { pollIntervalMs: 10 },
    );
    await subscription.caughtUp();
    await subscription.stop();
    expect(failures).toBeLessThan(0);
  });

  it('waits in caughtUp() until an open transaction that holds back earlier commits has finished', async () => {
    let fence = 100; // a transaction with id 100 is still open; everything committed before the call is below 105
    const scripted = source({ horizon: async () => 105, fence: async () => fence });
    const subscription = runSubscription(scripted.source, 'projection', async () => undefined, {
      pollIntervalMs: 10,
    });
    let caughtUp = false;
    const waiting = subscription.caughtUp().then(() => (caughtUp = true));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(caughtUp).toBe(false);
    fence = 106; // the open transaction ended: a read now sees every event committed before the call
    await waiting;
    await subscription.stop();
    expect(caughtUp).toBe(true);
  });
});

import {
  Checkpoint,
  ReadAllOptions,
  ReadAllResult,
  START,
  Subscription,
  SubscriptionHandler,
  SubscriptionOptions,
} from '@mutualis/shared/event-sourcing';

/** The right to run a processor: at most one instance holds it at a time. */
export interface Lease {
  /** True once the lease is known to be lost (e.g. its connection dropped); the holder must stop working. */
  readonly lost: boolean;
  release(): Promise<void>;
}

/** What a store gives the subscription loop; each adapter implements it with its own wake-up and lease. */
export interface SubscriptionSource {
  readAll(options: ReadAllOptions): Promise<ReadAllResult>;
  readCheckpoint(processor: string): Promise<Checkpoint | null>;
  storeCheckpoint(processor: string, checkpoint: Checkpoint): Promise<void>;
  /** The processor's lease, or null when another instance holds it. */
  acquireLease(processor: string): Promise<Lease | null>;
  /**
   * The transaction id that every transaction committed so far is below (fenced stores; 0 elsewhere): caughtUp()
   * waits for a read whose fence has passed it, so events held back behind an open transaction are not missed.
   */
  horizon(): Promise<number>;
  /** The transaction id below which every transaction has finished (fenced stores; 0 elsewhere). */
  fence(): Promise<number>;
  /** Starts listening for appends if needed and returns a mark to wait from (taken before each read). */
  appendMark(): Promise<number>;
  /** Resolves when events may have committed since `mark`, after `timeoutMs` at the latest, or when `signal` aborts. */
  waitForAppend(timeoutMs: number, signal: AbortSignal, mark: number): Promise<void>;
}

const DEFAULT_BATCH_SIZE = 500;
const DEFAULT_POLL_INTERVAL_MS = 1_000;
const RETRY_PAUSE_MS = 500;
// While an older transaction holds the fence, how often to look again for the caughtUp() waiters.
const FENCE_RETRY_MS = 20;

/**
 * Runs a processor over the store's log in commit order: holds its lease, hands each batch to the handler, moves the
 * checkpoint after the handler resolved. Events are delivered once per checkpoint; after a crash between handler
 * and checkpoint the last batch is delivered again, so handlers are idempotent (inbox, version guard).
 */
export function runSubscription(
  source: SubscriptionSource,
  processor: string,
  handler: SubscriptionHandler,
  options: SubscriptionOptions = {},
): Subscription {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const pollIntervalMs = options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS;
  const stopping = new AbortController();
  interface Waiter {
    resolve(): void;
    horizon: number;
  }
  let waiters: Waiter[] = [];
  let wake: (() => void) | undefined;

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        stopping.signal.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      stopping.signal.addEventListener('abort', done, { once: true });
    });

  const loop = async () => {
    let lease: Lease | null = null;
    let checkpoint: Checkpoint = START;
    let fromStart = options.from === 'start';
    let unseenAppends = false;
    let backoffMs = FENCE_RETRY_MS;
    try {
      while (!stopping.signal.aborted) {
        try {
          if (!lease || lease.lost) {
            await lease?.release();
            lease = null;
            const acquired = await source.acquireLease(processor);
            if (!acquired) {
              await pause(pollIntervalMs);
              continue;
            }
            // The lease counts as held only once the checkpoint is known: a failed read must not restart from START.
            try {
              checkpoint = fromStart ? START : ((await source.readCheckpoint(processor)) ?? START);
              fromStart = false;
            } catch (error) {
              await acquired.release();
              throw error;
            }
            if (stopping.signal.aborted) {
              await acquired.release();
              break;
            }
            lease = acquired;
          }
          // Waiters registered before this read are satisfied if it finds nothing new.
          const registered = waiters;
          waiters = [];
          let batch: Awaited<ReturnType<SubscriptionSource['readAll']>>;
          let mark: number;
          // Taken before the read, so the read sees every event of the transactions below it.
          let fence = Number.POSITIVE_INFINITY;
          try {
            mark = await source.appendMark();
            if (registered.length > 0) fence = await source.fence();
            batch = await source.readAll({
              after: checkpoint,
              limit: batchSize,
              upcast: options.upcast ?? true,
            });
          } catch (error) {
            waiters = registered.concat(waiters); // still waiting: the read did not happen
            throw error;
          }
          if (batch.events.length > 0) {
            unseenAppends = false;
            backoffMs = FENCE_RETRY_MS;
            waiters = registered.concat(waiters);
            await handler(batch.events);
            if (lease.lost) continue;
            await source.storeCheckpoint(processor, batch.checkpoint);
            checkpoint = batch.checkpoint;
            continue;
          }
          // Satisfied: the waiters whose horizon this read's fence has passed. The others wait for a later read.
          registered.filter((w) => w.horizon <= fence).forEach((w) => w.resolve());
          waiters = registered.filter((w) => w.horizon > fence).concat(waiters);
          if (waiters.some((w) => w.horizon <= fence)) continue;
          if (waiters.length > 0) {
            await pause(FENCE_RETRY_MS);
            continue;
          }
          // Notified of appends this read did not return: they sit behind a transaction still open elsewhere in
          // the cluster. Look again soon, backing off up to the polling interval, instead of sleeping all of it.
          const latest = await source.appendMark();
          if (latest > mark) unseenAppends = true;
          const waitMs = unseenAppends ? backoffMs : pollIntervalMs;
          if (unseenAppends) {
            backoffMs *= 2;
            if (backoffMs > pollIntervalMs) {
              unseenAppends = false;
              backoffMs = FENCE_RETRY_MS;
            }
          }
          await new Promise<void>((resolve) => {
            wake = resolve;
            void source.waitForAppend(waitMs, stopping.signal, latest).then(resolve, resolve);
          });
          wake = undefined;
        } catch (error) {
          options.onError?.(error);
          await pause(RETRY_PAUSE_MS);
        }
      }
    } finally {
      await lease?.release();
      waiters.forEach((w) => w.resolve());
    }
  };

  const running = loop();
  return {
    processor,
    caughtUp: async () => {
      if (stopping.signal.aborted) return;
      const horizon = await source.horizon();
      await new Promise<void>((resolve) => {
        waiters.push({ resolve, horizon });
        wake?.();
      });
    },
    stop: async () => {
      stopping.abort();
      wake?.();
      await running;
    },
  };
}

import { AllStreamSubscription, END, KurrentDBClient, streamNameFilter } from '@kurrent/kurrentdb-client';
import { AppendSignal } from '../append-signal';

// How long the first wait may take for KurrentDB to confirm the subscription; polling covers the time after.
const CONFIRMATION_TIMEOUT_MS = 5_000;

/**
 * Wakes the store's subscriptions when KurrentDB commits an event of the namespace: a live catch-up subscription to
 * `$all` from its end, filtered server-side on the namespace's prefix, notifies on each event it receives. It starts
 * with the first wait; if it drops, the next wait starts another, and the subscriptions poll in the meantime.
 */
export class AppendWakeups {
  private readonly signal = new AppendSignal();
  private live: Promise<AllStreamSubscription | null> | undefined;
  private closed = false;

  constructor(
    private readonly client: KurrentDBClient,
    private readonly eventPrefix: string,
  ) {}

  /** Starts listening if needed (appends committed once it is live wake the waiters), then takes a mark. */
  async mark(): Promise<number> {
    if (!this.closed) await (this.live ??= this.subscribe());
    return this.signal.mark();
  }

  wait(timeoutMs: number, signal: AbortSignal, mark: number): Promise<void> {
    return this.signal.wait(timeoutMs, signal, mark);
  }

  async close(): Promise<void> {
    this.closed = true;
    const subscription = await this.live;
    this.live = undefined;
    await subscription?.unsubscribe();
  }

  private subscribe(): Promise<AllStreamSubscription | null> {
    const subscription = this.client.subscribeToAll({
      fromPosition: END,
      filter: streamNameFilter({ prefixes: [this.eventPrefix] }),
    });
    const dropped = () => {
      if (!this.closed) this.live = undefined;
      // Events may have committed unseen: let the waiters read.
      this.signal.notify();
    };
    subscription.on('data', () => this.signal.notify());
    subscription.on('error', dropped);
    subscription.on('end', dropped);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(subscription), CONFIRMATION_TIMEOUT_MS);
      subscription.once('confirmation', () => (clearTimeout(timer), resolve(subscription)));
      subscription.once('error', () => (clearTimeout(timer), resolve(null)));
    });
  }
}

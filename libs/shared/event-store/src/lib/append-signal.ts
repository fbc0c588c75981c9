import { EventEmitter } from 'node:events';

/** Wakes the subscriptions waiting for new events, e.g. on a PostgreSQL notification. */
export class AppendSignal {
  private readonly emitter = new EventEmitter().setMaxListeners(0);
  private notifications = 0;

  notify(): void {
    this.notifications += 1;
    this.emitter.emit('append');
  }

  /** How many notifications have arrived: a mark taken before a read, so none between read and wait is missed. */
  mark(): number {
    return this.notifications;
  }

  /** Resolves at once if a notification arrived since `mark`, else at the next one, after `timeoutMs` at the latest. */
  wait(timeoutMs: number, signal: AbortSignal, mark: number): Promise<void> {
    if (this.notifications > mark || signal.aborted) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.emitter.off('append', done);
        signal.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.emitter.once('append', done);
      signal.addEventListener('abort', done, { once: true });
    });
  }
}

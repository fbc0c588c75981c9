import { StreamHead } from './prepare-events';

/**
 * The last known head of recently written streams, so an append usually needs one statement instead of a read and
 * a write. A stale entry is harmless: the conditional update then matches nothing and the store re-reads the head.
 */
export class HeadCache<Head extends StreamHead = StreamHead> {
  private readonly heads = new Map<string, Head>();

  constructor(private readonly capacity = 10_000) {}

  get(streamId: string): Head | undefined {
    return this.heads.get(streamId);
  }

  set(streamId: string, head: Head): void {
    this.heads.delete(streamId);
    this.heads.set(streamId, head);
    if (this.heads.size > this.capacity) this.heads.delete(this.heads.keys().next().value as string);
  }

  forget(streamId: string): void {
    this.heads.delete(streamId);
  }
}

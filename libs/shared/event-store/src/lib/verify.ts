import {
  CHAIN_START,
  ChainBreak,
  chainBreak,
  ChainBreakReason,
  ChainEnd,
  EventEnvelope,
} from '@mutualis/shared/contracts';
import { EventStore, START } from '@mutualis/shared/event-sourcing';

// The chain rule is pure and shared with the audit ledger; its types stay exported here for current importers.
export type { ChainBreak, ChainBreakReason };

export interface VerificationReport {
  ok: boolean;
  eventsChecked: number;
  streamsChecked: number;
  firstBreak: ChainBreak | null;
}

const PAGE = 2_000;

/** Checks pages of events against their streams' chain ends; stops at the first break. */
async function checkPages(pages: AsyncIterable<EventEnvelope[]>): Promise<VerificationReport> {
  const ends = new Map<string, ChainEnd>();
  let eventsChecked = 0;
  for await (const page of pages) {
    for (const event of page) {
      const broken = chainBreak(event, ends.get(event.streamId) ?? CHAIN_START);
      eventsChecked++;
      if (broken) return { ok: false, eventsChecked, streamsChecked: ends.size, firstBreak: broken };
      ends.set(event.streamId, { version: event.streamVersion, hash: event.contentHash });
    }
  }
  return { ok: true, eventsChecked, streamsChecked: ends.size, firstBreak: null };
}

/** Pages of a read, the next one requested before the current one is handed out, so reading overlaps hashing. */
async function* prefetched<Cursor>(
  first: Cursor,
  read: (cursor: Cursor) => Promise<{ events: EventEnvelope[]; next: Cursor }>,
): AsyncIterable<EventEnvelope[]> {
  let pending = read(first);
  for (;;) {
    const page = await pending;
    const full = page.events.length === PAGE;
    if (full) pending = read(page.next);
    yield page.events;
    if (!full) return;
  }
}

/** Recomputes every hash of one stream, from its first event, on the stored form (no upcasting). */
export function verifyStream(store: EventStore, streamId: string): Promise<VerificationReport> {
  return checkPages(
    prefetched(1, async (fromVersion) => {
      const events = await store.readStream(streamId, { fromVersion, limit: PAGE, upcast: false });
      return { events, next: fromVersion + events.length };
    }),
  );
}

/** Recomputes every hash of the store in commit order, every stream's chain at once; stops at the first break. */
export function verifyAll(store: EventStore): Promise<VerificationReport> {
  return checkPages(
    prefetched(START, async (after) => {
      const page = await store.readAll({ after, limit: PAGE, upcast: false });
      return { events: page.events, next: page.checkpoint };
    }),
  );
}

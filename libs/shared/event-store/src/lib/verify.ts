import { contentHash, EventEnvelope } from '@mutualis/shared/contracts';
import { EventStore, START } from '@mutualis/shared/event-sourcing';

/** Why an event breaks its stream's chain. */
export type ChainBreakReason = 'content-hash' | 'prev-hash' | 'version-gap';

/** The first event whose stored form does not match the chain: the place where the history was altered. */
export interface ChainBreak {
  reason: ChainBreakReason;
  streamId: string;
  streamVersion: number;
  eventId: string;
  globalPosition: number;
  expected: string;
  actual: string;
}

export interface VerificationReport {
  ok: boolean;
  eventsChecked: number;
  streamsChecked: number;
  firstBreak: ChainBreak | null;
}

interface ChainEnd {
  version: number;
  hash: string | null;
}

const PAGE = 2_000;

/** Checks one event against the end of its stream's chain; returns the break, or null and the new chain end. */
function check(event: EventEnvelope, end: ChainEnd): ChainBreak | null {
  const at = {
    streamId: event.streamId,
    streamVersion: event.streamVersion,
    eventId: event.id,
    globalPosition: event.globalPosition,
  };
  if (event.streamVersion !== end.version + 1) {
    return {
      ...at,
      reason: 'version-gap',
      expected: String(end.version + 1),
      actual: String(event.streamVersion),
    };
  }
  if (event.prevHash !== end.hash) {
    return { ...at, reason: 'prev-hash', expected: String(end.hash), actual: String(event.prevHash) };
  }
  const recomputed = contentHash(event);
  if (recomputed !== event.contentHash) {
    return { ...at, reason: 'content-hash', expected: recomputed, actual: event.contentHash };
  }
  return null;
}

/** Checks pages of events against their streams' chain ends; stops at the first break. */
async function checkPages(pages: AsyncIterable<EventEnvelope[]>): Promise<VerificationReport> {
  const ends = new Map<string, ChainEnd>();
  let eventsChecked = 0;
  for await (const page of pages) {
    for (const event of page) {
      const broken = check(event, ends.get(event.streamId) ?? { version: 0, hash: null });
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

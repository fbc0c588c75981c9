import { EventEnvelope, NewEvent } from '@mutualis/shared/contracts';
import { AppendResult, ConflictingRetryError, ExpectedVersion } from '@mutualis/shared/event-sourcing';
import { StreamHead } from './prepare-events';

/** Whether a stream at `head` (null: no stream) meets what an append expects of it. Shared by every adapter. */
export function satisfies(head: StreamHead | null, expected: ExpectedVersion): boolean {
  switch (expected) {
    case 'any':
      return true;
    case 'no-stream':
      return head === null || head.version === 0;
    case 'stream-exists':
      return head !== null && head.version > 0;
    default:
      return (head?.version ?? 0) === expected;
  }
}

/**
 * The answer to an append whose event ids may already be stored: null when none is (a genuine refusal), the first
 * result (`duplicate: true`) when all are, in this stream; a ConflictingRetryError when only some are.
 */
export async function duplicateAppend(
  streamId: string,
  events: NewEvent[],
  storedWithIds: (ids: string[]) => Promise<EventEnvelope[]>,
): Promise<AppendResult | null> {
  const ids = events.map((event) => event.id).filter((id): id is string => id !== undefined);
  if (ids.length === 0) return null;
  const stored = (await storedWithIds(ids)).sort((a, b) => a.streamVersion - b.streamVersion);
  if (stored.length === 0) return null;
  if (stored.length !== events.length || stored.some((event) => event.streamId !== streamId)) {
    throw new ConflictingRetryError(
      streamId,
      stored.map((event) => event.id),
    );
  }
  const last = stored[stored.length - 1]!;
  return {
    streamId,
    version: last.streamVersion,
    position: last.globalPosition,
    events: stored,
    duplicate: true,
  };
}

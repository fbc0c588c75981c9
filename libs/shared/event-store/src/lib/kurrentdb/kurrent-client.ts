import {
  BACKWARDS,
  END,
  ErrorType,
  FORWARDS,
  isCommandError,
  KurrentDBClient,
  ReadStreamOptions,
  RecordedEvent,
  START,
} from '@kurrent/kurrentdb-client';

/** Reads whose answer decides a write go to the leader: a follower may not have seen the last writes yet. */
export const ON_LEADER = { requiresLeader: true } as const;

/** True when a KurrentDB call failed with this error type (checked by type, not class, across client copies). */
export function isKurrentError(error: unknown, type: ErrorType): boolean {
  return error instanceof Error && isCommandError(error) && error.type === type;
}

/** The events of a stream as `readStream` gives them, none (instead of an error) when the stream does not exist. */
export async function* streamEvents(
  client: KurrentDBClient,
  streamName: string,
  options: ReadStreamOptions,
): AsyncGenerator<RecordedEvent> {
  try {
    for await (const resolved of client.readStream(streamName, options)) {
      if (resolved.event) yield resolved.event;
    }
  } catch (error) {
    if (!isKurrentError(error, ErrorType.STREAM_NOT_FOUND)) throw error;
  }
}

/** Every event a read returns, in its order. */
export async function readEvents(
  client: KurrentDBClient,
  streamName: string,
  options: ReadStreamOptions,
): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for await (const event of streamEvents(client, streamName, options)) events.push(event);
  return events;
}

/** The last event of a stream, or null when it has none. */
export async function readLastEvent(
  client: KurrentDBClient,
  streamName: string,
): Promise<RecordedEvent | null> {
  const [last] = await readEvents(client, streamName, {
    ...ON_LEADER,
    direction: BACKWARDS,
    fromRevision: END,
    maxCount: 1,
  });
  return last ?? null;
}

/** The first event of a stream, or null when it has none. */
export async function readFirstEvent(
  client: KurrentDBClient,
  streamName: string,
): Promise<RecordedEvent | null> {
  const [first] = await readEvents(client, streamName, {
    ...ON_LEADER,
    direction: FORWARDS,
    fromRevision: START,
    maxCount: 1,
  });
  return first ?? null;
}

/**
 * Sets `$maxCount: 1` on a bookkeeping stream whose first event was just written, so that only its newest event is
 * kept (older ones go at the next scavenge). Called once per stream; if it is never called, the stream only grows.
 */
export async function keepOnlyLatest(client: KurrentDBClient, streamName: string): Promise<void> {
  await client.setStreamMetadata(streamName, { maxCount: 1 });
}

/** The data of a JSON event as an object, or null when it is not one. */
export function jsonObject(event: RecordedEvent | null): Record<string, unknown> | null {
  if (!event?.isJson || typeof event.data !== 'object' || event.data === null || Array.isArray(event.data)) {
    return null;
  }
  return event.data;
}

/**
 * A KurrentDB revision or log position as a number. Log positions are byte offsets in the transaction log, so they
 * stay below 2^53 until the log passes 8 PiB: far beyond a service's store. Past it, refusing beats rounding.
 */
export function safeNumber(value: bigint, what: string): number {
  if (value < 0n || value > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new Error(`KurrentDB ${what} ${value} is not a safe integer`);
  }
  return Number(value);
}

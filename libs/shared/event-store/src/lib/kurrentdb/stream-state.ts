import {
  BACKWARDS,
  END,
  ErrorType,
  jsonEvent,
  KurrentDBClient,
  metastreamOf,
  NO_STREAM,
} from '@kurrent/kurrentdb-client';
import { isKurrentError, jsonObject, ON_LEADER, readEvents } from './kurrent-client';

/** What the port keeps about a stream besides its events: free metadata and the archival time. */
export interface StreamState {
  metadata: Record<string, unknown>;
  archivedAt: string | null;
}

// Under one key of the KurrentDB stream metadata, so KurrentDB's own keys ($maxCount, $acl...) and those other tools
// set are kept as they are, and no key of ours can be read by KurrentDB as one of its settings.
const KEY = 'mutualis';
const MAX_ATTEMPTS = 20;

interface StoredStreamState {
  state: StreamState;
  /** The whole KurrentDB metadata, written back with our key changed. */
  raw: Record<string, unknown>;
  revision: bigint | typeof NO_STREAM;
}

/** The port's state of a KurrentDB stream, kept in that stream's metadata (its `$$` metastream). */
export async function readStreamState(client: KurrentDBClient, streamName: string): Promise<StreamState> {
  return (await readStored(client, streamName)).state;
}

/**
 * Changes the port's state of a stream: a read, then a write that expects the metastream unchanged, so concurrent
 * changes (metadata and archival) do not overwrite each other.
 */
export async function changeStreamState(
  client: KurrentDBClient,
  streamName: string,
  change: (state: StreamState) => StreamState,
): Promise<void> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const stored = await readStored(client, streamName);
    const data = { ...stored.raw, [KEY]: change(stored.state) };
    try {
      // What client.setStreamMetadata does, but with the raw keys kept verbatim.
      await client.appendToStream(metastreamOf(streamName), jsonEvent({ type: '$metadata', data }), {
        streamState: stored.revision,
      });
      return;
    } catch (error) {
      if (!isKurrentError(error, ErrorType.WRONG_EXPECTED_VERSION)) throw error;
    }
  }
  throw new Error(`the metadata of ${streamName} changed ${MAX_ATTEMPTS} times during one update`);
}

async function readStored(client: KurrentDBClient, streamName: string): Promise<StoredStreamState> {
  const [last] = await readEvents(client, metastreamOf(streamName), {
    ...ON_LEADER,
    direction: BACKWARDS,
    fromRevision: END,
    maxCount: 1,
  });
  const raw = jsonObject(last ?? null) ?? {};
  const ours = raw[KEY] as Partial<StreamState> | undefined;
  return {
    raw,
    revision: last ? last.revision : NO_STREAM,
    state: { metadata: ours?.metadata ?? {}, archivedAt: ours?.archivedAt ?? null },
  };
}

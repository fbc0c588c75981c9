import { ANY, ErrorType, jsonEvent, KurrentDBClient, NO_STREAM } from '@kurrent/kurrentdb-client';
import { Checkpoint, Snapshot } from '@mutualis/shared/event-sourcing';
import { isKurrentError, jsonObject, keepOnlyLatest, readLastEvent } from './kurrent-client';
import { StreamNames } from './stream-names';

const CHECKPOINT_TYPE = 'mutualis.CheckpointStored';
const SNAPSHOT_TYPE = 'mutualis.SnapshotTaken';
const MAX_SNAPSHOT_ATTEMPTS = 10;

// Types, not interfaces, so that they are JSON data to the client.
type StoredCheckpoint = { transactionId: number; globalPosition: number };
type StoredSnapshot = { streamVersion: number; state: unknown };

/**
 * Checkpoints and snapshots, each in its own bookkeeping stream of the namespace whose newest event is the current
 * value; `$maxCount: 1` lets KurrentDB scavenge the older ones.
 */
export class Bookkeeping {
  constructor(
    private readonly client: KurrentDBClient,
    private readonly names: StreamNames,
  ) {}

  async readCheckpoint(processor: string): Promise<Checkpoint | null> {
    const stored = jsonObject(await readLastEvent(this.client, this.names.checkpoint(processor)));
    if (!stored) return null;
    const { transactionId, globalPosition } = stored as StoredCheckpoint;
    return { transactionId, globalPosition };
  }

  async storeCheckpoint(processor: string, checkpoint: Checkpoint): Promise<void> {
    const streamName = this.names.checkpoint(processor);
    const data: StoredCheckpoint = {
      transactionId: checkpoint.transactionId,
      globalPosition: checkpoint.globalPosition,
    };
    // One processor instance writes its checkpoint (the lease): no concurrent writer to guard against.
    const result = await this.client.appendToStream(streamName, jsonEvent({ type: CHECKPOINT_TYPE, data }), {
      streamState: ANY,
    });
    if (result.nextExpectedRevision === 0n) await keepOnlyLatest(this.client, streamName);
  }

  async readSnapshot<State>(streamId: string, stateVersion: number): Promise<Snapshot<State> | null> {
    const stored = jsonObject(await readLastEvent(this.client, this.names.snapshot(streamId, stateVersion)));
    if (!stored) return null;
    const { streamVersion, state } = stored as StoredSnapshot;
    return { streamId, streamVersion, stateVersion, state: state as State };
  }

  /** Keeps the snapshot unless one of a later stream version is stored; a lost race leaves the newer one. */
  async writeSnapshot<State>(snapshot: Snapshot<State>): Promise<void> {
    const streamName = this.names.snapshot(snapshot.streamId, snapshot.stateVersion);
    const data: StoredSnapshot = { streamVersion: snapshot.streamVersion, state: snapshot.state };
    for (let attempt = 0; attempt < MAX_SNAPSHOT_ATTEMPTS; attempt++) {
      const last = await readLastEvent(this.client, streamName);
      const stored = jsonObject(last) as StoredSnapshot | null;
      if (stored && stored.streamVersion >= snapshot.streamVersion) return;
      try {
        await this.client.appendToStream(streamName, jsonEvent({ type: SNAPSHOT_TYPE, data }), {
          streamState: last ? last.revision : NO_STREAM,
        });
        if (!last) await keepOnlyLatest(this.client, streamName);
        return;
      } catch (error) {
        if (!isKurrentError(error, ErrorType.WRONG_EXPECTED_VERSION)) throw error;
      }
    }
    // Snapshots are disposable: after that many lost races, the one stored is as good a cache as ours.
  }
}

import { ANY, FORWARDS, jsonEvent, KurrentDBClient, RecordedEvent } from '@kurrent/kurrentdb-client';
import { EventEnvelope } from '@mutualis/shared/contracts';
import { toEnvelope } from './event-codec';
import { jsonObject, ON_LEADER, readEvents } from './kurrent-client';
import { StreamNames } from './stream-names';

const LOCATION_TYPE = 'mutualis.EventLocation';

/** Where an event was about to be appended (a type, not an interface, so that it is JSON data to the client). */
type EventLocation = {
  streamId: string;
  streamVersion: number;
};

/**
 * The index behind `eventsById`. KurrentDB finds events by stream and revision, never by event id, and without a
 * projection the only other way is to scan the namespace's whole `$all`. So before each append attempt, the store
 * writes for every event id a small `<namespace>#location/<id>` stream saying where the event is about to go.
 *
 * It is written ahead, not after: every stored event then has a location, whatever happens after the append (a crash,
 * a lost connection), and a location whose append failed points at a revision holding another event, or at none, so
 * a lookup checks the event found there before trusting it. That makes the lookup exact: it finds every stored event
 * with the id and nothing else. (KurrentDB 25.1's multi-stream append could write both atomically; the adapter keeps
 * to the single-stream API every supported server has.)
 */
export class EventLocations {
  constructor(
    private readonly client: KurrentDBClient,
    private readonly names: StreamNames,
  ) {}

  /** Records that these events are about to be appended to `streamId` from `firstVersion` on. */
  async recordAhead(ids: string[], streamId: string, firstVersion: number): Promise<void> {
    await Promise.all(
      ids.map((id, index) => {
        const data: EventLocation = { streamId, streamVersion: firstVersion + index };
        return this.client.appendToStream(this.names.location(id), jsonEvent({ type: LOCATION_TYPE, data }), {
          streamState: ANY,
        });
      }),
    );
  }

  /** The stored events (in the stored form) with these ids, in no particular order. */
  async find(ids: string[]): Promise<EventEnvelope[]> {
    const found = await Promise.all([...new Set(ids)].map((id) => this.findOne(id)));
    return found.flat();
  }

  private async findOne(id: string): Promise<EventEnvelope[]> {
    const records = await readEvents(this.client, this.names.location(id), {
      ...ON_LEADER,
      direction: FORWARDS,
    });
    const locations = new Map<string, EventLocation>();
    for (const record of records) {
      const location = jsonObject(record) as EventLocation | null;
      if (location) locations.set(`${location.streamVersion}@${location.streamId}`, location);
    }
    const candidates = await Promise.all([...locations.values()].map((location) => this.eventAt(location)));
    return candidates
      .filter((event): event is RecordedEvent => event?.id === id)
      .map((event) => toEnvelope(event, this.names));
  }

  private async eventAt(location: EventLocation): Promise<RecordedEvent | null> {
    const [event] = await readEvents(this.client, this.names.events(location.streamId), {
      ...ON_LEADER,
      direction: FORWARDS,
      fromRevision: BigInt(location.streamVersion - 1),
      maxCount: 1,
    });
    return event ?? null;
  }
}

// The same rule as a SQL schema name, so a service keeps one name whichever store it runs on.
const NAMESPACE = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * The KurrentDB stream names of one namespace. Event streams are `<namespace>/<streamId>`, the adapter's bookkeeping
 * streams `<namespace>#<kind>/...`: neither `/` nor `#` can occur in a namespace, so the prefix `<namespace>/`
 * selects exactly this namespace's events, never another namespace's nor the bookkeeping.
 */
export interface StreamNames {
  /** The prefix of every event stream of the namespace: the server-side filter of `$all` reads. */
  readonly eventPrefix: string;
  events(streamId: string): string;
  /** Our stream id of a KurrentDB event stream name of this namespace. */
  streamIdOf(streamName: string): string;
  /** Where an event with this id was (or was about to be) appended: the index behind `eventsById`. */
  location(eventId: string): string;
  checkpoint(processor: string): string;
  snapshot(streamId: string, stateVersion: number): string;
}

/** The stream names of a namespace, after checking the namespace. */
export function streamNames(namespace: string): StreamNames {
  if (!NAMESPACE.test(namespace)) {
    throw new Error(`invalid KurrentDB namespace "${namespace}": use lower-case letters, digits and _`);
  }
  const eventPrefix = `${namespace}/`;
  return {
    eventPrefix,
    events: (streamId) => `${eventPrefix}${streamId}`,
    streamIdOf: (streamName) => {
      if (!streamName.startsWith(eventPrefix)) {
        throw new Error(`stream ${streamName} is not an event stream of namespace ${namespace}`);
      }
      return streamName.slice(eventPrefix.length);
    },
    location: (eventId) => `${namespace}#location/${eventId}`,
    checkpoint: (processor) => `${namespace}#checkpoint/${processor}`,
    // The state version comes first: a stream id may itself contain `/`.
    snapshot: (streamId, stateVersion) => `${namespace}#snapshot/${stateVersion}/${streamId}`,
  };
}

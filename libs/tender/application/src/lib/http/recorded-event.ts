import { EventEnvelope } from '@mutualis/shared/contracts';

/**
 * The first event of a type whose data matches, from a tender's history: what the tender's state does not keep, such
 * as who asked a question, when a bid came, or a notice amendment, is in the recorded events and their envelopes.
 */
export function eventOf<Data>(
  events: EventEnvelope[],
  type: string,
  matches: (data: Data) => boolean,
): EventEnvelope<Data> | undefined {
  return events.find(
    (event): event is EventEnvelope<Data> => event.type === type && matches(event.data as Data),
  );
}

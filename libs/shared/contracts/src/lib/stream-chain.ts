import { contentHash } from './content-hash';
import { EventEnvelope } from './envelope';

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

/** Where a stream's chain has got to: its last version and that event's content hash. */
export interface ChainEnd {
  version: number;
  hash: string | null;
}

/** The end of a stream that has no event yet: its first event is version 1 and has no previous hash. */
export const CHAIN_START: ChainEnd = Object.freeze({ version: 0, hash: null });

/**
 * The break this event makes at the end of its stream's chain, or null. The version is checked before the hashes,
 * so a missing or reordered event is named as such rather than as the hash mismatch it also causes.
 */
export function chainBreak(event: EventEnvelope, end: ChainEnd): ChainBreak | null {
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

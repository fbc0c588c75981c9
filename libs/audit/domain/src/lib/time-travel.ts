import { contractDecider } from '@mutualis/contract/domain';
import { censusDecider, consortiumDecider } from '@mutualis/membership/domain';
import { EventEnvelope } from '@mutualis/shared/contracts';
import { Decider, fold } from '@mutualis/shared/event-sourcing';
import { supplierDecider } from '@mutualis/supplier/domain';
import { tenderDecider } from '@mutualis/tender/domain';

type Evolving = Pick<Decider<never, never, unknown>, 'initialState'> & {
  evolve(state: unknown, event: { type: string; data: unknown }): unknown;
};

/** The aggregates a stream can hold, by the prefix of its id: their own evolve rebuilds the state. */
const AGGREGATES: Record<string, Evolving> = {
  consortium: consortiumDecider as unknown as Evolving,
  census: censusDecider as unknown as Evolving,
  supplier: supplierDecider as unknown as Evolving,
  tender: tenderDecider as unknown as Evolving,
  contract: contractDecider as unknown as Evolving,
};

/** The kind of aggregate a stream holds (`tender`, `contract`…), or null for a stream the audit cannot rebuild. */
export function aggregateKind(streamId: string): string | null {
  const prefix = streamId.slice(0, streamId.indexOf('-'));
  return Object.hasOwn(AGGREGATES, prefix) ? prefix : null;
}

/**
 * The state of an aggregate rebuilt from its events as recorded up to a moment: those recorded at or before `asOf`
 * (or, with `position`, received by the ledger up to it), folded by the aggregate's own rules, exactly as its
 * service would have folded them then, with the ledger position of the last event folded (asking again up to that
 * position gives the same state). Null when the stream held no event yet.
 */
export function stateAsOf(
  streamId: string,
  events: { position: number; event: EventEnvelope }[],
  moment: { asOf?: string; position?: number },
): { state: unknown; version: number; lastRecordedAt: string; position: number } | null {
  const kind = aggregateKind(streamId);
  if (!kind) throw new RangeError(`no aggregate is rebuilt from stream ${streamId}`);
  const cutoff = moment.asOf === undefined ? undefined : Date.parse(moment.asOf);
  const upTo = events
    .filter(({ event }) => event.streamId === streamId)
    .filter(({ position }) => moment.position === undefined || position <= moment.position)
    .filter(({ event }) => cutoff === undefined || Date.parse(event.recordedAt) <= cutoff)
    .sort((a, b) => a.event.streamVersion - b.event.streamVersion);
  const last = upTo.at(-1);
  if (!last) return null;
  const decider = AGGREGATES[kind]!;
  return {
    state: fold(
      decider,
      decider.initialState,
      upTo.map(({ event }) => event),
    ),
    version: last.event.streamVersion,
    lastRecordedAt: last.event.recordedAt,
    position: Math.max(...upTo.map(({ position }) => position)),
  };
}

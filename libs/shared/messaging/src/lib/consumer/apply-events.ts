import { EventEnvelope } from '@mutualis/shared/contracts';
import { SqlExecutor, SqlQueryable } from '@mutualis/shared/event-store';

/** An event that does not follow the last one a projection applied for its stream. */
export class StreamGapError extends Error {
  constructor(event: EventEnvelope, last: number) {
    super(`${event.streamId} version ${event.streamVersion} arrived after version ${last}`);
    this.name = 'StreamGapError';
  }
}

export interface Applier {
  consumer: string;
  schema: string;
  streamOrder: boolean;
  acts(event: EventEnvelope): boolean;
  handle(event: EventEnvelope, tx: SqlQueryable): Promise<void>;
}

/**
 * Applies events in one transaction: inbox rows first (events already there are skipped), the projection's stream
 * positions next (an event out of stream order fails the whole transaction), then the handler for each new event.
 * One transaction, so one commit, for a whole batch: that is what keeps a consumer ahead of a steady load.
 */
export function applyEvents(sql: SqlExecutor, applier: Applier, events: EventEnvelope[]): Promise<void> {
  const s = applier.schema;
  return sql.transaction(async (tx) => {
    const { rows } = await tx.query<{ event_id: string }>(
      `INSERT INTO ${s}.inbox (consumer, event_id)
       SELECT $1, id::uuid FROM jsonb_array_elements_text($2::jsonb) AS id
       ON CONFLICT DO NOTHING RETURNING event_id`,
      [applier.consumer, JSON.stringify(events.map((event) => event.id))],
    );
    const fresh = new Set(rows.map((row) => row.event_id));
    const toApply = events.filter((event) => fresh.delete(event.id)); // once each, also if a batch repeats one
    if (applier.streamOrder) await advancePositions(tx, applier, toApply);
    for (const event of toApply) if (applier.acts(event)) await applier.handle(event, tx);
  });
}

async function advancePositions(tx: SqlQueryable, applier: Applier, events: EventEnvelope[]): Promise<void> {
  const s = applier.schema;
  const streams = [...new Set(events.map((event) => event.streamId))];
  if (streams.length === 0) return;
  const { rows } = await tx.query<{ stream_id: string; version: string }>(
    `SELECT stream_id, version FROM ${s}.stream_positions
     WHERE consumer = $1 AND stream_id IN (SELECT jsonb_array_elements_text($2::jsonb)) FOR UPDATE`,
    [applier.consumer, JSON.stringify(streams)],
  );
  const last = new Map(rows.map((row) => [row.stream_id, Number(row.version)]));
  for (const event of events) {
    const previous = last.get(event.streamId) ?? 0;
    if (event.streamVersion !== previous + 1) throw new StreamGapError(event, previous);
    last.set(event.streamId, event.streamVersion);
  }
  await tx.query(
    `INSERT INTO ${s}.stream_positions (consumer, stream_id, version)
     SELECT $1, p.stream_id, p.version FROM jsonb_to_recordset($2::jsonb) AS p(stream_id text, version bigint)
     ON CONFLICT (consumer, stream_id) DO UPDATE SET version = EXCLUDED.version`,
    [
      applier.consumer,
      JSON.stringify(streams.map((stream) => ({ stream_id: stream, version: last.get(stream) }))),
    ],
  );
}

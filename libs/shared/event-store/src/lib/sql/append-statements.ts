import { PreparedEvent } from '../prepare-events';

/** Most events one append may carry: 14 parameters an event, within PostgreSQL's 65,535 per statement. */
export const MAX_EVENTS_PER_APPEND = 4_000;

const EVENT_COLUMNS = `event_id, stream_id, stream_version, type, schema_version, consortium_id, occurred_at, recorded_at,
  actor, correlation_id, causation_id, data, content_hash, prev_hash`;
// The first row names the types; PostgreSQL resolves the other rows' parameters to the same types.
const FIRST_ROW_TYPES = [
  'uuid',
  'text',
  'bigint',
  'text',
  'integer',
  'text',
  'timestamptz',
  'timestamptz',
  'jsonb',
  'text',
  'text',
  'jsonb',
  'text',
  'text',
];
const PER_EVENT = FIRST_ROW_TYPES.length;
const FIXED_PARAMETERS = 4;

/** The parameters of one append's statement: the four of the stream write, then 14 per event, in column order. */
export function appendParameters(
  fixed: [string, number, string, number | string],
  events: PreparedEvent[],
): unknown[] {
  const params: unknown[] = [...fixed];
  for (const e of events) {
    params.push(
      e.id,
      e.streamId,
      e.streamVersion,
      e.type,
      e.schemaVersion,
      e.consortiumId,
      e.occurredAt,
      e.recordedAt,
    );
    params.push(
      JSON.stringify(e.actor),
      e.correlationId,
      e.causationId,
      JSON.stringify(e.data),
      e.contentHash,
      e.prevHash,
    );
  }
  return params;
}

function valuesList(events: number): string {
  const rows: string[] = [];
  for (let r = 0; r < events; r++) {
    const base = FIXED_PARAMETERS + r * PER_EVENT;
    const cells = FIRST_ROW_TYPES.map((type, c) =>
      r === 0 ? `$${base + c + 1}::${type}` : `$${base + c + 1}`,
    );
    rows.push(`(${cells.join(',')})`);
  }
  return rows.join(',');
}

function insertEvents(s: string, events: number): string {
  return `INSERT INTO ${s}.events (${EVENT_COLUMNS})
    SELECT e.* FROM head, (VALUES ${valuesList(events)}) AS e(${EVENT_COLUMNS})
    RETURNING global_position, transaction_id::text::bigint AS transaction_id, stream_version`;
}

/**
 * The two append statements of a schema for a number of events; each is a conditional write of the stream row
 * feeding a multi-row insert of the events, so an append is one statement and one round trip. Plain multi-row
 * VALUES (rather than one JSON document) keep the server's work close to a bare INSERT.
 */
export class AppendStatements {
  private readonly cache = new Map<string, string>();

  constructor(private readonly schema: string) {}

  /** $1 stream, $2 new version, $3 new last hash, $4 expected current version, then the events. */
  toExisting(events: number): string {
    return this.cached(
      `existing:${events}`,
      () =>
        `WITH head AS (
        UPDATE ${this.schema}.streams SET version = $2, last_hash = $3, updated_at = now()
        WHERE stream_id = $1 AND version = $4 AND archived_at IS NULL
        RETURNING stream_id
      ) ${insertEvents(this.schema, events)}`,
    );
  }

  /** $1 stream, $2 new version, $3 new last hash, $4 consortium, then the events. */
  toNew(events: number): string {
    return this.cached(
      `new:${events}`,
      () =>
        `WITH head AS (
        INSERT INTO ${this.schema}.streams (stream_id, version, last_hash, consortium_id) VALUES ($1, $2, $3, $4)
        ON CONFLICT (stream_id) DO NOTHING
        RETURNING stream_id
      ) ${insertEvents(this.schema, events)}`,
    );
  }

  private cached(key: string, build: () => string): string {
    let text = this.cache.get(key);
    if (text === undefined) {
      text = build();
      this.cache.set(key, text);
    }
    return text;
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { CONTEXT_SQL } from '@mutualis/shared/api';
import {
  CHAIN_START,
  ChainBreak,
  chainBreak,
  ChainEnd,
  Context,
  EventEnvelope,
  PLATFORM_TENANT,
  publishedUpcasters,
} from '@mutualis/shared/contracts';
import { migrate, SqlExecutor, SqlQueryable } from '@mutualis/shared/event-store';
import { LedgerEntry } from '@mutualis/audit/domain';

export const AUDIT_SCHEMA = 'audit';

/** The ledger as it stood at a moment: events recorded by `asOf`, received up to `position` (both inclusive). */
export interface LedgerCut {
  asOf?: string;
  position?: number;
}

export interface TimelineFilter extends LedgerCut {
  type?: string;
  streamId?: string;
  /** The acting user. */
  userId?: string;
  /** Recorded from, up to (instants, inclusive). */
  from?: string;
  to?: string;
  after?: number;
  limit: number;
}
const L = `${AUDIT_SCHEMA}.ledger`;

/** The SQL conditions of a cut, their values bound by `bind`. */
function cutConditions(cut: LedgerCut, bind: (value: unknown) => string): string[] {
  const where: string[] = [];
  if (cut.asOf !== undefined)
    where.push(`(envelope->>'recordedAt')::timestamptz <= ${bind(cut.asOf)}::timestamptz`);
  if (cut.position !== undefined) where.push(`position <= ${bind(cut.position)}`);
  return where;
}

/**
 * The audit ledger: every event the other contexts published, as received (the supplier registry's under the
 * `platform` tenant), in the order received (`position`),
 * with each stream's chain end. It has one writer, the ledger consumer, whose batches run one at a time: positions
 * are committed in order, so a seal over a range of positions never misses a late commit.
 */
@Injectable()
export class AuditLedger {
  /**
   * The ledger keeps each event as published, its content hash recomputable (entries, page, find: what verification
   * and sealing read); what reads its meaning (ofTypes, registrations, stream, timeline, currentEvents) gets older
   * events upcast to their contract's current shape.
   */
  private readonly upcasters = publishedUpcasters();

  constructor(@Inject(CONTEXT_SQL) private readonly sql: SqlExecutor) {}

  prepare(): Promise<number[]> {
    return migrate(
      this.sql,
      AUDIT_SCHEMA,
      [
        {
          version: 1,
          name: 'the ledger of received events and the end of each stream’s chain',
          sql: (s) => `
            CREATE TABLE ${s}.ledger (
              position bigserial PRIMARY KEY,
              event_id uuid NOT NULL UNIQUE,
              context text NOT NULL,
              consortium_id text NOT NULL,
              stream_id text NOT NULL,
              stream_version integer NOT NULL,
              type text NOT NULL,
              envelope jsonb NOT NULL,
              received_at timestamptz NOT NULL DEFAULT now()
            );
            CREATE INDEX ledger_consortium ON ${s}.ledger (consortium_id, position);
            CREATE TABLE ${s}.stream_heads (stream_id text PRIMARY KEY, version integer NOT NULL, hash text);`,
        },
      ],
      'audit-ledger',
    );
  }

  /**
   * Records an event as received and checks it against its stream's chain end, in the consumer's transaction.
   * A break is recorded too (never skipped): the chain end then follows the event received, so that one change
   * upstream raises one alert, not one per later event.
   */
  async record(
    context: Context,
    event: EventEnvelope,
    tx: SqlQueryable,
  ): Promise<{ position: number; broken: ChainBreak | null }> {
    const { rows: heads } = await tx.query<{ version: number; hash: string | null }>(
      `SELECT version, hash FROM ${AUDIT_SCHEMA}.stream_heads WHERE stream_id = $1 FOR UPDATE`,
      [event.streamId],
    );
    const end: ChainEnd = heads[0] ?? CHAIN_START;
    const broken = chainBreak(event, end);
    const { rows } = await tx.query<{ position: string }>(
      `INSERT INTO ${L} (event_id, context, consortium_id, stream_id, stream_version, type, envelope)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING position`,
      [
        event.id,
        context,
        event.consortiumId,
        event.streamId,
        event.streamVersion,
        event.type,
        JSON.stringify(event),
      ],
    );
    await tx.query(
      `INSERT INTO ${AUDIT_SCHEMA}.stream_heads (stream_id, version, hash) VALUES ($1, $2, $3)
       ON CONFLICT (stream_id) DO UPDATE SET version = EXCLUDED.version, hash = EXCLUDED.hash`,
      [event.streamId, event.streamVersion, event.contentHash],
    );
    return { position: Number(rows[0]!.position), broken };
  }

  /**
   * A consortium's ledger, in position order, from `afterPosition` (exclusive): up to `limit` entries, or all of them
   * (what verification and sealing need: a cut-off would look like missing events).
   */
  async entries(consortiumId: string, afterPosition = 0, limit?: number): Promise<LedgerEntry[]> {
    const { rows } = await this.sql.query<{ position: string; envelope: EventEnvelope }>(
      `SELECT position, envelope FROM ${L} WHERE consortium_id = $1 AND position > $2 ORDER BY position
       LIMIT ${limit === undefined ? 'ALL' : '$3'}`,
      limit === undefined ? [consortiumId, afterPosition] : [consortiumId, afterPosition, limit],
    );
    return rows.map((row) => ({ position: Number(row.position), event: row.envelope }));
  }

  /**
   * A page of a consortium's ledger for a reading of it up to `upTo`: entries after `afterPosition`, up to `upTo`
   * (positions, exclusive then inclusive), at most `limit`, in position order.
   */
  async page(
    consortiumId: string,
    afterPosition: number,
    upTo: number,
    limit: number,
  ): Promise<LedgerEntry[]> {
    const { rows } = await this.sql.query<{ position: string; envelope: EventEnvelope }>(
      `SELECT position, envelope FROM ${L} WHERE consortium_id = $1 AND position > $2 AND position <= $3
       ORDER BY position LIMIT $4`,
      [consortiumId, afterPosition, upTo, limit],
    );
    return rows.map((row) => ({ position: Number(row.position), event: row.envelope }));
  }

  /** How many entries a consortium's ledger holds now, and the position of its last one (0 when none). */
  async extent(consortiumId: string): Promise<{ entries: number; lastPosition: number }> {
    const { rows } = await this.sql.query<{ entries: string; position: string | null }>(
      `SELECT count(*) AS entries, max(position) AS position FROM ${L} WHERE consortium_id = $1`,
      [consortiumId],
    );
    return { entries: Number(rows[0]?.entries ?? 0), lastPosition: Number(rows[0]?.position ?? 0) };
  }

  /**
   * The events of some types in a consortium's ledger (or the platform's, for the supplier registry's), in order,
   * within the cut when one is given.
   */
  async ofTypes(
    consortiumId: string,
    types: readonly string[],
    cut: LedgerCut = {},
  ): Promise<EventEnvelope[]> {
    const params: unknown[] = [consortiumId, types];
    const where = [
      'consortium_id = $1',
      'type = ANY($2)',
      ...cutConditions(cut, (v) => `$${params.push(v)}`),
    ];
    const { rows } = await this.sql.query<{ envelope: EventEnvelope }>(
      `SELECT envelope FROM ${L} WHERE ${where.join(' AND ')} ORDER BY position`,
      params,
    );
    return rows.map((row) => this.upcasters.upcast(row.envelope));
  }

  /** The supplier registry's registrations of these companies (the platform's ledger), in order. */
  async registrations(sirets: string[]): Promise<EventEnvelope[]> {
    if (sirets.length === 0) return [];
    const { rows } = await this.sql.query<{ envelope: EventEnvelope }>(
      `SELECT envelope FROM ${L} WHERE consortium_id = $1 AND stream_id = ANY($2)
       AND type = 'supplier.SupplierRegistered' ORDER BY position`,
      [PLATFORM_TENANT, sirets.map((siret) => `supplier-${siret}`)],
    );
    return rows.map((row) => this.upcasters.upcast(row.envelope));
  }

  /** The attestations de vigilance these companies filed in the registry (the platform's ledger), in order. */
  async vigilanceAttestations(sirets: string[]): Promise<EventEnvelope[]> {
    if (sirets.length === 0) return [];
    const { rows } = await this.sql.query<{ envelope: EventEnvelope }>(
      `SELECT envelope FROM ${L} WHERE consortium_id = $1 AND stream_id = ANY($2)
       AND type = 'supplier.DocumentFiled' AND envelope->'data'->>'kind' = 'urssaf-vigilance' ORDER BY position`,
      [PLATFORM_TENANT, sirets.map((siret) => `supplier-${siret}`)],
    );
    return rows.map((row) => row.envelope);
  }

  /** The position of the consortium's last entry within the cut: how far a reading of it goes; null when none. */
  async lastPosition(consortiumId: string, cut: LedgerCut = {}): Promise<number | null> {
    const params: unknown[] = [consortiumId];
    const where = ['consortium_id = $1', ...cutConditions(cut, (v) => `$${params.push(v)}`)];
    const { rows } = await this.sql.query<{ position: string | null }>(
      `SELECT max(position) AS position FROM ${L} WHERE ${where.join(' AND ')}`,
      params,
    );
    const position = rows[0]?.position;
    return position === null || position === undefined ? null : Number(position);
  }

  /** One stream's entries in a consortium's ledger, in position order. */
  async stream(consortiumId: string, streamId: string): Promise<LedgerEntry[]> {
    const { rows } = await this.sql.query<{ position: string; envelope: EventEnvelope }>(
      `SELECT position, envelope FROM ${L} WHERE consortium_id = $1 AND stream_id = $2 ORDER BY position`,
      [consortiumId, streamId],
    );
    return rows.map((row) => ({
      position: Number(row.position),
      event: this.upcasters.upcast(row.envelope),
    }));
  }

  /** A consortium's acts, filtered, in position order: who did what, when, on which stream, caused by what. */
  async timeline(consortiumId: string, filter: TimelineFilter): Promise<LedgerEntry[]> {
    const params: unknown[] = [consortiumId, filter.after ?? 0];
    const bind = (value: unknown) => `$${params.push(value)}`;
    const where = ['consortium_id = $1', 'position > $2'];
    if (filter.type) where.push(`type = ${bind(filter.type)}`);
    if (filter.streamId) where.push(`stream_id = ${bind(filter.streamId)}`);
    if (filter.userId) where.push(`envelope->'actor'->>'userId' = ${bind(filter.userId)}`);
    if (filter.from)
      where.push(`(envelope->>'recordedAt')::timestamptz >= ${bind(filter.from)}::timestamptz`);
    if (filter.to) where.push(`(envelope->>'recordedAt')::timestamptz <= ${bind(filter.to)}::timestamptz`);
    where.push(...cutConditions(filter, bind));
    const { rows } = await this.sql.query<{ position: string; envelope: EventEnvelope }>(
      `SELECT position, envelope FROM ${L} WHERE ${where.join(' AND ')} ORDER BY position LIMIT ${bind(filter.limit)}`,
      params,
    );
    return rows.map((row) => ({
      position: Number(row.position),
      event: this.upcasters.upcast(row.envelope),
    }));
  }

  /** A consortium's whole ledger in position order, older events upcast: what the DECP and OCDS exports read. */
  async currentEvents(consortiumId: string): Promise<EventEnvelope[]> {
    return (await this.entries(consortiumId)).map((entry) => this.upcasters.upcast(entry.event));
  }

  /** Where an event stands in the ledger, or null. */
  async find(eventId: string): Promise<LedgerEntry | null> {
    const { rows } = await this.sql.query<{ position: string; envelope: EventEnvelope }>(
      `SELECT position, envelope FROM ${L} WHERE event_id = $1`,
      [eventId],
    );
    const row = rows[0];
    return row ? { position: Number(row.position), event: row.envelope } : null;
  }

  /** The consortia the ledger has received events of. */
  async consortia(): Promise<string[]> {
    const { rows } = await this.sql.query<{ consortium_id: string }>(
      `SELECT DISTINCT consortium_id FROM ${L} ORDER BY consortium_id`,
    );
    return rows.map((row) => row.consortium_id);
  }
}

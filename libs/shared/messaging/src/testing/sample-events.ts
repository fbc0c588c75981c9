import { EventContracts, NewEvent } from '@mutualis/shared/contracts';
import { EventStore, START } from '@mutualis/shared/event-sourcing';
import { SqlQueryable } from '@mutualis/shared/event-store';
import { ConsumerDefinition } from '../lib/consumer/run-consumer';

/** A small published language for the messaging tests: bids on tender lots. */
export const tenderContracts = new EventContracts([
  {
    type: 'tender.BidSubmitted',
    schemaVersion: 1,
    validate: (data) => {
      const amount = (data as { amountCents?: unknown } | null)?.amountCents;
      return Number.isSafeInteger(amount) && (amount as number) >= 0
        ? []
        : ['amountCents must be a non-negative integer'];
    },
  },
]);

export function bid(amountCents: unknown, overrides: Partial<NewEvent> = {}): NewEvent {
  return {
    type: 'tender.BidSubmitted',
    consortiumId: '0190c6a4-0000-7000-8000-0000000000aa',
    occurredAt: '2026-11-29T10:00:00+01:00',
    actor: { userId: 'supplier-agent', role: 'supplier', supplierSiret: '44306184100047' },
    correlationId: 'request-1',
    data: { amountCents },
    ...overrides,
  };
}

/** A projection of bids per tender: how many, their total, the versions seen in order (to catch reordering). */
export async function createBidTable(sql: SqlQueryable, schema: string): Promise<void> {
  await sql.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  await sql.query(`CREATE TABLE IF NOT EXISTS ${schema}.bids_per_tender (
    stream_id text PRIMARY KEY, bids integer NOT NULL, total_cents bigint NOT NULL, versions bigint[] NOT NULL)`);
}

export function bidProjection(
  schema: string,
  name: string,
  topic: string,
  overrides: Partial<ConsumerDefinition> = {},
): ConsumerDefinition {
  return {
    name,
    topics: [topic],
    contracts: tenderContracts,
    streamOrder: true,
    backoffMs: 20,
    handle: async (event, tx) => {
      await tx.query(
        `INSERT INTO ${schema}.bids_per_tender (stream_id, bids, total_cents, versions) VALUES ($1, 1, $2, ARRAY[$3::bigint])
         ON CONFLICT (stream_id) DO UPDATE SET bids = bids_per_tender.bids + 1,
           total_cents = bids_per_tender.total_cents + EXCLUDED.total_cents,
           versions = bids_per_tender.versions || EXCLUDED.versions`,
        [event.streamId, (event.data as { amountCents: number }).amountCents, event.streamVersion],
      );
    },
    ...overrides,
  };
}

export { eventually } from '@mutualis/shared/testing';

/** The rebuild the projections are compared with: bids and their total per tender, folded straight from the store. */
export async function bidsFromStore(
  store: EventStore,
): Promise<Map<string, { bids: number; total: number }>> {
  const expected = new Map<string, { bids: number; total: number }>();
  for (let after = START; ; ) {
    const page = await store.readAll({ after, limit: 1000 });
    if (page.events.length === 0) return expected;
    for (const event of page.events) {
      const row = expected.get(event.streamId) ?? { bids: 0, total: 0 };
      row.bids += 1;
      row.total += (event.data as { amountCents: number }).amountCents;
      expected.set(event.streamId, row);
    }
    after = page.checkpoint;
  }
}

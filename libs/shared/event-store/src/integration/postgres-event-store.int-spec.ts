import { Client } from 'pg';
import { useIntegrationEnvironment } from '@mutualis/shared/testing';
import { PostgresEventStore } from '../lib/postgres/postgres-event-store';
import { describeEventStoreContract } from '../testing/event-store-contract';

const environment = useIntegrationEnvironment();

async function sql(statements: string, params: unknown[] = []): Promise<void> {
  const client = new Client({ connectionString: environment().databaseUrl });
  await client.connect();
  try {
    await client.query(statements, params);
  } finally {
    await client.end();
  }
}

describeEventStoreContract(
  'PostgreSQL',
  async (schema, options) => {
    const store = await PostgresEventStore.open({
      connectionString: environment().databaseUrl,
      schema,
      ...options,
    });
    return {
      store,
      close: () => store.close(),
      tamper: async (eventId, data) => {
        await sql(`ALTER TABLE ${schema}.events DISABLE TRIGGER events_append_only`);
        await sql(`UPDATE ${schema}.events SET data = $2::jsonb WHERE event_id = $1`, [
          eventId,
          JSON.stringify(data),
        ]);
        await sql(`ALTER TABLE ${schema}.events ENABLE TRIGGER events_append_only`);
      },
      beginLateAppend: async (streamId, events) => {
        let commit!: () => void;
        const held = new Promise<void>((resolve) => (commit = resolve));
        let appended!: () => void;
        const appendedInside = new Promise<void>((resolve) => (appended = resolve));
        const transaction = store.transaction(async (tx) => {
          await tx.append(streamId, events);
          appended();
          await held;
        });
        await Promise.race([appendedInside, transaction]);
        return {
          commit: async () => {
            commit();
            await transaction;
          },
        };
      },
    };
  },
  { racingAppendsPerWriter: 300 },
);

describe('PostgreSQL wake-up across processes', () => {
  it('wakes a subscription of another store instance through NOTIFY', async () => {
    const options = { connectionString: environment().databaseUrl, schema: 'wakeup' };
    const reader = await PostgresEventStore.open(options);
    const writer = await PostgresEventStore.open(options);
    try {
      let delivered!: () => void;
      const arrived = new Promise<void>((resolve) => (delivered = resolve));
      // Polling every 10 minutes never fires within the test's time limit: only the notification can deliver.
      const subscription = reader.subscribe('projection', async () => delivered(), {
        pollIntervalMs: 600_000,
      });
      await subscription.caughtUp();
      await writer.append('tender-1', [
        {
          type: 'tender.TenderPublished',
          consortiumId: 'c-1',
          occurredAt: '2026-11-29T10:00:00+01:00',
          actor: { userId: 'u-1', role: 'coordinator' },
          correlationId: 'r-1',
          data: {},
        },
      ]);
      await arrived;
      await subscription.stop();
    } finally {
      await reader.close();
      await writer.close();
    }
  });
});

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
  { racingAppendsPerWriter: 1000 },
);

import { EmbeddedDatabase } from '../lib/pglite/embedded-database';
import { PgliteEventStore } from '../lib/pglite/pglite-event-store';
import { describeEventStoreContract } from '../testing/event-store-contract';

// One in-process database for the file; each test gets its own schema in it.
let database: EmbeddedDatabase;
beforeAll(async () => {
  database = await EmbeddedDatabase.open();
});
afterAll(async () => {
  await database.close();
});

describeEventStoreContract(
  'PGlite',
  async (schema, options) => {
    const store = await PgliteEventStore.open({ database, schema, ...options });
    return {
      store,
      close: () => store.close(),
      tamper: async (eventId, data) => {
        const sql = database.executor();
        await sql.exec(`ALTER TABLE ${schema}.events DISABLE TRIGGER events_append_only`);
        await sql.query(`UPDATE ${schema}.events SET data = $2::jsonb WHERE event_id = $1`, [
          eventId,
          JSON.stringify(data),
        ]);
        await sql.exec(`ALTER TABLE ${schema}.events ENABLE TRIGGER events_append_only`);
      },
    };
  },
  {
    noInterleavedTransactions: 'PGlite runs one transaction at a time, so commits cannot interleave',
    racingAppendsPerWriter: 100,
  },
);

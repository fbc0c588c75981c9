import { PGlite } from '@electric-sql/pglite';
import { PgliteEventStore } from '../lib/pglite/pglite-event-store';
import { describeEventStoreContract } from '../testing/event-store-contract';

// One in-process database for the file; each test gets its own schema in it.
let db: PGlite;
beforeAll(async () => {
  db = await PGlite.create();
});
afterAll(async () => {
  await db.close();
});

describeEventStoreContract(
  'PGlite',
  async (schema, options) => {
    const store = await PgliteEventStore.open({ db, schema, ...options });
    return {
      store,
      close: () => store.close(),
      tamper: async (eventId, data) => {
        await db.exec(`ALTER TABLE ${schema}.events DISABLE TRIGGER events_append_only`);
        await db.query(`UPDATE ${schema}.events SET data = $2::jsonb WHERE event_id = $1`, [
          eventId,
          JSON.stringify(data),
        ]);
        await db.exec(`ALTER TABLE ${schema}.events ENABLE TRIGGER events_append_only`);
      },
    };
  },
  {
    noInterleavedTransactions: 'PGlite runs one transaction at a time, so commits cannot interleave',
    racingAppendsPerWriter: 100,
  },
);

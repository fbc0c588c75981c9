import { describeEventStoreContract } from '../testing/event-store-contract';

// No KurrentDB server can run on the team machines (no Docker, no download of the server): the contract runs where
// one is reachable, e.g. KURRENTDB_URL=kurrentdb://127.0.0.1:2113?tls=false, and is reported as not run elsewhere.
const url = process.env['KURRENTDB_URL'];

if (url) {
  describeEventStoreContract(
    'KurrentDB',
    async (namespace, options) => {
      // Loaded here, so that the skipped case does not load the gRPC client (most of a second under Jest). A dynamic
      // import is an ECMAScript import to TypeScript, hence the `.js` path, which it and Jest's resolver map to the .ts.
      const { KurrentDbEventStore } = await import('../lib/kurrentdb/kurrentdb-event-store.js');
      const store = await KurrentDbEventStore.open({ connectionString: url, namespace, ...options });
      return { store, close: () => store.close() };
    },
    {
      noInterleavedTransactions:
        'KurrentDB commits each append atomically at the end of its log, so no event becomes readable behind one already read',
      noTampering: 'KurrentDB events are immutable: no client API can change a stored event',
      racingAppendsPerWriter: 200,
    },
  );
} else {
  it.skip('EventStore contract: KurrentDB (not run: KURRENTDB_URL is not set; no KurrentDB server can run on the team machines)', () =>
    undefined);
}

import {
  CHAIN_START,
  chainBreak,
  EventEnvelope,
  publishedUpcasters,
  tenderContracts,
  uuidv7,
} from '@mutualis/shared/contracts';
import { EmbeddedDatabase, PgliteEventStore, SqlQueryable } from '@mutualis/shared/event-store';
import { ConsumerDefinition, runConsumer } from '../lib/consumer/run-consumer';
import { listDeadLetters } from '../lib/consumer/dead-letter-operations';
import { InProcessEventBus } from '../lib/in-process/in-process-event-bus';
import { startRelay } from '../lib/relay';
import { eventually } from '../testing/sample-events';

/**
 * Upcasting where events are read: the store hands deciders and projections the current shape, the relay publishes
 * the stored form (its content hash recomputable), and consumers upcast on receipt before checking the contract.
 */
let database: EmbeddedDatabase;
beforeAll(async () => {
  database = await EmbeddedDatabase.open();
});
afterAll(() => database.close());

const CONSORTIUM = uuidv7();
const TENDER = uuidv7();

/** A consultation's creation as version 2 wrote it: without the reconductions, place and clauses of version 3. */
const creationOfVersion2 = {
  type: 'tender.TenderCreated',
  schemaVersion: 2,
  consortiumId: CONSORTIUM,
  occurredAt: '2026-03-02T09:00:00.000Z',
  actor: { userId: 'coordinator-user', role: 'coordinator' as const },
  correlationId: uuidv7(),
  data: {
    tenderId: TENDER,
    consortiumId: CONSORTIUM,
    object: 'Nettoyage des locaux',
    cpvCode: '90910000-9',
    nature: 'services',
    buyer: 'sub-central',
    lots: [{ number: 1, title: 'Nettoyage', estimatedCents: 8_000_000, smallLotMapa: false }],
    estimatedCents: 8_000_000,
    beneficiaries: ['21440184600016'],
    censusId: null,
    framework: null,
    nonAllotment: { ground: 'cannot-coordinate', motivation: 'Un seul site' },
    turnoverRequirementCents: null,
    innovative: false,
    tieBreak: 'drawing',
  },
};

describe('tender.TenderCreated version 2 in a store and on the bus of version 3', () => {
  it('is read upcast from the store, published as stored, and received upcast (or as stored by the ledger)', async () => {
    const store = await PgliteEventStore.open({
      database,
      schema: 'tender',
      upcasters: publishedUpcasters(),
    });
    const bus = new InProcessEventBus();
    const sql = database.executor();
    const topic = 'mutualis.tender.events';
    const received: Record<string, EventEnvelope[]> = { current: [], stored: [], unaware: [] };
    const consumer = (name: string, storedForm: boolean): ConsumerDefinition => ({
      name,
      topics: [topic],
      contracts: tenderContracts,
      storedForm,
      handle: async (event: EventEnvelope, _tx: SqlQueryable) => {
        received[name]!.push(event);
      },
    });
    const relay = startRelay({ store, bus, context: 'tender', topic });
    const consumers = [
      await runConsumer(consumer('current', false), {
        bus,
        sql,
        schema: 'current',
        upcasters: publishedUpcasters(),
      }),
      await runConsumer(consumer('stored', true), {
        bus,
        sql,
        schema: 'stored',
        upcasters: publishedUpcasters(),
      }),
      // A consumer that knows only the current contract and no upcaster: the older payload is not valid to it.
      await runConsumer(consumer('unaware', false), { bus, sql, schema: 'unaware' }),
    ];
    try {
      await store.append(`tender-${TENDER}`, [creationOfVersion2]);

      const [read] = await store.readStream(`tender-${TENDER}`);
      expect(read).toMatchObject({
        schemaVersion: 3,
        data: {
          tieBreak: 'drawing',
          reconductions: null,
          placeOfExecution: null,
          executionClauses: { socialClause: false, reservedContract: false, environmentalClause: false },
        },
      });
      const [stored] = await store.readStream(`tender-${TENDER}`, { upcast: false });
      expect(stored).toMatchObject({ schemaVersion: 2, data: creationOfVersion2.data });

      await eventually(
        'both consumers received it',
        async () => received['current']!.length === 1 && received['stored']!.length === 1,
      );
      expect(received['current']![0]).toMatchObject({ schemaVersion: 3, data: { reconductions: null } });
      expect(received['stored']![0]).toMatchObject({ schemaVersion: 2, data: creationOfVersion2.data });
      // What was published is what was hashed: the audit recomputes the content hash of the stored form.
      expect(chainBreak(received['stored']![0]!, CHAIN_START)).toBeNull();
      expect(chainBreak(read!, CHAIN_START)?.reason).toBe('content-hash');

      await eventually(
        'the unaware consumer dead-letters it',
        async () => (await listDeadLetters(bus, topic)).length === 1,
      );
      expect((await listDeadLetters(bus, topic))[0]).toMatchObject({
        reason: 'invalid-payload',
        consumer: 'unaware',
      });
      expect(received['unaware']).toEqual([]);
    } finally {
      for (const running of consumers) await running.stop();
      await relay.stop();
      await bus.close();
      await store.close();
    }
  });
});

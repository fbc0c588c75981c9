import { EventEnvelope, uuidv7 } from '@mutualis/shared/contracts';
import { PostgresEventStore } from '@mutualis/shared/event-store';
import { useIntegrationEnvironment } from '@mutualis/shared/testing';
import { startTenderApp, TenderApp } from '../testing/tender-app';

/**
 * A consultation created before `tender.TenderCreated` version 3 (reconductions, place and clauses of execution) is
 * stored as it was written, version 1 or 2; the service's store, opened by the context runtime, reads it upcast to
 * what it meant: no reconduction, the place unknown, no clause.
 */
const environment = useIntegrationEnvironment();
let service: TenderApp;
let store: PostgresEventStore;

const CONSORTIUM = uuidv7();

beforeAll(async () => {
  const { databaseUrl } = environment();
  service = await startTenderApp(databaseUrl);
  // A store without upcasters: it writes and reads the stored form only, as an older version of the service did.
  store = await PostgresEventStore.open({ connectionString: databaseUrl, schema: 'tender' });
}, 60_000);
environment.teardown(async () => {
  await store.close();
  await service.close();
});

/** A creation as versions 1 and 2 wrote it: without the properties of version 3. */
function olderCreation(tenderId: string, schemaVersion: 1 | 2) {
  return {
    type: 'tender.TenderCreated',
    schemaVersion,
    consortiumId: CONSORTIUM,
    occurredAt: '2026-03-02T09:00:00.000Z',
    actor: { userId: 'coordinator-user', role: 'coordinator' as const },
    correlationId: uuidv7(),
    data: {
      tenderId,
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
      ...(schemaVersion === 2 ? { tieBreak: 'drawing' } : {}),
    },
  };
}

describe('tender.TenderCreated of versions 1 and 2, read through the service’s store', () => {
  it.each([1, 2] as const)(
    'reads a version %i creation as version 3: no reconduction, place unknown, no clause',
    async (version) => {
      const tenderId = uuidv7();
      await store.append(`tender-${tenderId}`, [olderCreation(tenderId, version)], {
        expectedVersion: 'no-stream',
      });
      const [stored] = await store.readStream(`tender-${tenderId}`);
      expect(stored).toMatchObject({ schemaVersion: version });
      expect((stored as EventEnvelope<Record<string, unknown>>).data).not.toHaveProperty('reconductions');

      const response = await service
        .http()
        .get(`/consortia/${CONSORTIUM}/tenders/${tenderId}`)
        .set('Authorization', await service.bearer('coordinator', { consortia: [CONSORTIUM] }));
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        tenderId,
        estimatedCents: 8_000_000,
        reconductions: null,
        placeOfExecution: null,
        executionClauses: { socialClause: false, reservedContract: false, environmentalClause: false },
        tieBreak: version === 2 ? 'drawing' : 'price-then-drawing',
      });
    },
  );
});

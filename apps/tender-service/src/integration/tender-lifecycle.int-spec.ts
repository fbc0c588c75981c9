import { Pool } from 'pg';
import { requestFingerprint, Role } from '@mutualis/shared/api';
import { ContractSigned, eventsTopic, LotAwarded, tenderContracts, uuidv7 } from '@mutualis/shared/contracts';
import { pgExecutor } from '@mutualis/shared/event-store';
import { KafkaEventBus, RunningConsumer, runConsumer } from '@mutualis/shared/messaging';
import { useIntegrationEnvironment } from '@mutualis/shared/testing';
import {
  communeAuthority,
  consortiumFormed,
  freshSiret,
  memberJoined,
  publishContextEvents,
  supplierEvents,
} from '@mutualis/shared/api/testing';
import { startTenderApp, TenderApp } from '../testing/tender-app';

const environment = useIntegrationEnvironment();
let service: TenderApp;
let pool: Pool;
let contractBus: KafkaEventBus;
let contractSide: RunningConsumer;
let stopFixtures: () => Promise<void>;

// The broker is shared by every test file of the run and consumers read the topics from their start: this file's
// consortium and suppliers get identifiers of their own, so that no other file's events are folded into theirs.
const CONSORTIUM = uuidv7();
const SAINT_NAZAIRE = '21440184600016';
const CROSSAC = '21440050900011';
const ALPHA = freshSiret(); // compliant
const BETA = freshSiret(); // compliant
const EXCLUDED = freshSiret(); // excluded under L2141-1
const LAPSED = freshSiret(); // attestation de vigilance lapses before the deadline: it may bid, not be awarded

beforeAll(async () => {
  const { databaseUrl, kafkaBrokers } = environment();
  service = await startTenderApp(databaseUrl, { kafkaBrokers });
  service.setNow('2026-09-01T08:00:00+02:00');
  pool = new Pool({ connectionString: databaseUrl, max: 2 });
  pool.on('error', () => undefined); // an idle connection cut at the end must not fail the run
  await pool.query(
    'CREATE SCHEMA IF NOT EXISTS contract; CREATE TABLE IF NOT EXISTS contract.awards (event_id uuid PRIMARY KEY, stream_id text, type text, lot int, supplier_siret text)',
  );
  contractBus = new KafkaEventBus({ brokers: kafkaBrokers, clientId: 'contract-service' });
  contractSide = await runConsumer(
    {
      name: 'contract.tender-awards',
      topics: [eventsTopic('tender')],
      contracts: tenderContracts,
      handles: ['tender.LotAwarded', 'tender.ContractSigned'],
      handle: async (event, tx) => {
        const { lot, supplierSiret } = event.data as LotAwarded | ContractSigned;
        await tx.query(
          'INSERT INTO contract.awards (event_id, stream_id, type, lot, supplier_siret) VALUES ($1, $2, $3, $4, $5)',
          [event.id, event.streamId, event.type, lot, supplierSiret],
        );
      },
    },
    { bus: contractBus, sql: pgExecutor(pool), schema: 'contract' },
  );
  stopFixtures = await publishContextEvents(databaseUrl, kafkaBrokers, {
    supplier: {
      [`supplier-${ALPHA}`]: supplierEvents(ALPHA, 1, ['2026-08-01', '2027-02-01']),
      [`supplier-${BETA}`]: supplierEvents(BETA, 2, ['2026-08-01', '2027-02-01']),
      [`supplier-${EXCLUDED}`]: supplierEvents(
        EXCLUDED,
        3,
        ['2026-08-01', '2027-02-01'],
        [
          {
            type: 'supplier.ExclusionRecorded',
            data: {
              exclusionId: uuidv7(),
              ground: 'L2141-1',
              basis: 'plein-droit',
              decidedOn: '2025-03-10',
              endsOn: '2030-03-10',
              reference: 'TJ',
              description: 'Corruption',
            },
          },
        ],
      ),
      [`supplier-${LAPSED}`]: supplierEvents(LAPSED, 4, ['2026-03-20', '2026-09-20']),
    },
    membership: {
      [`consortium-${CONSORTIUM}`]: [
        consortiumFormed(CONSORTIUM, communeAuthority(SAINT_NAZAIRE, 'Saint-Nazaire', '44184')),
        ...memberJoined(CONSORTIUM, communeAuthority(CROSSAC, 'Crossac', '44050'), '2026-03-01'),
      ],
    },
  });
  // The tender service has learnt them through its consumers.
  const deadline = Date.now() + 45_000;
  const known = async () => {
    // Other test files publish suppliers and consortia on the same topics: count this file's own.
    const suppliers = await pool.query(
      'SELECT count(*)::int AS n FROM tender.supplier_eligibility WHERE siret = ANY($1)',
      [[ALPHA, BETA, EXCLUDED, LAPSED]],
    );
    const consortia = await pool.query(
      'SELECT facts FROM tender.consortium_membership WHERE consortium_id = $1',
      [CONSORTIUM],
    );
    const members = Object.keys(consortia.rows[0]?.facts.members ?? {}).length;
    return suppliers.rows[0].n === 4 && members === 2;
  };
  while (!(await known())) {
    if (Date.now() > deadline)
      throw new Error('the tender service never learnt the suppliers and the consortium');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}, 120_000);
environment.teardown(async () => {
  await contractSide.stop();
  await contractBus.close();
  await stopFixtures();
  await pool.end();
  await service.close();
});

const ALPHA_BID = {
  lot: 1,
  amountCents: 11_537_911,
  documents: [{ name: 'offre.pdf', sha256: 'e'.repeat(64) }],
  declaration: 'dume',
};
const coordinatorPath = (path: string) => `/consortia/${CONSORTIUM}/tenders${path}`;
async function as(role: Role, siret?: string) {
  return service.bearer(
    role,
    role === 'supplier' ? { supplierSiret: siret!, consortia: [CONSORTIUM] } : { consortia: [CONSORTIUM] },
  );
}
async function post(path: string, body: object = {}, role: Role = 'coordinator', siret?: string) {
  return service
    .http()
    .post(path)
    .set('Authorization', await as(role, siret))
    .send(body);
}
async function get(path: string, role: Role = 'coordinator', siret?: string) {
  return service
    .http()
    .get(path)
    .set('Authorization', await as(role, siret));
}
/** A problem answer without its correlation id, which differs from one request to the next. */
const problemOf = (response: { status: number; body: { correlationId?: string } }) => {
  const { correlationId: _correlationId, ...problem } = response.body;
  return { status: response.status, ...problem };
};
const UNKNOWN = '0192f4c5-0000-7000-8000-000000000000';

describe('a tender of two lots, from creation to signature, on PostgreSQL and Kafka', () => {
  let tenderId: string;
  const bids: Record<string, string> = {};
  const criteria = [
    { name: 'Prix', weightPercent: 40, kind: 'price' },
    { name: 'Valeur technique', weightPercent: 50, kind: 'quality' },
    { name: 'Sobriété énergétique', weightPercent: 10, kind: 'environmental' },
  ];

  it('is created for the members of the day (a groupement of communes: a sub-central buyer), with its procedure and criteria, and published under the rules of its launch date', async () => {
    // R2123-1 3°: only services can be social and other specific services of the CCP's annex.
    const specificSupplies = await post(coordinatorPath(''), {
      object: 'Fournitures dites services sociaux',
      cpvCode: '30200000',
      nature: 'supplies',
      specificServicesCategory: 'health-social',
      lots: [{ number: 1, title: 'Lot unique', estimatedCents: 30_000_000 }],
      nonAllotment: { ground: 'cannot-coordinate', motivation: 'Un seul titulaire' },
    });
    expect([
      specificSupplies.status,
      specificSupplies.body.type,
      specificSupplies.body.legalReference,
    ]).toEqual([422, 'urn:mutualis:rule:specific-services-not-services', 'R2123-1 3°']);
    const created = await post(coordinatorPath(''), {
      object: 'Cybersécurité des communes',
      cpvCode: '79212000',
      nature: 'services',
      lots: [
        // T11 per lot: 1.5 × this lot's 120 000 €, more than the other lot's value would allow (R2142-8).
        {
          number: 1,
          title: 'Audit de sécurité',
          estimatedCents: 12_000_000,
          turnoverRequirementCents: 18_000_000,
        },
        { number: 2, title: 'Supervision (SOC)', estimatedCents: 9_600_000 },
      ],
    });
    expect([created.status, created.body.type]).toEqual([201, undefined]);
    tenderId = created.body.tenderId;
    const mapa = await post(coordinatorPath(`/${tenderId}/procedure`), {
      procedure: 'mapa',
      plannedLaunchOn: '2026-09-01',
    });
    expect(mapa.status).toBe(422);
    expect(mapa.body).toMatchObject({
      type: 'urn:mutualis:rule:formalised-procedure-required',
      legalReference: 'L2124-1',
    });
    expect(
      (
        await post(coordinatorPath(`/${tenderId}/procedure`), {
          procedure: 'open',
          plannedLaunchOn: '2026-09-01',
        })
      ).status,
    ).toBe(201);
    for (const lot of [1, 2])
      expect((await post(coordinatorPath(`/${tenderId}/lots/${lot}/criteria`), { criteria })).status).toBe(
        201,
      );
    const tooShort = await post(coordinatorPath(`/${tenderId}/publication`), {
      deadlineAt: '2026-09-30T12:00:00+02:00',
      electronic: true,
      pin: false,
      urgency: false,
    });
    expect(tooShort.status).toBe(422);
    expect(tooShort.body.type).toBe('urn:mutualis:rule:deadline-too-short');
    expect(
      (
        await post(coordinatorPath(`/${tenderId}/publication`), {
          deadlineAt: '2026-10-05T12:00:00+02:00',
          electronic: true,
          pin: false,
          urgency: false,
        })
      ).status,
    ).toBe(201);
    const read = await service
      .http()
      .get(coordinatorPath(`/${tenderId}`))
      .set('Authorization', await as('auditor'));
    expect(read.body).toMatchObject({
      estimatedCents: 21_600_000,
      buyer: 'sub-central',
      beneficiaries: [CROSSAC, SAINT_NAZAIRE],
      published: { publicity: 'boamp-and-joue' },
    });
  });

  it('takes sealed bids on their DUME from suppliers not excluded, the one whose attestation lapsed included (R2143-3), refusing the excluded one with its reason', async () => {
    service.setNow('2026-09-20T09:00:00+02:00');
    const bid = (siret: string, amountCents: number) =>
      post(
        `/tenders/${tenderId}/bids`,
        {
          lot: 1,
          amountCents,
          documents: [{ name: 'offre.pdf', sha256: 'e'.repeat(64) }],
          declaration: 'dume',
        },
        'supplier',
        siret,
      );
    // Sent with an Idempotency-Key: the fingerprint kept of the request must not give the price away either.
    const alpha = await service
      .http()
      .post(`/tenders/${tenderId}/bids`)
      .set('Authorization', await as('supplier', ALPHA))
      .set('Idempotency-Key', 'bid-alpha-1')
      .send(ALPHA_BID);
    const beta = await bid(BETA, 12_082_453);
    expect([alpha.status, beta.status]).toEqual([201, 201]);
    bids['alpha'] = alpha.body.bidId;
    bids['beta'] = beta.body.bidId;
    expect(alpha.headers['location']).toBe(`/tenders/${tenderId}/bids/${alpha.body.bidId}`);
    expect(beta.headers['location']).toBe(`/tenders/${tenderId}/bids/${beta.body.bidId}`);
    const replayed = await service
      .http()
      .post(`/tenders/${tenderId}/bids`)
      .set('Authorization', await as('supplier', ALPHA))
      .set('Idempotency-Key', 'bid-alpha-1')
      .send(ALPHA_BID);
    expect([replayed.status, replayed.headers['location']]).toEqual([201, alpha.headers['location']]);
    const excluded = await bid(EXCLUDED, 9_000_000);
    expect(excluded.status).toBe(422);
    expect(excluded.body).toMatchObject({
      type: 'urn:mutualis:rule:supplier-not-eligible',
      legalReference: 'L2141-1',
      values: { reasons: ['excluded'] },
    });
    const lapsed = await bid(LAPSED, 9_000_000);
    expect(lapsed.status).toBe(201);
    bids['lapsed'] = lapsed.body.bidId;
    const undeclared = await post(
      `/tenders/${tenderId}/bids`,
      { ...ALPHA_BID, declaration: undefined },
      'supplier',
      BETA,
    );
    expect([undeclared.status, undeclared.body.type]).toEqual([
      400,
      'urn:mutualis:problem:validation-failed',
    ]);
  });

  it('shows a bid before the opening only to the supplier that submitted it, as a receipt without its content; to anyone else, the coordinator included, it is sealed (409) whether it exists or not', async () => {
    const own = await get(`/tenders/${tenderId}/bids/${bids['alpha']}`, 'supplier', ALPHA);
    expect(own.status).toBe(200);
    expect(own.body).toEqual({
      bidId: bids['alpha'],
      lot: 1,
      submittedAt: '2026-09-20T07:00:00.000Z',
      contentSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    for (const secret of ['11537911', 'offre.pdf', 'amountCents', 'documents', 'ciphertext', ALPHA])
      expect(JSON.stringify(own.body)).not.toContain(secret);

    // The answer `GET …/bids` gives before the opening is the one every other reader gets.
    const list = await get(coordinatorPath(`/${tenderId}/bids`), 'coordinator');
    expect(problemOf(list)).toMatchObject({
      status: 409,
      type: 'urn:mutualis:problem:conflict',
      rule: 'bids-sealed',
    });
    const sealed = [
      await get(`/tenders/${tenderId}/bids/${bids['alpha']}`, 'supplier', BETA),
      await get(`/tenders/${tenderId}/bids/${bids['alpha']}`, 'coordinator'),
      await get(`/tenders/${tenderId}/bids/${bids['alpha']}`, 'auditor'),
      await get(`/tenders/${tenderId}/bids/${UNKNOWN}`, 'coordinator'),
      await get(`/tenders/${tenderId}/bids/${UNKNOWN}`, 'supplier', ALPHA),
    ];
    for (const answer of sealed) {
      expect(problemOf(answer)).toEqual(problemOf(list));
      expect(JSON.stringify(answer.body)).not.toMatch(/11537911|offre\.pdf|contentSha256/);
    }
    expect((await get(`/tenders/${tenderId}/bids/${bids['alpha']}`, 'member-buyer')).status).toBe(403);
    const elsewhere = await service
      .http()
      .get(`/tenders/${tenderId}/bids/${bids['alpha']}`)
      .set('Authorization', await service.bearer('coordinator', { consortia: [uuidv7()] }));
    expect(elsewhere.status).toBe(404);
  });

  it('answers a notice amendment with the Location where the consortium’s readers find it', async () => {
    const summary = 'Ajout du plan des sites au dossier de consultation';
    const amended = await post(coordinatorPath(`/${tenderId}/amendments`), { summary });
    expect(amended.status).toBe(201);
    const { amendmentId } = amended.body;
    expect(amended.headers['location']).toBe(coordinatorPath(`/${tenderId}/amendments/${amendmentId}`));
    const read = await get(amended.headers['location']!, 'coordinator');
    expect([read.status, read.body]).toEqual([200, { amendmentId, sentOn: '2026-09-20', summary }]);
    expect((await get(amended.headers['location']!, 'auditor')).status).toBe(200);
    expect((await get(coordinatorPath(`/${tenderId}/amendments/${UNKNOWN}`), 'coordinator')).status).toBe(
      404,
    );
  });

  it('publishes a candidate’s question and its answer to every candidate, without the name of who asked', async () => {
    const text = 'L’audit couvre-t-il les écoles des communes membres ?';
    const posted = await post(`/tenders/${tenderId}/questions`, { lot: 1, text }, 'supplier', ALPHA);
    expect(posted.status).toBe(201);
    const { questionId } = posted.body;
    const location = `/tenders/${tenderId}/questions/${questionId}`;
    expect(posted.headers['location']).toBe(location);
    const asked = await service
      .http()
      .get(coordinatorPath(`/${tenderId}`))
      .set('Authorization', await as('coordinator'));
    expect(Object.keys(asked.body.questions)).toEqual([questionId]);
    expect(asked.body.questions[questionId]).toEqual({ lot: 1, text, answer: null });
    // Its asker and the coordinator read it on its own, without a name; another candidate does not.
    const byAsker = await get(location, 'supplier', ALPHA);
    expect([byAsker.status, byAsker.body]).toEqual([200, { questionId, lot: 1, text, answer: null }]);
    const byCoordinator = await get(location, 'coordinator');
    expect([byCoordinator.status, byCoordinator.body]).toEqual([200, byAsker.body]);
    const byOther = await get(location, 'supplier', BETA);
    expect(byOther.status).toBe(404);
    expect(JSON.stringify(byOther.body)).not.toContain(ALPHA);
    expect((await get(`/tenders/${tenderId}/questions/${UNKNOWN}`, 'supplier', ALPHA)).status).toBe(404);
    const answer = 'Oui : les écoles sont dans le périmètre de l’audit.';
    expect((await post(coordinatorPath(`/${tenderId}/answers`), { questionId, answer })).status).toBe(201);
    expect((await get(location, 'supplier', ALPHA)).body).toEqual({ questionId, lot: 1, text, answer });

    const read = await service
      .http()
      .get(`/tenders/${tenderId}`)
      .set('Authorization', await as('supplier', BETA));
    expect(read.status).toBe(200);
    expect(read.body.questions).toEqual({ [questionId]: { lot: 1, text, answer } });
    expect(JSON.stringify(read.body)).not.toContain(ALPHA);
  });

  it('keeps the amounts and documents unreadable in PostgreSQL and through the API until the opening, readable after', async () => {
    const { rows } = await pool.query('SELECT data::text AS data FROM tender.events');
    const stored = rows.map((row) => row.data).join('\n');
    expect(stored).not.toContain('11537911');
    expect(stored).not.toContain('offre.pdf');
    const kept = await pool.query(
      "SELECT fingerprint, coalesce(body::text, '') AS body FROM tender.idempotency_keys",
    );
    expect(kept.rows).toHaveLength(1);
    const guessed = requestFingerprint('POST', `/tenders/${tenderId}/bids`, ALPHA_BID);
    expect(kept.rows[0].fingerprint).not.toBe(guessed);
    expect(kept.rows[0].body).not.toContain('11537911');
    const sealed = await service
      .http()
      .get(coordinatorPath(`/${tenderId}/bids`))
      .set('Authorization', await as('coordinator'));
    expect(sealed.status).toBe(409);
    const history = async () =>
      (
        await service
          .http()
          .get(coordinatorPath(`/${tenderId}/history`))
          .set('Authorization', await as('auditor'))
      ).body.events.filter((event: { type: string }) => event.type === 'tender.BidSubmitted');
    // Before the opening the history shows when bids came, not who sent them nor what.
    const beforeOpening = await history();
    expect(beforeOpening).toHaveLength(3);
    for (const event of beforeOpening) expect([event.data, event.actor]).toEqual([undefined, undefined]);
    expect((await post(coordinatorPath(`/${tenderId}/opening`))).status).toBe(422); // before the deadline

    service.setNow('2026-10-05T14:00:00+02:00');
    expect((await post(coordinatorPath(`/${tenderId}/opening`))).status).toBe(201);
    const opened = await service
      .http()
      .get(coordinatorPath(`/${tenderId}/bids`))
      .set('Authorization', await as('auditor'));
    expect(opened.status).toBe(200);
    const amounts = Object.fromEntries(
      opened.body.map((bid: { supplierSiret: string; content: { amountCents: number } }) => [
        bid.supplierSiret,
        bid.content.amountCents,
      ]),
    );
    expect(amounts).toEqual({ [ALPHA]: 11_537_911, [BETA]: 12_082_453, [LAPSED]: 9_000_000 });
    expect(
      (await history()).map((event: { data: { supplierSiret: string } }) => event.data.supplierSiret),
    ).toEqual([ALPHA, BETA, LAPSED]);
  });

  it('shows a bid after the opening as the opened list does to the coordinator and the auditors, and still only its receipt to its supplier', async () => {
    const list = await get(coordinatorPath(`/${tenderId}/bids`), 'auditor');
    const listed = list.body.find((bid: { bidId: string }) => bid.bidId === bids['alpha']);
    for (const role of ['coordinator', 'auditor'] as const) {
      const read = await get(`/tenders/${tenderId}/bids/${bids['alpha']}`, role);
      expect([read.status, read.body]).toEqual([200, listed]);
      expect(read.body).toMatchObject({ supplierSiret: ALPHA, content: { amountCents: 11_537_911 } });
    }
    const own = await get(`/tenders/${tenderId}/bids/${bids['alpha']}`, 'supplier', ALPHA);
    expect([own.status, Object.keys(own.body).sort()]).toEqual([
      200,
      ['bidId', 'contentSha256', 'lot', 'submittedAt'],
    ]);
    expect(own.body.contentSha256).toBe(listed.contentSha256);
    expect((await get(`/tenders/${tenderId}/bids/${bids['alpha']}`, 'supplier', BETA)).status).toBe(404);
    expect((await get(`/tenders/${tenderId}/bids/${UNKNOWN}`, 'coordinator')).status).toBe(404);
    expect((await get(`/tenders/${tenderId}/bids/${UNKNOWN}`, 'supplier', ALPHA)).status).toBe(404);
    expect((await get(`/tenders/${tenderId}/bids/${bids['alpha']}`, 'member-buyer')).status).toBe(403);
  });

  it('asks the best-ranked for its certificates, declares it inadmissible when they are not produced in time (R2144-4, R2144-7), awards lot 1 to the next after the standstill, declares lot 2 unsuccessful, and the contract side hears the award through Kafka', async () => {
    const scores = (price: number, quality: number) => ({
      scores: [
        { criterion: 'Prix', score: price },
        { criterion: 'Valeur technique', score: quality },
        { criterion: 'Sobriété énergétique', score: 80 },
      ],
    });
    expect(
      (await post(coordinatorPath(`/${tenderId}/bids/${bids['alpha']}/scores`), scores(100, 80))).status,
    ).toBe(201);
    expect(
      (await post(coordinatorPath(`/${tenderId}/bids/${bids['beta']}/scores`), scores(100, 80))).status,
    ).toBe(201);
    expect(
      (await post(coordinatorPath(`/${tenderId}/bids/${bids['lapsed']}/scores`), scores(100, 100))).status,
    ).toBe(201);
    // Equal totals and equal price: the consultation's default rule (price, then a drawing) leaves them tied (L3).
    const tied = await post(coordinatorPath(`/${tenderId}/lots/1/award`));
    expect([tied.status, tied.body.type, tied.body.legalReference]).toEqual([
      422,
      'urn:mutualis:rule:tie-not-broken',
      'L3',
    ]);
    const drawing = {
      bidIds: [bids['alpha'], bids['beta']],
      drawnBy: 'Maître Durand, commissaire de justice',
    };
    expect((await post(coordinatorPath(`/${tenderId}/lots/1/tie-drawings`), drawing)).status).toBe(201);
    // The best-ranked's attestation de vigilance lapsed: the award waits for the documents asked of it alone.
    const unasked = await post(coordinatorPath(`/${tenderId}/lots/1/award`));
    expect([unasked.status, unasked.body.type, unasked.body.legalReference]).toEqual([
      422,
      'urn:mutualis:rule:award-documents-not-requested',
      'R2144-4',
    ]);
    const requests = coordinatorPath(`/${tenderId}/lots/1/award-documents-requests`);
    expect((await post(requests, { dueOn: '2026-10-06' })).status).toBe(201);
    expect((await post(coordinatorPath(`/${tenderId}/lots/1/award`))).body.type).toBe(
      'urn:mutualis:rule:award-documents-awaited',
    );
    const declarations = coordinatorPath(`/${tenderId}/lots/1/inadmissibility-declarations`);
    expect((await post(declarations, {})).body.type).toBe('urn:mutualis:rule:award-documents-awaited');
    service.setNow('2026-10-07T09:00:00+02:00');
    expect((await post(declarations, { nextDueOn: '2026-10-12' })).status).toBe(201);
    expect((await post(coordinatorPath(`/${tenderId}/lots/1/award`))).status).toBe(201);
    expect(
      (await post(coordinatorPath(`/${tenderId}/lots/1/rejection-notices`), { electronic: true })).status,
    ).toBe(201);
    service.setNow('2026-10-17T09:00:00+02:00');
    const early = await post(coordinatorPath(`/${tenderId}/lots/1/signature`), { amountCents: 11_537_911 });
    expect(early.status).toBe(422);
    expect(early.body).toMatchObject({
      type: 'urn:mutualis:rule:standstill-not-observed',
      legalReference: 'R2182-1',
    });
    service.setNow('2026-10-18T09:00:00+02:00');
    expect(
      (await post(coordinatorPath(`/${tenderId}/lots/1/signature`), { amountCents: 11_537_911 })).status,
    ).toBe(201);
    expect(
      (
        await post(coordinatorPath(`/${tenderId}/lots/2/closure`), {
          outcome: 'unsuccessful',
          reason: 'Aucune offre reçue',
        })
      ).status,
    ).toBe(201);

    const read = await service
      .http()
      .get(coordinatorPath(`/${tenderId}`))
      .set('Authorization', await as('auditor'));
    expect(read.body.signed['1']).toMatchObject({
      supplierSiret: ALPHA,
      signedOn: '2026-10-18',
      awardNoticeDueBy: '2026-11-17',
    });
    expect(read.body.documentRequests['1']).toMatchObject({
      supplierSiret: LAPSED,
      documents: ['urssaf-vigilance'],
      requestedOn: '2026-10-05',
      dueOn: '2026-10-06',
    });
    expect(read.body.evaluation.rejected).toEqual({ [bids['lapsed']!]: 'ineligible' });
    expect(read.body.closed['2']).toMatchObject({ outcome: 'unsuccessful' });
    expect(read.body.specificServicesCategory).toBeNull();
    expect([
      read.body.tieBreak,
      read.body.lots.map((lot: { turnoverRequirementCents: number | null }) => lot.turnoverRequirementCents),
    ]).toEqual(['price-then-drawing', [18_000_000, null]]);
    expect(read.body.evaluation.tieDrawings).toEqual([
      {
        lot: 1,
        bidIds: [bids['alpha'], bids['beta']],
        drawnBy: 'Maître Durand, commissaire de justice',
        drawnOn: '2026-10-05',
      },
    ]);
    const board = await service
      .http()
      .get(coordinatorPath('?minPosition=0'))
      .set('Authorization', await as('member-buyer'));
    expect(board.body.tenders).toEqual([
      expect.objectContaining({ tenderId, stage: 'decided', lots: 2, lotsSigned: 1, lotsClosed: 1 }),
    ]);

    const deadline = Date.now() + 45_000;
    const heard = async () =>
      // Other test files publish awards on the same topic: this tender's are the ones to hear.
      (
        await pool.query(
          'SELECT type, lot, supplier_siret FROM contract.awards WHERE stream_id = $1 ORDER BY type',
          [`tender-${tenderId}`],
        )
      ).rows;
    while ((await heard()).length < 2 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await heard()).toEqual([
      { type: 'tender.ContractSigned', lot: 1, supplier_siret: ALPHA },
      { type: 'tender.LotAwarded', lot: 1, supplier_siret: ALPHA },
    ]);
  });

  it('T15 (R2183-1): records the avis d’attribution of the signed lot once, dated from its signature up to today', async () => {
    service.setNow('2026-10-20T09:00:00+02:00');
    const notice = (lot: number, publishedOn: string) =>
      post(coordinatorPath(`/${tenderId}/lots/${lot}/award-notice`), {
        publishedOn,
        reference: 'BOAMP 26-154321',
      });
    const ruleOf = async (answer: Promise<{ status: number; body: { type?: string } }>) => {
      const { status, body } = await answer;
      return [status, body.type];
    };
    expect(await ruleOf(notice(1, '2026-10-17'))).toEqual([422, 'urn:mutualis:rule:award-notice-date']);
    expect(await ruleOf(notice(1, '2026-10-21'))).toEqual([422, 'urn:mutualis:rule:award-notice-date']);
    expect(await ruleOf(notice(2, '2026-10-20'))).toEqual([422, 'urn:mutualis:rule:lot-not-signed']);
    expect((await notice(1, '2026-10-18')).status).toBe(201);
    expect(await ruleOf(notice(1, '2026-10-20'))).toEqual([422, 'urn:mutualis:rule:award-notice-recorded']);
    const history = await service
      .http()
      .get(coordinatorPath(`/${tenderId}/history`))
      .set('Authorization', await as('auditor'));
    expect(history.body.events.at(-1)).toMatchObject({
      type: 'tender.AwardNoticePublished',
      data: { lot: 1, publishedOn: '2026-10-18', reference: 'BOAMP 26-154321' },
    });
  });
});

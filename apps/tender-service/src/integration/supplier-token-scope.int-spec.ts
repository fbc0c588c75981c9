import { Role } from '@mutualis/shared/api';
import {
  communeAuthority,
  consortiumFormed,
  freshSiret,
  memberJoined,
  publishContextEvents,
  supplierEvents,
} from '@mutualis/shared/api/testing';
import { uuidv7 } from '@mutualis/shared/contracts';
import { eventually, useIntegrationEnvironment } from '@mutualis/shared/testing';
import { startTenderApp, TenderApp } from '../testing/tender-app';

const environment = useIntegrationEnvironment();
let service: TenderApp;
let stopFixtures: () => Promise<void>;

// The broker is shared by every test file of the run: this file's consortia and supplier are its own.
const CONSORTIUM_A = uuidv7(); // where the supplier's token was minted
const CONSORTIUM_C = uuidv7(); // the groupement that runs the consultation
const SAINT_NAZAIRE = '21440184600016';
const CROSSAC = '21440050900011';
const SUPPLIER = freshSiret();

beforeAll(async () => {
  const { databaseUrl, kafkaBrokers } = environment();
  service = await startTenderApp(databaseUrl, { kafkaBrokers });
  service.setNow('2026-09-01T08:00:00+02:00');
  stopFixtures = await publishContextEvents(databaseUrl, kafkaBrokers, {
    supplier: { [`supplier-${SUPPLIER}`]: supplierEvents(SUPPLIER, 1, ['2026-08-01', '2027-02-01']) },
    membership: {
      [`consortium-${CONSORTIUM_C}`]: [
        consortiumFormed(CONSORTIUM_C, communeAuthority(SAINT_NAZAIRE, 'Saint-Nazaire', '44184')),
        ...memberJoined(CONSORTIUM_C, communeAuthority(CROSSAC, 'Crossac', '44050'), '2026-03-01'),
      ],
    },
  });
}, 120_000);
environment.teardown(async () => {
  await stopFixtures();
  await service.close();
});

const coordinatorPath = (path: string) => `/consortia/${CONSORTIUM_C}/tenders${path}`;
const supplierOf = (consortia: string[]) =>
  service.bearer('supplier', { supplierSiret: SUPPLIER, consortia });
async function send(method: 'get' | 'post', path: string, authorization: string, body?: object) {
  const request = service.http()[method](path).set('Authorization', authorization);
  return body === undefined ? request : request.send(body);
}
const asBuyer = (role: Role) => service.bearer(role, { consortia: [CONSORTIUM_C] });
const BID = {
  lot: 1,
  amountCents: 11_000_000,
  documents: [{ name: 'offre.pdf', sha256: 'e'.repeat(64) }],
  declaration: 'dume',
};

describe("a supplier token's consortia (L3: any supplier answers any published consultation, with a token naming the groupement that runs it)", () => {
  let tenderId: string;

  beforeAll(async () => {
    const creation = {
      object: 'Cybersécurité des communes',
      cpvCode: '79212000',
      nature: 'services',
      lots: [
        { number: 1, title: 'Audit de sécurité', estimatedCents: 12_000_000 },
        { number: 2, title: 'Supervision (SOC)', estimatedCents: 9_600_000 },
      ],
    };
    const coordinator = await asBuyer('coordinator');
    let created = await send('post', coordinatorPath(''), coordinator, creation);
    await eventually('the groupement is known to the tender service', async () => {
      if (created.status !== 201) created = await send('post', coordinatorPath(''), coordinator, creation);
      return created.status === 201;
    });
    tenderId = created.body.tenderId;
    const criteria = [
      { name: 'Prix', weightPercent: 40, kind: 'price' },
      { name: 'Valeur technique', weightPercent: 50, kind: 'quality' },
      { name: 'Sobriété énergétique', weightPercent: 10, kind: 'environmental' },
    ];
    const steps: [string, object][] = [
      [`/${tenderId}/procedure`, { procedure: 'open', plannedLaunchOn: '2026-09-01' }],
      [`/${tenderId}/lots/1/criteria`, { criteria }],
      [`/${tenderId}/lots/2/criteria`, { criteria }],
      [
        `/${tenderId}/publication`,
        { deadlineAt: '2026-10-05T12:00:00+02:00', electronic: true, pin: false, urgency: false },
      ],
    ];
    for (const [path, body] of steps) {
      const step = await send('post', coordinatorPath(path), coordinator, body);
      expect([step.status, step.body.type]).toEqual([201, undefined]);
    }
    service.setNow('2026-09-20T09:00:00+02:00');
  }, 60_000);

  it('lets a supplier with no tie to the groupement read and bid with a token naming it', async () => {
    const token = await supplierOf([CONSORTIUM_C]);
    expect((await send('get', `/tenders/${tenderId}`, token)).status).toBe(200);
    let bid = await send('post', `/tenders/${tenderId}/bids`, token, BID);
    await eventually('the supplier is known to the tender service', async () => {
      if (bid.status !== 201) bid = await send('post', `/tenders/${tenderId}/bids`, token, BID);
      return bid.status === 201;
    });
    // A token naming several groupements speaks for each of them.
    const both = await supplierOf([CONSORTIUM_A, CONSORTIUM_C]);
    expect((await send('get', `/tenders/${tenderId}`, both)).status).toBe(200);
  });

  it('refuses (403, not ignored) a token minted for consortium A on consortium C’s consultation: to read it, ask, bid, withdraw, and records nothing', async () => {
    const tokenA = await supplierOf([CONSORTIUM_A]);
    const tenders = `/tenders/${tenderId}`;
    const attempts = [
      await send('get', tenders, tokenA),
      await send('post', `${tenders}/bids`, tokenA, { ...BID, amountCents: 9_000_000 }),
      await send('post', `${tenders}/questions`, tokenA, {
        lot: 1,
        text: 'Le périmètre inclut-il les écoles ?',
      }),
      await send('get', `${tenders}/bids/${uuidv7()}`, tokenA),
      await send('post', `${tenders}/bids/${uuidv7()}/withdrawal`, tokenA, {}),
    ];
    for (const attempt of attempts) {
      expect([attempt.status, attempt.body.type]).toEqual([403, 'urn:mutualis:problem:forbidden']);
      expect(attempt.body.detail).toMatch(/does not speak for the consortium that runs this consultation/);
    }
    const read = await send('get', coordinatorPath(`/${tenderId}`), await asBuyer('auditor'));
    expect(read.body).toMatchObject({ bidCount: 1 });
    const history = await send('get', coordinatorPath(`/${tenderId}/history`), await asBuyer('auditor'));
    const types = history.body.events.map((event: { type: string }) => event.type);
    expect(types.filter((type: string) => type === 'tender.BidSubmitted')).toHaveLength(1);
    expect(types).not.toContain('tender.QuestionAsked');
  });
});

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

// The broker is shared by every test file of the run: this file's consortium and suppliers are its own.
const CONSORTIUM = uuidv7();
const SAINT_NAZAIRE = '21440184600016';
const CROSSAC = '21440050900011';
const SELECTED = freshSiret();
const NOT_SELECTED = freshSiret();
const EXCLUDED = freshSiret();

beforeAll(async () => {
  const { databaseUrl, kafkaBrokers } = environment();
  service = await startTenderApp(databaseUrl, { kafkaBrokers });
  service.setNow('2026-09-01T08:00:00+02:00');
  const exclusion = {
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
  };
  stopFixtures = await publishContextEvents(databaseUrl, kafkaBrokers, {
    supplier: {
      [`supplier-${SELECTED}`]: supplierEvents(SELECTED, 1, ['2026-08-01', '2027-02-01']),
      [`supplier-${NOT_SELECTED}`]: supplierEvents(NOT_SELECTED, 2, ['2026-08-01', '2027-02-01']),
      [`supplier-${EXCLUDED}`]: supplierEvents(EXCLUDED, 3, ['2026-08-01', '2027-02-01'], [exclusion]),
    },
    membership: {
      [`consortium-${CONSORTIUM}`]: [
        consortiumFormed(CONSORTIUM, communeAuthority(SAINT_NAZAIRE, 'Saint-Nazaire', '44184')),
        ...memberJoined(CONSORTIUM, communeAuthority(CROSSAC, 'Crossac', '44050'), '2026-03-01'),
      ],
    },
  });
}, 120_000);
environment.teardown(async () => {
  await stopFixtures();
  await service.close();
});

const tenders = (path: string) => `/consortia/${CONSORTIUM}/tenders${path}`;
async function post(path: string, body: object = {}, role: Role = 'coordinator', siret?: string) {
  const claims =
    role === 'supplier' ? { supplierSiret: siret!, consortia: [CONSORTIUM] } : { consortia: [CONSORTIUM] };
  return service
    .http()
    .post(path)
    .set('Authorization', await service.bearer(role, claims))
    .send(body);
}
async function statusAndBody(path: string, role: Role, siret?: string) {
  const claims =
    role === 'supplier' ? { supplierSiret: siret!, consortia: [CONSORTIUM] } : { consortia: [CONSORTIUM] };
  const response = await service
    .http()
    .get(path)
    .set('Authorization', await service.bearer(role, claims));
  return [response.status, response.body];
}
const ruleOf = (response: { body: { type?: string } }) =>
  response.body.type?.replace('urn:mutualis:rule:', '');

describe('a restricted procedure: candidatures, selection, then offers from the invited only', () => {
  it('selects among candidatures and takes offers from the invited candidates, under T6 from the invitation', async () => {
    // The consortium's members arrive through Kafka: until then the buyer category cannot be derived (400).
    const creation = {
      object: 'Centre de supervision de sécurité (SOC) mutualisé',
      cpvCode: '72000000',
      nature: 'services',
      lots: [{ number: 1, title: 'Supervision', estimatedCents: 40_000_000 }],
      nonAllotment: { ground: 'technically-difficult-or-costly', motivation: 'Une seule supervision' },
    };
    let created = await post(tenders(''), creation);
    await eventually('the consortium is known to the tender service', async () => {
      if (created.status !== 201) created = await post(tenders(''), creation);
      return created.status === 201;
    });
    const tender = (path: string) => tenders(`/${created.body.tenderId}${path}`);
    const criteria = [
      { name: 'Prix', weightPercent: 40, kind: 'price' },
      { name: 'Valeur technique', weightPercent: 50, kind: 'quality' },
      { name: 'Sobriété énergétique', weightPercent: 10, kind: 'environmental' },
    ];
    expect(
      (await post(tender('/procedure'), { procedure: 'restricted', plannedLaunchOn: '2026-09-01' })).status,
    ).toBe(201);
    expect((await post(tender('/lots/1/criteria'), { criteria })).status).toBe(201);
    const notice = { deadlineAt: '2026-10-05T12:00:00+02:00', electronic: true, pin: false, urgency: false };
    expect((await post(tender('/publication'), notice)).status).toBe(201);

    // The suppliers' facts arrive through Kafka; the candidatures are taken until 5 October.
    service.setNow('2026-09-20T09:00:00+02:00');
    const candidates = `/tenders/${created.body.tenderId}/candidatures`;
    let candidature = await post(candidates, { form: 'dume' }, 'supplier', SELECTED);
    await eventually('the selected supplier is known to the tender service', async () => {
      if (candidature.status !== 201)
        candidature = await post(candidates, { form: 'dume' }, 'supplier', SELECTED);
      return candidature.status === 201;
    });
    expect((await post(candidates, { form: 'dc1-dc2' }, 'supplier', NOT_SELECTED)).status).toBe(201);
    // The candidature is read where its answer says: by its candidate and the consultation's readers, by no other.
    const { candidatureId } = candidature.body;
    expect(candidature.headers['location']).toBe(`${candidates}/${candidatureId}`);
    const submitted = { candidatureId, supplierSiret: SELECTED, form: 'dume' };
    expect(await statusAndBody(candidature.headers['location']!, 'supplier', SELECTED)).toEqual([
      200,
      submitted,
    ]);
    expect(await statusAndBody(candidature.headers['location']!, 'coordinator')).toEqual([200, submitted]);
    expect((await statusAndBody(candidature.headers['location']!, 'supplier', NOT_SELECTED))[0]).toBe(404);
    expect((await statusAndBody(`${candidates}/${uuidv7()}`, 'supplier', SELECTED))[0]).toBe(404);
    const excluded = await post(candidates, { form: 'dume' }, 'supplier', EXCLUDED);
    expect([excluded.status, ruleOf(excluded)]).toEqual([422, 'supplier-not-eligible']);
    const offer = {
      lot: 1,
      amountCents: 38_000_000,
      documents: [{ name: 'offre.pdf', sha256: 'e'.repeat(64) }],
      declaration: 'dume',
    };
    const tooSoon = await post(`/tenders/${created.body.tenderId}/bids`, offer, 'supplier', SELECTED);
    expect([tooSoon.status, ruleOf(tooSoon)]).toEqual([422, 'candidates-not-invited']);

    // Invited on 6 October: offers sent electronically need 25 days.
    service.setNow('2026-10-06T09:00:00+02:00');
    const invitation = { suppliers: [SELECTED], electronic: true };
    const short = await post(tender('/invitations'), {
      ...invitation,
      offersDeadlineAt: '2026-10-30T12:00:00+01:00',
    });
    expect([short.status, ruleOf(short), short.body.legalReference]).toEqual([
      422,
      'deadline-too-short',
      'R2161-8 2°',
    ]);
    const invited = await post(tender('/invitations'), {
      ...invitation,
      offersDeadlineAt: '2026-10-31T12:00:00+01:00',
    });
    expect(invited.status).toBe(201);

    service.setNow('2026-10-20T09:00:00+02:00');
    const uninvited = await post(`/tenders/${created.body.tenderId}/bids`, offer, 'supplier', NOT_SELECTED);
    expect([uninvited.status, ruleOf(uninvited)]).toEqual([422, 'not-invited']);
    expect((await post(`/tenders/${created.body.tenderId}/bids`, offer, 'supplier', SELECTED)).status).toBe(
      201,
    );

    const read = await service
      .http()
      .get(tender(''))
      .set('Authorization', await service.bearer('auditor', { consortia: [CONSORTIUM] }));
    expect(read.body).toMatchObject({
      deadlineAt: '2026-10-31T11:00:00.000Z',
      invited: { suppliers: [SELECTED], sentOn: '2026-10-06' },
      bidCount: 1,
    });
    expect(read.body.candidatures).toHaveLength(2);
  });
});

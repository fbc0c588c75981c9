import { Role } from '@mutualis/shared/api';
import {
  communeAuthority,
  consortiumFormed,
  freshSiret,
  memberJoined,
  publishContextEvents,
  supplierEvents,
  tenderCreated,
} from '@mutualis/shared/api/testing';
import { uuidv7 } from '@mutualis/shared/contracts';
import { eventually, useIntegrationEnvironment } from '@mutualis/shared/testing';
import { ContractApp, startContractApp } from '../testing/contract-app';
import { notificationBody, signedTenderEvents } from '../testing/contract-fixtures';

/**
 * C9 (R2112-4) through Kafka and PostgreSQL: the consultations announce a tacit reconduction of a marché of 12 months
 * (tender.TenderCreated version 3); the contract service opens each contract with it, notifies them with it and no
 * other, records the tacit reconduction at the term, or ends the contract whose reconduction the buyer declined.
 */
const environment = useIntegrationEnvironment();
let service: ContractApp;
let stopFixtures: () => Promise<void>;

// The broker is shared by every test file of the run: this file's consortium, tenders and holder are its own.
const CONSORTIUM = uuidv7();
const RECONDUCTED_TENDER = uuidv7();
const DECLINED_TENDER = uuidv7();
const HOLDER = freshSiret();
const SAINT_NAZAIRE = '21440184600016';
const CROSSAC = '21440050900011';
const TACIT = { count: 1, monthsEach: 12, tacit: true };
const contracts: Record<string, string> = {};

beforeAll(async () => {
  const { databaseUrl, kafkaBrokers } = environment();
  service = await startContractApp(databaseUrl, { kafkaBrokers });
  service.setNow('2026-09-01T10:00:00+02:00');
  const tender = (tenderId: string) => {
    const [, ...afterCreation] = signedTenderEvents({
      tenderId,
      consortiumId: CONSORTIUM,
      holderSiret: HOLDER,
      beneficiaries: [SAINT_NAZAIRE, CROSSAC],
      amountCents: 20_000_000,
      framework: false,
    });
    const creation = tenderCreated(tenderId, CONSORTIUM, {
      beneficiaries: [SAINT_NAZAIRE, CROSSAC],
      lots: [{ number: 1, title: 'Audit', estimatedCents: 20_000_000, smallLotMapa: false }],
      estimatedCents: 20_000_000,
      reconductions: { initialMonths: 12, ...TACIT },
      placeOfExecution: { code: '44', kind: 'department' },
      executionClauses: { socialClause: false, reservedContract: false, environmentalClause: true },
    });
    return [{ ...creation, schemaVersion: 3 }, ...afterCreation];
  };
  stopFixtures = await publishContextEvents(databaseUrl, kafkaBrokers, {
    membership: {
      [`consortium-${CONSORTIUM}`]: [
        consortiumFormed(CONSORTIUM, communeAuthority(SAINT_NAZAIRE, 'Saint-Nazaire', '44184')),
        ...memberJoined(CONSORTIUM, communeAuthority(CROSSAC, 'Crossac', '44050'), '2026-03-01'),
      ],
    },
    supplier: { [`supplier-${HOLDER}`]: supplierEvents(HOLDER, 1, ['2026-08-01', '2027-02-01']) },
    tender: {
      [`tender-${RECONDUCTED_TENDER}`]: tender(RECONDUCTED_TENDER),
      [`tender-${DECLINED_TENDER}`]: tender(DECLINED_TENDER),
    },
  });
  await eventually('both contracts are opened and listed', async () => {
    const listed = await get('/contracts?minPosition=0');
    for (const contract of listed.body.contracts ?? []) contracts[contract.tenderId] = contract.contractId;
    return Object.keys(contracts).length === 2;
  });
}, 120_000);
environment.teardown(async () => {
  await stopFixtures();
  await service.close();
});

const as = (role: Role) => service.bearer(role, { consortia: [CONSORTIUM] });
async function get(path: string) {
  return service
    .http()
    .get(`/consortia/${CONSORTIUM}${path}`)
    .set('Authorization', await as('coordinator'));
}
async function post(path: string, body: object) {
  return service
    .http()
    .post(`/consortia/${CONSORTIUM}${path}`)
    .set('Authorization', await as('coordinator'))
    .send(body);
}
const ruleOf = (response: { body: { type?: string } }) =>
  response.body.type?.replace('urn:mutualis:rule:', '');
const reconducted = (path = '') => `/contracts/${contracts[RECONDUCTED_TENDER]}${path}`;
const declined = (path = '') => `/contracts/${contracts[DECLINED_TENDER]}${path}`;

describe('C9: the reconductions are the tender’s (R2112-4)', () => {
  it('C9 (R2112-4): opens the contract with the tender’s reconduction and initial period, notifies it with them and no other', async () => {
    expect((await get(reconducted())).body).toMatchObject({ durationMonths: 12, tenderedRenewals: TACIT });
    const other = await post(reconducted('/notification'), {
      ...notificationBody({ durationMonths: 12 }),
      renewals: { ...TACIT, count: 2 },
    });
    expect([other.status, ruleOf(other), other.body.legalReference]).toEqual([
      422,
      'renewals-not-as-tendered',
      'R2112-4',
    ]);
    for (const contract of [reconducted, declined]) {
      expect((await post(contract('/notification'), notificationBody({ durationMonths: 12 }))).status).toBe(
        201,
      );
    }
    expect((await get(reconducted())).body).toMatchObject({
      terms: { durationMonths: 12, endsOn: '2027-06-30', renewals: TACIT },
    });
  });

  it('C9 (R2112-4): on the term’s last day the buyer may still decline; the tacit reconduction is not recorded yet', async () => {
    service.setNow('2027-06-30T10:00:00+02:00');
    const early = await post(reconducted('/renewals'), {});
    expect([early.status, ruleOf(early)]).toEqual([422, 'tacit-renewal-before-term']);
    const decision = await post(declined('/non-renewal'), {
      reason: 'Le besoin est couvert par le marché régional',
    });
    expect(decision.status).toBe(201);
    expect((await get(declined())).body).toMatchObject({ renewalDeclined: true, endsOn: '2027-06-30' });
  });

  it('C9 (R2112-4): the day after the term, the contract not declined was reconducted; the declined one ends', async () => {
    service.setNow('2027-07-01T10:00:00+02:00');
    const ended = await post(reconducted('/end'), {});
    expect([ended.status, ruleOf(ended)]).toEqual([422, 'contract-tacitly-renewed']);
    const late = await post(reconducted('/non-renewal'), { reason: 'Trop tard' });
    expect([late.status, ruleOf(late)]).toEqual([422, 'contract-term-passed']);
    expect((await post(reconducted('/renewals'), {})).status).toBe(201);
    expect((await get(reconducted())).body).toMatchObject({
      renewals: 1,
      endsOn: '2028-06-30',
      status: 'running',
    });

    const renewal = await post(declined('/renewals'), {});
    expect([renewal.status, ruleOf(renewal)]).toEqual([422, 'renewal-declined']);
    expect((await post(declined('/end'), {})).status).toBe(201);
    expect((await get(declined())).body).toMatchObject({ status: 'ended', renewals: 0 });
  });
});

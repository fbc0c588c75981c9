import { Role } from '@mutualis/shared/api';
import {
  communeAuthority,
  consortiumFormed,
  memberJoined,
  NewEventData,
  publishContextEvents,
} from '@mutualis/shared/api/testing';
import { uuidv7 } from '@mutualis/shared/contracts';
import { eventually, useIntegrationEnvironment } from '@mutualis/shared/testing';
import { startTenderApp, TenderApp } from '../testing/tender-app';

/**
 * The membership service closes a needs census and publishes it; the tender service learns it through the real
 * Kafka and holds the tender answering it to the census: its members, and the value of the whole need (T1).
 */
const environment = useIntegrationEnvironment();
let service: TenderApp;
let stopFixtures: () => Promise<void>;

// The broker is shared by every test file of the run: this file's consortium and census are its own.
const CONSORTIUM = uuidv7();
const CENSUS = uuidv7();
const SAINT_NAZAIRE = '21440184600016';
const CROSSAC = '21440050900011';
const MESANGER = '21440096200012';
const census = (type: string, data: unknown): NewEventData => ({ type, consortiumId: CONSORTIUM, data });
const needs = (memberSiret: string, audit: number, soc: number) =>
  census('membership.NeedsSubmitted', {
    memberSiret,
    submittedOn: '2026-02-20',
    needs: [
      { lot: 1, annualCents: audit, optionsAnnualCents: 0 },
      { lot: 2, annualCents: soc, optionsAnnualCents: 0 },
    ],
  });

beforeAll(async () => {
  const { databaseUrl, kafkaBrokers } = environment();
  service = await startTenderApp(databaseUrl, { kafkaBrokers });
  service.setNow('2026-03-02T09:00:00+01:00');
  stopFixtures = await publishContextEvents(databaseUrl, kafkaBrokers, {
    membership: {
      [`consortium-${CONSORTIUM}`]: [
        consortiumFormed(CONSORTIUM, communeAuthority(SAINT_NAZAIRE, 'Saint-Nazaire', '44184')),
        ...memberJoined(CONSORTIUM, communeAuthority(CROSSAC, 'Crossac', '44050'), '2026-02-01'),
        ...memberJoined(CONSORTIUM, communeAuthority(MESANGER, 'Mésanger', '44096'), '2026-02-01'),
      ],
      [`census-${CENSUS}`]: [
        census('membership.CensusOpened', {
          censusId: CENSUS,
          consortiumId: CONSORTIUM,
          object: 'Cybersécurité des communes',
          cpvCode: '72000000-5',
          lots: [
            { number: 1, title: 'Audit' },
            { number: 2, title: 'Supervision (SOC)' },
          ],
          duration: { initialMonths: 24, renewals: 0, monthsPerRenewal: 0 },
          options: '',
          openedOn: '2026-02-10',
        }),
        needs(SAINT_NAZAIRE, 3_000_000, 5_000_000),
        needs(CROSSAC, 1_000_000, 2_000_000),
        census('membership.CensusClosed', {
          closedOn: '2026-02-27',
          wholeDurationMonths: 24,
          perLot: [
            { lot: 1, cents: 8_000_000, members: 2 },
            { lot: 2, cents: 14_000_000, members: 2 },
          ],
          totalCents: 22_000_000,
          beneficiaries: [CROSSAC, SAINT_NAZAIRE],
        }),
      ],
    },
  });
}, 120_000);
environment.teardown(async () => {
  await stopFixtures();
  await service.close();
});

const tenders = `/consortia/${CONSORTIUM}/tenders`;
const as = (role: Role) => service.bearer(role, { consortia: [CONSORTIUM] });
const create = async (censusId: string, socCents: number) =>
  service
    .http()
    .post(tenders)
    .set('Authorization', await as('coordinator'))
    .send({
      object: 'Cybersécurité des communes',
      cpvCode: '72000000',
      nature: 'services',
      censusId,
      lots: [
        { number: 1, title: 'Audit', estimatedCents: 8_000_000 },
        { number: 2, title: 'Supervision (SOC)', estimatedCents: socCents },
      ],
    });
const ruleOf = (response: { body: { type?: string } }) =>
  response.body.type?.replace('urn:mutualis:rule:', '');

describe('a tender answering a closed needs census (T1, R2121-1)', () => {
  it('is refused until the census is closed, and below its total; then covers its members', async () => {
    let below = await create(CENSUS, 13_999_999);
    await eventually('the census closure reached the tender service through Kafka', async () => {
      below = await create(CENSUS, 13_999_999);
      return ruleOf(below) === 'estimate-below-census';
    });
    expect(below.status).toBe(422);
    expect(below.body).toMatchObject({ values: { estimatedCents: 21_999_999, censusCents: 22_000_000 } });

    const refusedUnknown = await create(uuidv7(), 14_000_000);
    expect([refusedUnknown.status, ruleOf(refusedUnknown)]).toEqual([422, 'census-not-closed']);

    const created = await create(CENSUS, 14_000_000);
    expect(created.status).toBe(201);
    expect(created.headers['location']).toBe(`${tenders}/${created.body.tenderId}`);
    const read = await service
      .http()
      .get(created.headers['location']!)
      .set('Authorization', await as('auditor'));
    // Mésanger joined but expressed no needs: the census's members are the tender's beneficiaries.
    expect(read.body).toMatchObject({
      censusId: CENSUS,
      estimatedCents: 22_000_000,
      beneficiaries: [CROSSAC, SAINT_NAZAIRE],
    });
  });
});

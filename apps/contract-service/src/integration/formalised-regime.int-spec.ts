import { Role } from '@mutualis/shared/api';
import {
  communeAuthority,
  consortiumFormed,
  freshSiret,
  publishContextEvents,
  supplierEvents,
} from '@mutualis/shared/api/testing';
import { uuidv7 } from '@mutualis/shared/contracts';
import { eventually, useIntegrationEnvironment } from '@mutualis/shared/testing';
import { ContractApp, startContractApp } from '../testing/contract-app';
import { notificationBody, signedTenderEvents } from '../testing/contract-fixtures';

const environment = useIntegrationEnvironment();
let service: ContractApp;
let stopFixtures: () => Promise<void>;

// The broker is shared by every test file of the run: this file's consortium, tenders and holder are its own.
const CONSORTIUM = uuidv7();
const HOLDER = freshSiret();
const SAINT_NAZAIRE = '21440184600016';
/** Services of 100 000 € HT, below the EU threshold of 216 000 € HT in force at the launch (1 April 2026). */
const AMOUNT = 10_000_000;
const TENDERS = {
  /** An appel d'offres ouvert chosen below the threshold, its notice saying so (version 2). */
  'open-below': {
    procedure: { procedure: 'open', required: 'mapa' },
    notice: { required: 'mapa', regime: 'formalised' },
  },
  /** The same, from a version 1 notice that did not say its regime. */
  'open-below-v1': { procedure: { procedure: 'open', required: 'mapa' }, notice: { required: 'mapa' } },
  /** A MAPA below the threshold. */
  'mapa-below': {
    procedure: { procedure: 'mapa', required: 'mapa' },
    notice: { required: 'mapa', regime: 'mapa', publicity: 'boamp-or-jal' },
  },
} as const;
const tenderIds = Object.fromEntries(Object.keys(TENDERS).map((name) => [name, uuidv7()])) as Record<
  keyof typeof TENDERS,
  string
>;

beforeAll(async () => {
  const { databaseUrl, kafkaBrokers } = environment();
  service = await startContractApp(databaseUrl, { kafkaBrokers });
  service.setNow('2026-09-01T10:00:00+02:00');
  stopFixtures = await publishContextEvents(databaseUrl, kafkaBrokers, {
    membership: {
      [`consortium-${CONSORTIUM}`]: [
        consortiumFormed(CONSORTIUM, communeAuthority(SAINT_NAZAIRE, 'Saint-Nazaire', '44184')),
      ],
    },
    supplier: { [`supplier-${HOLDER}`]: supplierEvents(HOLDER, 1, ['2026-08-01', '2027-02-01']) },
    tender: Object.fromEntries(
      (Object.keys(TENDERS) as (keyof typeof TENDERS)[]).map((name) => [
        `tender-${tenderIds[name]}`,
        signedTenderEvents({
          tenderId: tenderIds[name],
          consortiumId: CONSORTIUM,
          holderSiret: HOLDER,
          beneficiaries: [SAINT_NAZAIRE],
          amountCents: AMOUNT,
          framework: false,
          ...TENDERS[name],
        }),
      ]),
    ),
  });
}, 120_000);
environment.teardown(async () => {
  await stopFixtures?.();
  await service.close();
});

const as = async (role: Role) => service.bearer(role, { consortia: [CONSORTIUM] });

async function contractOf(tenderId: string): Promise<string> {
  let contractId = '';
  await eventually(`the contract of tender ${tenderId} is opened`, async () => {
    const listed = await service
      .http()
      .get(`/consortia/${CONSORTIUM}/contracts?minPosition=0`)
      .set('Authorization', await as('coordinator'));
    contractId =
      (listed.body.contracts ?? []).find((one: { tenderId: string }) => one.tenderId === tenderId)
        ?.contractId ?? '';
    return contractId !== '';
  });
  return contractId;
}

/** Opens, notifies and signs a supplementary avenant of 10 % (R2194-2): what the avenant says of its JOUE notice. */
async function supplementaryAvenant(name: keyof typeof TENDERS) {
  const contractId = await contractOf(tenderIds[name]);
  const post = async (path: string, body: object) =>
    service
      .http()
      .post(`/consortia/${CONSORTIUM}/contracts/${contractId}${path}`)
      .set('Authorization', await as('coordinator'))
      .send(body);
  expect(
    (
      await post(
        '/notification',
        notificationBody({
          durationMonths: 24,
          amountCentsTTC: 12_000_000,
          advance: { ratePercent: 0, waived: true },
        }),
      )
    ).status,
  ).toBe(201);
  const signed = await post('/amendments', {
    ground: 'supplementary',
    signedOn: '2026-09-01',
    amountCents: 1_000_000,
    description: 'Supervision de sites supplémentaires, interopérabilité exigée',
  });
  expect(signed.status).toBe(201);
  const contract = await service
    .http()
    .get(`/consortia/${CONSORTIUM}/contracts/${contractId}`)
    .set('Authorization', await as('coordinator'));
  const amendment = await service
    .http()
    .get(`/consortia/${CONSORTIUM}/contracts/${contractId}/amendments/${signed.body.amendmentId}`)
    .set('Authorization', await as('coordinator'));
  // R2194-10: the avis de modification recorded once published, for an avenant that calls for one only.
  const notice = await post(`/amendments/${signed.body.amendmentId}/modification-notice`, {
    publishedOn: '2026-09-01',
    reference: 'JOUE 2026/S 170-500001',
  });
  return {
    formalised: contract.body.formalised,
    joueNoticeRequired: amendment.body.joueNoticeRequired,
    notice: [notice.status, notice.body.type ?? null],
  };
}

describe('one meaning of "formalised": the tender’s published regime, procedure or value (R2194-10, issue 20 item 13)', () => {
  it('R2194-10: an avenant of a contract awarded by an appel d’offres below the EU threshold needs its avis de modification at the JOUE', async () => {
    expect(await supplementaryAvenant('open-below')).toEqual({
      formalised: true,
      joueNoticeRequired: true,
      notice: [201, null],
    });
  });

  it('R2194-10: so does one from a notice of version 1, read by the same rule from the procedure chosen', async () => {
    expect(await supplementaryAvenant('open-below-v1')).toEqual({
      formalised: true,
      joueNoticeRequired: true,
      notice: [201, null],
    });
  });

  it('R2194-10: an avenant of a contract awarded by a MAPA below the EU threshold needs none', async () => {
    expect(await supplementaryAvenant('mapa-below')).toEqual({
      formalised: false,
      joueNoticeRequired: false,
      notice: [422, 'urn:mutualis:rule:modification-notice-not-required'],
    });
  });
});

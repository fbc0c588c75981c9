import {
  CensusEvent,
  ConsortiumEvent,
  learnMembership,
  MembershipFacts,
  NO_MEMBERSHIP_FACTS,
} from '@mutualis/shared/contracts';
import { given } from '@mutualis/shared/event-sourcing/testing';
import {
  CONSORTIUM_ID,
  CROSSAC,
  formed,
  joined,
  MESANGER,
  SAINT_NAZAIRE,
  SAVENAY,
} from '../testing/membership-fixtures';
import { CensusCommand } from './census.commands';
import { censusDecider } from './census.decider';
import { MembershipRefusal } from './membership-refusal';

const CENSUS_ID = '0190c6a4-7c1e-7000-8000-0000000000cc';
const membership = (events: ConsortiumEvent[]): MembershipFacts =>
  events.reduce(learnMembership, NO_MEMBERSHIP_FACTS);
const members = [
  formed('permanent-groupement'),
  ...joined(CROSSAC, '44050', '2026-02-10', '2026-03-01'),
  ...joined(MESANGER, '44096', '2026-02-12', '2026-03-01'),
];
const withdrawn: ConsortiumEvent = {
  type: 'membership.WithdrawalRecorded',
  data: {
    siret: MESANGER.siret,
    requestedOn: '2026-03-05',
    effectiveOn: '2026-06-10',
    financialConsequencesBorneBy: 'le membre sortant',
  },
};

const opened: CensusEvent = {
  type: 'membership.CensusOpened',
  data: {
    censusId: CENSUS_ID,
    consortiumId: CONSORTIUM_ID,
    object: 'Cybersécurité des communes',
    cpvCode: '79212000-3',
    lots: [
      { number: 1, title: 'Audit de sécurité' },
      { number: 2, title: 'Supervision (SOC)' },
    ],
    duration: { initialMonths: 36, renewals: 1, monthsPerRenewal: 12 },
    options: 'tests d’intrusion supplémentaires',
    openedOn: '2026-05-01',
  },
};
const needs = (siret: string, submittedOn: string, lots: [number, number, number][]): CensusEvent => ({
  type: 'membership.NeedsSubmitted',
  data: {
    memberSiret: siret,
    submittedOn,
    needs: lots.map(([lot, annualCents, optionsAnnualCents]) => ({ lot, annualCents, optionsAnnualCents })),
  },
});
const refusal = (events: CensusEvent[], command: CensusCommand) =>
  (given(censusDecider, events).when(command).thenThrows(MembershipRefusal) as MembershipRefusal).refusal;

describe('the needs census (recensement des besoins)', () => {
  it('opens a census with an official CPV code, written with its check digit', () => {
    const { type: _t, ...data } = opened.data as { type?: string } & typeof opened.data;
    given(censusDecider)
      .when({ type: 'OpenCensus', ...data, cpvCode: '79212000' })
      .then([opened]);
  });

  it('takes needs from members only: an authority that is not a member on that date is refused (M3)', () => {
    expect(
      refusal([opened], {
        type: 'SubmitNeeds',
        memberSiret: SAVENAY.siret,
        submittedOn: '2026-05-10',
        needs: [{ lot: 1, annualCents: 1, optionsAnnualCents: 0 }],
        membership: membership(members),
      }),
    ).toMatchObject({ rule: 'not-a-member' });
  });

  it('refuses needs for a lot the census does not have', () => {
    expect(
      refusal([opened], {
        type: 'SubmitNeeds',
        memberSiret: CROSSAC.siret,
        submittedOn: '2026-05-10',
        needs: [{ lot: 3, annualCents: 1, optionsAnnualCents: 0 }],
        membership: membership(members),
      }),
    ).toMatchObject({ rule: 'unknown-lot', values: { unknown: [3] } });
  });

  it('T1: closes with the value of every member, lot, option and renewal over the whole duration (R2121-1)', () => {
    const events = [
      opened,
      needs(CROSSAC.siret, '2026-05-10', [
        [1, 1_000_000, 200_000],
        [2, 3_000_000, 0],
      ]),
      needs(SAINT_NAZAIRE.siret, '2026-05-11', [[1, 2_500_000, 500_000]]),
    ];
    const [closed] = given(censusDecider, events)
      .when({ type: 'CloseCensus', closedOn: '2026-06-01', membership: membership(members) })
      .then([
        {
          type: 'membership.CensusClosed',
          data: {
            closedOn: '2026-06-01',
            wholeDurationMonths: 48,
            // 48 months = 4 years: lot 1 = 4 × (1.2 M + 3 M) cents; lot 2 = 4 × 3 M cents
            perLot: [
              { lot: 1, cents: 16_800_000, members: 2 },
              { lot: 2, cents: 12_000_000, members: 1 },
            ],
            totalCents: 28_800_000,
            beneficiaries: [CROSSAC.siret, SAINT_NAZAIRE.siret].sort(),
          },
        },
      ]);
    expect(closed).toBeDefined();
  });

  it('leaves out of a later census a member whose withdrawal has taken effect, though its history stays', () => {
    const events = [
      opened,
      needs(MESANGER.siret, '2026-05-10', [[1, 1_000_000, 0]]),
      needs(CROSSAC.siret, '2026-05-10', [[1, 500_000, 0]]),
    ];
    const [closed] = censusDecider.decide(
      { type: 'CloseCensus', closedOn: '2026-06-15', membership: membership([...members, withdrawn]) },
      given(censusDecider, events).state,
    );
    expect(closed?.data).toMatchObject({ beneficiaries: [CROSSAC.siret], totalCents: 2_000_000 });
  });

  it('refuses to close a census twice, or one without needs', () => {
    expect(
      refusal([opened], { type: 'CloseCensus', closedOn: '2026-06-01', membership: membership(members) })
        .rule,
    ).toBe('census-without-needs');
    const closed: CensusEvent = {
      type: 'membership.CensusClosed',
      data: { closedOn: '2026-06-01', wholeDurationMonths: 48, perLot: [], totalCents: 0, beneficiaries: [] },
    };
    expect(
      refusal([opened, closed], {
        type: 'CloseCensus',
        closedOn: '2026-06-02',
        membership: membership(members),
      }).rule,
    ).toBe('census-closed');
  });

  it('refuses, as a rule, needs whose total no amount in cents can hold', () => {
    const huge = needs(CROSSAC.siret, '2026-05-10', [[1, 9_000_000_000_000_000, 0]]);
    expect(
      refusal([opened, huge], {
        type: 'CloseCensus',
        closedOn: '2026-06-01',
        membership: membership(members),
      }).rule,
    ).toBe('estimated-value-out-of-range');
  });
});

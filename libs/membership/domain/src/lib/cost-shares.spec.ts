import { ConsortiumEvent } from '@mutualis/shared/contracts';
import { given } from '@mutualis/shared/event-sourcing/testing';
import { CROSSAC, formed, joined, MESANGER } from '../testing/membership-fixtures';
import { consortiumDecider } from './consortium.decider';
import { costShares } from './cost-shares';

const state = (events: ConsortiumEvent[]) => given(consortiumDecider, events).state;
const history = (rule: 'flat' | 'needs-share' | 'population-brackets') => [
  formed('permanent-groupement', {
    costSharing: {
      rule,
      brackets: [
        { upToPopulation: 3_000, weight: 1 },
        { upToPopulation: 50_000, weight: 3 },
        { upToPopulation: null, weight: 10 },
      ],
    },
  }),
  ...joined(CROSSAC, '44050', '2026-02-10', '2026-03-01'),
  ...joined(MESANGER, '44096', '2026-02-12', '2026-03-01'),
];

describe('cost sharing under the convention', () => {
  it('splits equally under the flat rule, the cents adding up to the amount', () => {
    const shares = costShares(state(history('flat')), '2026-04-01', 100_000);
    expect(shares.map((share) => share.shareCents)).toEqual([33_334, 33_333, 33_333]);
  });

  it('counts only the members of the date: before the adhesions the coordinator bears it all', () => {
    expect(
      costShares(state(history('flat')), '2026-02-15', 100_000).map((share) => share.shareCents),
    ).toEqual([100_000]);
  });

  it('splits by the needs stated under the needs-share rule', () => {
    const shares = costShares(state(history('needs-share')), '2026-04-01', 90_000, {
      [CROSSAC.siret]: 1_000,
      [MESANGER.siret]: 2_000,
    });
    expect(Object.fromEntries(shares.map((share) => [share.siret, share.shareCents]))).toEqual({
      [CROSSAC.siret]: 30_000,
      [MESANGER.siret]: 60_000,
      '21440184600016': 0,
    });
  });

  it('weighs each member by its population bracket, a bracket’s upper bound included in it', () => {
    const populations: Record<string, number> = {
      '21440184600016': 72_000, // Saint-Nazaire: over 50 000, weight 10
      [CROSSAC.siret]: 3_000, // exactly the first bound: weight 1
      [MESANGER.siret]: 3_001, // just over it: weight 3
    };
    const counted = history('population-brackets').map((event): ConsortiumEvent => {
      if (event.type === 'membership.ConsortiumFormed') {
        const coordinator = {
          ...event.data.coordinator,
          population: populations[event.data.coordinator.siret]!,
        };
        return { ...event, data: { ...event.data, coordinator } };
      }
      if (event.type === 'membership.MembershipApplied') {
        const authority = { ...event.data.authority, population: populations[event.data.authority.siret]! };
        return { ...event, data: { ...event.data, authority } };
      }
      return event;
    });
    const shares = costShares(state(counted), '2026-04-01', 140_000);
    expect(Object.fromEntries(shares.map((share) => [share.siret, share.shareCents]))).toEqual({
      '21440184600016': 100_000,
      [CROSSAC.siret]: 10_000,
      [MESANGER.siret]: 30_000,
    });
  });

  it('refuses the population-bracket rule for a member whose population is unknown', () => {
    expect(() => costShares(state(history('population-brackets')), '2026-04-01', 90_000)).toThrow(
      /population/,
    );
  });
});

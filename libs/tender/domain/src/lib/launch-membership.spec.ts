import { MembershipFacts } from '@mutualis/shared/contracts';
import { scenarios } from '@mutualis/shared/event-sourcing/testing';
import { created, criteriaSet, membership } from '../testing/tender-fixtures';
import { TenderCommand } from './tender.commands';
import { tenderDecider } from './tender.decider';
import { TenderRefusal } from './tender-refusal';

const { decide, refusal } = scenarios(tenderDecider, TenderRefusal);

const CROSSAC = '21440050900011';
const LAUNCH = '2026-09-01';

const ready = () => {
  const base = [created()];
  const chosen = decide(base, {
    type: 'ChooseProcedure',
    procedure: 'open',
    negotiationGround: null,
    plannedLaunchOn: LAUNCH,
  });
  return [...base, ...chosen, criteriaSet(1), criteriaSet(2)];
};
const publish = (facts: MembershipFacts): TenderCommand => ({
  type: 'PublishTender',
  membership: facts,
  noticeSentOn: LAUNCH,
  deadlineAt: '2026-10-05T10:00:00Z',
  electronic: true,
  pin: false,
  urgency: false,
});
const conventionInForceOn = (effectiveOn: string): MembershipFacts => ({
  ...membership,
  consortium: {
    ...membership.consortium!,
    convention: { ...membership.consortium!.convention, effectiveOn },
  },
});
const crossacSignedOn = (from: string): MembershipFacts => ({
  ...membership,
  members: {
    ...membership.members,
    [CROSSAC]: { ...membership.members[CROSSAC]!, periods: [{ from, until: null }] },
  },
});

describe('launching for a groupement: signed strictly before the launch (M1, L2113-7)', () => {
  it('M1 (L2113-7): the convention taking effect on the launch day is too late; in force the day before, the notice goes', () => {
    expect(refusal(ready(), publish(conventionInForceOn(LAUNCH)))).toMatchObject({
      rule: 'convention-not-in-force',
      legalReference: 'L2113-7',
      values: { launchedOn: LAUNCH },
    });
    expect(decide(ready(), publish(conventionInForceOn('2026-08-31')))).toHaveLength(1);
  });

  it('M1, M3: a beneficiary signing on the launch day is too late; one who signed the day before benefits', () => {
    // Crossac, the only other member, signing that day leaves the groupement with its coordinator alone.
    expect(refusal(ready(), publish(crossacSignedOn(LAUNCH)))).toMatchObject({
      rule: 'groupement-without-members',
      legalReference: 'L2113-6',
    });
    const withThird: MembershipFacts = {
      ...crossacSignedOn(LAUNCH),
      members: {
        ...crossacSignedOn(LAUNCH).members,
        '21440096200012': membership.members['21440184600016']!,
      },
    };
    expect(refusal(ready(), publish(withThird))).toMatchObject({
      rule: 'beneficiary-not-member',
      values: { sirets: [CROSSAC], launchedOn: LAUNCH },
    });
    expect(decide(ready(), publish(crossacSignedOn('2026-08-31')))).toHaveLength(1);
  });
});

import { membershipActs } from './membership-acts';

describe('what the history says of each member', () => {
  it('gives each authority its délibération, its adhesion and its withdrawal', () => {
    const acts = membershipActs([
      { type: 'membership.ConsortiumFormed', data: { name: 'G' } },
      { type: 'membership.MembershipApplied', data: { siret: '21440195200012' } },
      {
        type: 'membership.DeliberationRecorded',
        data: {
          siret: '21440195200012',
          number: 'DCM-14',
          adoptedOn: '2026-02-15',
          body: 'conseil municipal',
        },
      },
      { type: 'membership.AdhesionAccepted', data: { siret: '21440195200012', acceptedOn: '2026-03-01' } },
      { type: 'membership.WithdrawalRecorded', data: { siret: '21440195200012', effectiveOn: '2027-01-01' } },
    ]);
    expect(acts).toEqual({
      '21440195200012': {
        deliberation: { number: 'DCM-14', adoptedOn: '2026-02-15', body: 'conseil municipal' },
        adhesionOn: '2026-03-01',
        withdrawalOn: '2027-01-01',
      },
    });
  });
});

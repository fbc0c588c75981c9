import { MembershipFacts, TenderEvent, TenderProcedure } from '@mutualis/shared/contracts';
import { given, scenarios } from '@mutualis/shared/event-sourcing/testing';
import { created, criteriaSet, membership } from '../testing/tender-fixtures';
import { TenderCommand } from './tender.commands';
import { tenderDecider } from './tender.decider';
import { TenderRefusal } from './tender-refusal';

const { decide, refusal, run } = scenarios(tenderDecider, TenderRefusal);

/**
 * One meaning of "formalised" (issue 20 item 13): the notice publishes the regime the consultation follows — a
 * formalised procedure chosen, or one the value calls for — so that the contract takes it from there (R2194-10).
 * Services of a collectivité on 1 September 2026: the EU threshold is 216 000 € HT.
 */
const single = (estimatedCents: number) =>
  created({
    lots: [{ number: 1, title: 'Lot unique', estimatedCents, smallLotMapa: false }],
    nonAllotment: {
      ground: 'technically-difficult-or-costly',
      motivation: 'Un seul titulaire pour tous les membres',
    },
  });

const since2025: MembershipFacts = {
  ...membership,
  consortium: {
    ...membership.consortium!,
    convention: { ...membership.consortium!.convention, signedOn: '2024-12-15', effectiveOn: '2025-01-01' },
  },
  members: Object.fromEntries(
    Object.entries(membership.members).map(([siret, member]) => [
      siret,
      { ...member, periods: [{ from: '2025-01-01', until: null }] },
    ]),
  ),
};

const choose = (procedure: TenderProcedure): TenderCommand => ({
  type: 'ChooseProcedure',
  procedure,
  negotiationGround: null,
  plannedLaunchOn: '2026-09-01',
});

const publish: TenderCommand = {
  type: 'PublishTender',
  membership: since2025,
  noticeSentOn: '2026-09-01',
  deadlineAt: '2026-10-05T10:00:00Z',
  electronic: true,
  pin: false,
  urgency: false,
};

function notice(cents: number, procedure: TenderProcedure) {
  const creation: TenderEvent = single(cents);
  const lots = given(tenderDecider, [creation]).state.created!.lots;
  const history = run([creation, ...lots.map((lot) => criteriaSet(lot.number))], choose(procedure));
  return decide(history, publish)[0]?.data;
}

describe('the regime a consultation follows, published with its notice (R2194-10, L2124-1)', () => {
  it('an appel d’offres ouvert below the EU threshold (215 999,99 €) follows the formalised regime, the value calling for a MAPA', () => {
    expect(notice(21_599_999, 'open')).toMatchObject({ required: 'mapa', regime: 'formalised' });
  });

  it('a MAPA below the EU threshold (215 999,99 €) follows the MAPA regime', () => {
    expect(notice(21_599_999, 'mapa')).toMatchObject({ required: 'mapa', regime: 'mapa' });
  });

  it('a MAPA at the EU threshold (216 000 €) is impossible: the procedure is refused before any notice (L2124-1)', () => {
    const creation = single(21_600_000);
    expect(refusal([creation], choose('mapa'))).toMatchObject({
      rule: 'formalised-procedure-required',
      legalReference: 'L2124-1',
    });
    expect(notice(21_600_000, 'open')).toMatchObject({ required: 'formalised', regime: 'formalised' });
  });
});

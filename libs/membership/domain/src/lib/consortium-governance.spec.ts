import { operationLiability } from '@mutualis/shared/contracts';
import { given, scenarios } from '@mutualis/shared/event-sourcing/testing';
import {
  CONSORTIUM_ID,
  CROSSAC,
  formed,
  joined,
  MESANGER,
  PROCEDURE_ID,
  SAINT_NAZAIRE,
  withTwoMembers,
} from '../testing/membership-fixtures';
import { ConsortiumCommand } from './consortium.commands';
import { consortiumDecider } from './consortium.decider';
import { MembershipRefusal } from './membership-refusal';

const { decide, refusal } = scenarios(consortiumDecider, MembershipRefusal);
const withMembers = withTwoMembers();
const stateAfter = (events: Parameters<typeof decide>[0]) => given(consortiumDecider, events).state;

describe('the CAO (M6, CGCT L1414-3)', () => {
  const rep = (siret: string, n: number) => ({
    siret,
    personId: `0190c6a4-7c1e-7000-8000-0000000001${String(n).padStart(2, '0')}`,
    sealed: 'sealed',
  });
  const cao = (
    members: ReturnType<typeof rep>[],
    chair = rep(SAINT_NAZAIRE.siret, 0),
  ): ConsortiumCommand => ({
    type: 'ComposeCao',
    composedOn: '2026-03-10',
    composition: 'dedicated',
    chair,
    members,
  });

  it('M6: a groupement of collectivités gets a CAO with one representative of each member, chaired by the coordinator’s', () => {
    const members = [rep(SAINT_NAZAIRE.siret, 0), rep(CROSSAC.siret, 1), rep(MESANGER.siret, 2)];
    expect(decide(withMembers, cao(members))[0]?.type).toBe('membership.CaoComposed');
  });

  it('M6: refuses a dedicated CAO missing a member’s representative', () => {
    expect(refusal(withMembers, cao([rep(SAINT_NAZAIRE.siret, 0), rep(CROSSAC.siret, 1)]))).toMatchObject({
      rule: 'cao-one-representative-per-member',
      values: { missing: [MESANGER.siret] },
    });
  });

  it('M6: refuses a CAO not chaired by the coordinator’s representative', () => {
    const members = [rep(SAINT_NAZAIRE.siret, 0), rep(CROSSAC.siret, 1), rep(MESANGER.siret, 2)];
    expect(refusal(withMembers, cao(members, rep(CROSSAC.siret, 1))).rule).toBe('cao-chair-not-coordinator');
  });

  it('M6: refuses a dedicated CAO when the convention designates the coordinator’s CAO', () => {
    const coordinatorCao = [formed('permanent-groupement', { cao: 'coordinator' }), ...withMembers.slice(1)];
    expect(refusal(coordinatorCao, cao([])).rule).toBe('cao-composition-not-per-convention');
  });
  it('erases a representative’s personal data once (RGPD art. 17), and refuses a person the CAO never had', () => {
    const members = [rep(SAINT_NAZAIRE.siret, 0), rep(CROSSAC.siret, 1), rep(MESANGER.siret, 2)];
    const composed = [...withMembers, ...decide(withMembers, cao(members))];
    const erase = { type: 'ErasePerson' as const, personId: members[1]!.personId, today: '2026-11-29' };
    const erased = decide(composed, erase);
    expect(erased).toEqual([
      { type: 'membership.PersonErased', data: { personId: members[1]!.personId, erasedOn: '2026-11-29' } },
    ]);
    expect(decide([...composed, ...erased], erase)).toEqual([]);
    expect(refusal(composed, { ...erase, personId: rep(CROSSAC.siret, 9).personId })).toMatchObject({
      rule: 'unknown-person',
      legalReference: 'RGPD art. 17',
    });
  });
});

describe('joint liability (M5, L2113-7 al. 2, L2113-4)', () => {
  const launch = (beneficiaries?: string[]) => ({
    type: 'RecordProcedureLaunch' as const,
    procedureId: PROCEDURE_ID,
    launchedOn: '2026-03-15',
    object: 'Audit',
    ...(beneficiaries ? { beneficiaries } : {}),
  });

  it('M5 (L2113-7 al. 2): tags each entrusted operation with the mandating members, jointly liable only for those', () => {
    const events = [...withMembers, ...decide(withMembers, launch())];
    const facts = stateAfter(events).facts;
    const all = [CROSSAC.siret, MESANGER.siret, SAINT_NAZAIRE.siret];
    expect(operationLiability(facts, PROCEDURE_ID, 'signature')).toEqual({
      operation: 'signature',
      jointlyRun: true,
      mandatingMembers: all,
      jointlyLiableMembers: all,
      legalReference: 'L2113-7',
    });
    // The convention does not entrust execution: each member executes, and answers for, its own share.
    expect(operationLiability(facts, PROCEDURE_ID, 'execution')).toEqual({
      operation: 'execution',
      jointlyRun: false,
      mandatingMembers: [],
      jointlyLiableMembers: [],
      legalReference: 'L2113-7',
    });
    expect(operationLiability(facts, '0190c6a4-7c1e-7000-8000-000000000999', 'award')).toBeUndefined();
  });

  it('M5 (L2113-7 al. 2): only the tender’s beneficiaries mandate the coordinator; a member with no needs in it is not liable', () => {
    const named = [CROSSAC.siret, SAINT_NAZAIRE.siret];
    const facts = stateAfter([...withMembers, ...decide(withMembers, launch(named))]).facts;
    const award = operationLiability(facts, PROCEDURE_ID, 'award');
    expect(award).toMatchObject({ jointlyRun: true, mandatingMembers: named, jointlyLiableMembers: named });
    expect(award?.jointlyLiableMembers).not.toContain(MESANGER.siret);
  });

  it('M5 (L2113-4): a centrale d’achat’s members mandate it but are not jointly liable for what it runs', () => {
    const centrale = [formed('purchasing-centre'), ...joined(CROSSAC, '44050', '2026-02-10', '2026-03-01')];
    const facts = stateAfter([...centrale, ...decide(centrale, launch([CROSSAC.siret]))]).facts;
    expect(operationLiability(facts, PROCEDURE_ID, 'award')).toEqual({
      operation: 'award',
      jointlyRun: true,
      mandatingMembers: [CROSSAC.siret],
      jointlyLiableMembers: [],
      legalReference: 'L2113-4',
    });
  });
});

describe('the CAO majority test (M6)', () => {
  it('M6: does not impose one representative per member when collectivités are not the majority', () => {
    const hospital = { siret: '26440013600018', name: 'CHU de Nantes', kind: 'other' as const };
    const events = [
      ...withMembers.slice(0, 4),
      ...decide(withMembers.slice(0, 4), {
        type: 'OnboardMember',
        authority: hospital,
        deliberation: null,
        acceptedOn: '2026-03-01',
      }),
    ];
    // Saint-Nazaire and Crossac (collectivités) against the hospital: still a majority of collectivités.
    expect(() =>
      decide(events, {
        type: 'ComposeCao',
        composedOn: '2026-03-10',
        composition: 'dedicated',
        chair: { siret: SAINT_NAZAIRE.siret, personId: CONSORTIUM_ID, sealed: 's' },
        members: [],
      }),
    ).toThrow(MembershipRefusal);
    const centreLed = [
      formed('permanent-groupement'),
      ...decide([formed('permanent-groupement')], {
        type: 'OnboardMember',
        authority: hospital,
        deliberation: null,
        acceptedOn: '2026-03-01',
      }),
    ];
    // One collectivité and one hospital: half is not "mostly".
    expect(
      decide(centreLed, {
        type: 'ComposeCao',
        composedOn: '2026-03-10',
        composition: 'dedicated',
        chair: { siret: SAINT_NAZAIRE.siret, personId: CONSORTIUM_ID, sealed: 's' },
        members: [],
      }),
    ).toHaveLength(1);
  });
});

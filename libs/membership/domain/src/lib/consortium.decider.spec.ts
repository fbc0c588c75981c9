import { ConsortiumEvent, isMemberOn, membersOn } from '@mutualis/shared/contracts';
import { given, scenarios } from '@mutualis/shared/event-sourcing/testing';
import {
  CONSORTIUM_ID,
  COORDINATOR_DELIBERATION,
  convention,
  CROSSAC,
  ESTUAIRE_ET_SILLON,
  formed,
  joined,
  launched,
  MESANGER,
  PROCEDURE_ID,
  SAINT_NAZAIRE,
  SAVENAY,
  withTwoMembers,
} from '../testing/membership-fixtures';
import { ConsortiumCommand } from './consortium.commands';
import { consortiumDecider } from './consortium.decider';
import { MembershipRefusal } from './membership-refusal';

const { decide, refusal } = scenarios(consortiumDecider, MembershipRefusal);
const stateAfter = (events: ConsortiumEvent[]) => given(consortiumDecider, events).state;

const permanent = formed('permanent-groupement');
const withMembers = withTwoMembers();
const apply = (authority = SAVENAY, appliedOn = '2026-04-01'): ConsortiumCommand => ({
  type: 'ApplyForMembership',
  authority,
  appliedOn,
});

describe('forming a consortium', () => {
  it('forms a groupement whose coordinator is a member from the convention’s effective date, checked against the reference data', () => {
    const [event] = decide([], {
      type: 'FormConsortium',
      consortiumId: CONSORTIUM_ID,
      kind: 'permanent-groupement',
      name: 'Groupement cybersécurité de l’estuaire',
      coordinator: SAINT_NAZAIRE,
      convention: convention(),
      coordinatorDeliberation: COORDINATOR_DELIBERATION,
    });
    expect(event?.data).toMatchObject({
      coordinator: { siret: SAINT_NAZAIRE.siret, inseeCode: '44184', kind: 'commune' },
    });
    const state = stateAfter([event!]);
    expect(isMemberOn(state.facts, SAINT_NAZAIRE.siret, '2026-01-31')).toBe(false);
    expect(isMemberOn(state.facts, SAINT_NAZAIRE.siret, '2026-02-01')).toBe(true);
  });

  it('refuses a coordinator that the reference data knows as another kind of authority', () => {
    const command: ConsortiumCommand = {
      type: 'FormConsortium',
      consortiumId: CONSORTIUM_ID,
      kind: 'permanent-groupement',
      name: 'X',
      coordinator: { ...SAINT_NAZAIRE, kind: 'epci' },
      convention: convention(),
      coordinatorDeliberation: COORDINATOR_DELIBERATION,
    };
    expect(refusal([], command)).toMatchObject({
      rule: 'authority-mismatch',
      values: { reference: 'commune' },
    });
  });
});

describe('joining (M2, M3)', () => {
  it('M2: refuses a collectivité’s adhesion without a délibération', () => {
    const events = [permanent, ...decide([permanent], apply())];
    expect(
      refusal(events, { type: 'AcceptAdhesion', siret: SAVENAY.siret, acceptedOn: '2026-04-15' }),
    ).toMatchObject({
      rule: 'deliberation-required',
      legalReference: expect.stringMatching(/Région d’Aquitaine/),
    });
  });

  it('M2: refuses an adhesion signed before the délibération that authorises it', () => {
    let events = [permanent, ...decide([permanent], apply())];
    events = [
      ...events,
      ...decide(events, {
        type: 'RecordDeliberation',
        siret: SAVENAY.siret,
        number: 'DCM-2026-031',
        adoptedOn: '2026-04-20',
        body: 'conseil municipal',
      }),
    ];
    expect(
      refusal(events, { type: 'AcceptAdhesion', siret: SAVENAY.siret, acceptedOn: '2026-04-15' }),
    ).toMatchObject({
      rule: 'deliberation-required',
      values: { adoptedOn: '2026-04-20', acceptedOn: '2026-04-15' },
    });
    expect(
      decide(events, { type: 'AcceptAdhesion', siret: SAVENAY.siret, acceptedOn: '2026-04-20' }),
    ).toEqual([
      {
        type: 'membership.AdhesionAccepted',
        data: { siret: SAVENAY.siret, acceptedOn: '2026-04-20', deliberationNumber: 'DCM-2026-031' },
      },
    ]);
  });

  it('M3: refuses any new member of a one-off groupement once its procedure is launched', () => {
    const oneOff = [
      formed('one-off-groupement'),
      ...joined(CROSSAC, '44050', '2026-02-10', '2026-03-01'),
      launched('2026-03-15', [CROSSAC.siret, SAINT_NAZAIRE.siret]),
    ];
    expect(refusal(oneOff, apply(SAVENAY, '2026-04-01'))).toMatchObject({
      rule: 'one-off-groupement-frozen',
      values: { launchedOn: '2026-03-15' },
    });
  });

  it('M3: a permanent groupement without adhesion clause takes its founding members, and nobody after its first launch', () => {
    const noClause = [
      formed('permanent-groupement', { adhesionClause: false }),
      ...joined(CROSSAC, '44050', '2026-02-10', '2026-03-01'),
    ];
    expect(decide(noClause, apply())).toHaveLength(1);
    const launchedOnce = [...noClause, launched('2026-03-15', [CROSSAC.siret, SAINT_NAZAIRE.siret])];
    expect(refusal(launchedOnce, apply())).toMatchObject({ rule: 'no-adhesion-clause' });
  });

  it('M3: refuses an adhesion dated on or before a launch already recorded, which would change its beneficiaries', () => {
    const events = [
      ...withMembers,
      launched('2026-03-15', [CROSSAC.siret, MESANGER.siret, SAINT_NAZAIRE.siret]),
    ];
    const applied = [...events, ...decide(events, apply(SAVENAY, '2026-03-20'))];
    const withDeliberation = [
      ...applied,
      {
        type: 'membership.DeliberationRecorded' as const,
        data: { siret: SAVENAY.siret, number: 'D', adoptedOn: '2026-03-01', body: 'conseil municipal' },
      },
    ];
    expect(
      refusal(withDeliberation, { type: 'AcceptAdhesion', siret: SAVENAY.siret, acceptedOn: '2026-03-15' }),
    ).toMatchObject({ rule: 'dated-before-launch', values: { launchedOn: '2026-03-15' } });
    expect(
      decide(withDeliberation, { type: 'AcceptAdhesion', siret: SAVENAY.siret, acceptedOn: '2026-03-16' }),
    ).toHaveLength(1);
  });

  it('M3: a one-off groupement stays frozen after its launch, even for an adhesion dated before it', () => {
    const oneOff = [formed('one-off-groupement'), ...joined(CROSSAC, '44050', '2026-02-10', '2026-03-01')];
    const events = [...oneOff, launched('2026-03-15', [CROSSAC.siret, SAINT_NAZAIRE.siret])];
    expect(refusal(events, apply(SAVENAY, '2026-03-01')).rule).toBe('one-off-groupement-frozen');
  });

  it('M2: refuses to form a groupement whose collectivité coordinator has no délibération dated by its signature', () => {
    const command = (coordinatorDeliberation: typeof COORDINATOR_DELIBERATION | null): ConsortiumCommand => ({
      type: 'FormConsortium',
      consortiumId: CONSORTIUM_ID,
      kind: 'permanent-groupement',
      name: 'G',
      coordinator: SAINT_NAZAIRE,
      convention: convention(),
      coordinatorDeliberation,
    });
    expect(refusal([], command(null)).rule).toBe('deliberation-required');
    expect(refusal([], command({ ...COORDINATOR_DELIBERATION, adoptedOn: '2026-01-16' })).rule).toBe(
      'deliberation-required',
    );
  });

  it('refuses population brackets that do not ascend to an open last bracket', () => {
    const command: ConsortiumCommand = {
      type: 'FormConsortium',
      consortiumId: CONSORTIUM_ID,
      kind: 'permanent-groupement',
      name: 'G',
      coordinator: SAINT_NAZAIRE,
      convention: convention({
        costSharing: {
          rule: 'population-brackets',
          brackets: [
            { upToPopulation: null, weight: 1 },
            { upToPopulation: 1000, weight: 2 },
          ],
        },
      }),
      coordinatorDeliberation: COORDINATOR_DELIBERATION,
    };
    expect(refusal([], command).rule).toBe('cost-sharing-brackets-invalid');
  });

  it('M3: a member joining a permanent groupement after a launch is not a beneficiary of that procedure', () => {
    const events = [
      ...withMembers,
      ...decide(withMembers, {
        type: 'RecordProcedureLaunch',
        procedureId: PROCEDURE_ID,
        launchedOn: '2026-03-15',
        object: 'Audit',
      }),
      ...joined(SAVENAY, '44195', '2026-03-20', '2026-04-01'),
    ];
    const state = stateAfter(events);
    expect(state.facts.launches[0]?.beneficiaries).toEqual(
      [CROSSAC.siret, MESANGER.siret, SAINT_NAZAIRE.siret].sort(),
    );
    expect(state.facts.launches[0]?.beneficiaries).not.toContain(SAVENAY.siret);
    expect(isMemberOn(state.facts, SAVENAY.siret, '2026-04-01')).toBe(true);
  });

  it('onboards in one step: application, délibération and adhesion, each under its rule', () => {
    const events = decide([permanent], {
      type: 'OnboardMember',
      authority: ESTUAIRE_ET_SILLON,
      deliberation: { number: 'DCC-2026-12', adoptedOn: '2026-02-20', body: 'conseil communautaire' },
      acceptedOn: '2026-03-01',
    });
    expect(events.map((event) => event.type)).toEqual([
      'membership.MembershipApplied',
      'membership.DeliberationRecorded',
      'membership.AdhesionAccepted',
    ]);
    expect(events[0]?.data).toMatchObject({ authority: { kind: 'epci', population: 41377 } });
  });

  it('refuses an authority whose SIRET fails its check (S1)', () => {
    expect(refusal([permanent], apply({ ...SAVENAY, siret: '21440195200013' })).rule).toBe('invalid-siret');
  });
});

describe('withdrawing (M4)', () => {
  const withdrawal = (effectiveOn: string): ConsortiumCommand => ({
    type: 'Withdraw',
    siret: CROSSAC.siret,
    requestedOn: '2026-06-01',
    effectiveOn,
  });

  it('M4: records a withdrawal after the exit clause’s notice, with who bears the financial consequences', () => {
    expect(decide(withMembers, withdrawal('2026-08-30'))).toEqual([
      {
        type: 'membership.WithdrawalRecorded',
        data: {
          siret: CROSSAC.siret,
          requestedOn: '2026-06-01',
          effectiveOn: '2026-08-30',
          financialConsequencesBorneBy: 'le membre sortant',
        },
      },
    ]);
  });

  it('M4: refuses a withdrawal before the notice has run', () => {
    expect(refusal(withMembers, withdrawal('2026-08-29'))).toMatchObject({
      rule: 'exit-notice-not-respected',
      values: { earliest: '2026-08-30' },
    });
  });

  it('M4: refuses any withdrawal when the convention has no exit clause', () => {
    const noExit = [
      formed('permanent-groupement', {
        exitClause: { allowed: false, noticeDays: 0, financialConsequencesBorneBy: '-' },
      }),
      ...withMembers.slice(1),
    ];
    expect(refusal(noExit, withdrawal('2026-09-01')).rule).toBe('no-exit-clause');
  });

  it('M4: refuses a second withdrawal, and an adhesion that would overlap the membership that is ending', () => {
    const events = [...withMembers, ...decide(withMembers, withdrawal('2026-08-30'))];
    expect(refusal(events, withdrawal('2026-09-30')).rule).toBe('withdrawal-already-recorded');
    expect(
      refusal(events, { type: 'AcceptAdhesion', siret: CROSSAC.siret, acceptedOn: '2026-05-01' }).rule,
    ).toBe('already-a-member');
  });

  it('M4: keeps a withdrawn member in the history but not among the members after its effective date', () => {
    const events = [...withMembers, ...decide(withMembers, withdrawal('2026-08-30'))];
    const state = stateAfter(events);
    expect(state.facts.members[CROSSAC.siret]?.authority.name).toBe('Crossac');
    expect(membersOn(state.facts, '2026-08-29')).toContain(CROSSAC.siret);
    expect(membersOn(state.facts, '2026-08-30')).not.toContain(CROSSAC.siret);
  });
});

describe('launching a procedure (M1)', () => {
  const launch = (launchedOn: string, beneficiaries?: string[]): ConsortiumCommand => ({
    type: 'RecordProcedureLaunch',
    procedureId: PROCEDURE_ID,
    launchedOn,
    object: 'Audit',
    ...(beneficiaries ? { beneficiaries } : {}),
  });
  const launchedWith = (events: ConsortiumEvent[]) => stateAfter(events).facts.launches[0]?.beneficiaries;

  it('M1 (L2113-7): the convention must be in force strictly before the launch: the day it takes effect is too late', () => {
    const centrale = [formed('purchasing-centre')]; // in force on 2026-02-01
    expect(refusal(centrale, launch('2026-02-01'))).toMatchObject({
      rule: 'convention-not-in-force',
      legalReference: 'L2113-7',
      values: { launchedOn: '2026-02-01' },
    });
    expect(decide(centrale, launch('2026-02-02'))).toHaveLength(1);
  });

  it('M1 (L2113-7): members count only if they signed strictly before the launch: a signature of the launch day is too late', () => {
    // Crossac and Mésanger signed on 2026-03-01.
    expect(refusal(withMembers, launch('2026-03-01'))).toMatchObject({
      rule: 'groupement-without-members',
      legalReference: 'L2113-6',
    });
    const launched = decide(withMembers, launch('2026-03-02'));
    expect(launchedWith([...withMembers, ...launched])).toEqual(
      [CROSSAC.siret, MESANGER.siret, SAINT_NAZAIRE.siret].sort(),
    );
  });

  it('M1 (L2113-7): a one-off groupement is not launched while one of its members signs on the launch day', () => {
    const oneOff = [
      formed('one-off-groupement'),
      ...joined(CROSSAC, '44050', '2026-02-10', '2026-03-01'),
      ...joined(MESANGER, '44096', '2026-02-12', '2026-03-02'),
    ];
    expect(refusal(oneOff, launch('2026-03-02'))).toMatchObject({
      rule: 'convention-not-signed-before-launch',
      legalReference: 'L2113-7',
    });
    expect(launchedWith([...oneOff, ...decide(oneOff, launch('2026-03-03'))])).toEqual(
      [CROSSAC.siret, MESANGER.siret, SAINT_NAZAIRE.siret].sort(),
    );
  });

  it('M1, M3: a permanent groupement’s newcomer of the launch day is no beneficiary, and may not be named one until the day after', () => {
    const savenayOn15 = [...withMembers, ...joined(SAVENAY, '44195', '2026-03-10', '2026-03-15')];
    expect(launchedWith([...savenayOn15, ...decide(savenayOn15, launch('2026-03-15'))])).not.toContain(
      SAVENAY.siret,
    );
    expect(refusal(savenayOn15, launch('2026-03-15', [SAVENAY.siret, SAINT_NAZAIRE.siret]))).toMatchObject({
      rule: 'beneficiary-not-signed-before-launch',
      legalReference: 'L2113-7',
      values: { launchedOn: '2026-03-15', beneficiaries: [SAVENAY.siret, SAINT_NAZAIRE.siret].sort() },
    });
    const named = launch('2026-03-16', [SAVENAY.siret, SAINT_NAZAIRE.siret]);
    expect(launchedWith([...savenayOn15, ...decide(savenayOn15, named)])).toEqual(
      [SAVENAY.siret, SAINT_NAZAIRE.siret].sort(),
    );
  });

  it('M5: the beneficiaries are the members the procedure names (whose needs it covers), not every member', () => {
    const named = decide(
      withMembers,
      launch('2026-03-15', [SAINT_NAZAIRE.siret, CROSSAC.siret, CROSSAC.siret]),
    );
    expect(launchedWith([...withMembers, ...named])).toEqual([CROSSAC.siret, SAINT_NAZAIRE.siret].sort());
    expect(refusal(withMembers, launch('2026-03-15', [])).rule).toBe('no-beneficiaries');
  });

  it('M1: refuses a launch before the convention is in force', () => {
    expect(refusal(withMembers, launch('2026-01-20'))).toMatchObject({
      rule: 'convention-not-in-force',
      legalReference: 'L2113-7',
    });
  });

  it('M1: refuses to launch for a groupement whose only member is its coordinator', () => {
    expect(refusal([permanent], launch('2026-03-15')).rule).toBe('groupement-without-members');
  });

  it('records a launch once, however often it is reported', () => {
    const first = decide(withMembers, launch('2026-03-15'));
    expect(first).toHaveLength(1);
    expect(decide([...withMembers, ...first], launch('2026-03-15'))).toEqual([]);
  });
});

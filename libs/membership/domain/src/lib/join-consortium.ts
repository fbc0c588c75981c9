import { Authority, ConsortiumEvent, isMemberOn } from '@mutualis/shared/contracts';
import { checkedAuthority, deliberates } from './authority';
import { AcceptAdhesion, ApplyForMembership, OnboardMember, RecordDeliberation } from './consortium.commands';
import { requireFormed } from './form-consortium';
import { refuse } from './membership-refusal';
import { ConsortiumState } from './consortium.state';
import { evolveConsortium } from './consortium.evolve';

const JOINING_REFERENCE = 'RM JO AN 17/05/2011 q.100136';
const DELIBERATION_REFERENCE = 'CE 25/04/1994 Région d’Aquitaine n°99926';

/** An authority applies to join; refused where nobody may join any more (M3). */
export function applyForMembership(command: ApplyForMembership, state: ConsortiumState): ConsortiumEvent[] {
  const authority = checkedAuthority(command.authority);
  requireOpenToNewMembers(state, command.appliedOn);
  if (isMemberOn(state.facts, authority.siret, command.appliedOn)) {
    throw refuse(`${authority.name} is already a member`, {
      rule: 'already-a-member',
      values: { siret: authority.siret },
    });
  }
  return [{ type: 'membership.MembershipApplied', data: { authority, appliedOn: command.appliedOn } }];
}

/** Records the délibération by which the authority's deliberative body decided to join (M2). */
export function recordDeliberation(command: RecordDeliberation, state: ConsortiumState): ConsortiumEvent[] {
  requireFormed(state);
  requireApplicant(state, command.siret);
  const { siret, number, adoptedOn, body } = command;
  return [
    { type: 'membership.DeliberationRecorded', data: { siret, number: number.trim(), adoptedOn, body } },
  ];
}

/**
 * The coordinator accepts the adhesion: the authority signs the convention and is a member from that date. A
 * collectivité's adhesion rests on a délibération adopted on or before it (M2); joining is closed as M3 says.
 */
export function acceptAdhesion(command: AcceptAdhesion, state: ConsortiumState): ConsortiumEvent[] {
  const authority = requireApplicant(state, command.siret);
  requireOpenToNewMembers(state, command.acceptedOn);
  const periods = state.facts.members[authority.siret]!.periods;
  if (periods.some((period) => period.until === null || command.acceptedOn < period.until)) {
    throw refuse(`${authority.name} is, or was on ${command.acceptedOn}, already a member`, {
      rule: 'already-a-member',
      values: { siret: authority.siret, acceptedOn: command.acceptedOn },
    });
  }
  const deliberation = deliberationFor(state, authority, command.acceptedOn);
  return [
    {
      type: 'membership.AdhesionAccepted',
      data: { siret: authority.siret, acceptedOn: command.acceptedOn, deliberationNumber: deliberation },
    },
  ];
}

/** Application, délibération and adhesion in one step, each checked by its own rule. */
export function onboardMember(command: OnboardMember, state: ConsortiumState): ConsortiumEvent[] {
  const siret = checkedAuthority(command.authority).siret;
  if (isMemberOn(state.facts, siret, command.acceptedOn)) return [];
  const applied = applyForMembership(
    {
      type: 'ApplyForMembership',
      authority: command.authority,
      appliedOn: command.deliberation?.adoptedOn ?? command.acceptedOn,
    },
    state,
  );
  let next = foldLocal(state, applied);
  const deliberated = command.deliberation
    ? recordDeliberation({ type: 'RecordDeliberation', siret, ...command.deliberation }, next)
    : [];
  next = foldLocal(next, deliberated);
  return [
    ...applied,
    ...deliberated,
    ...acceptAdhesion({ type: 'AcceptAdhesion', siret, acceptedOn: command.acceptedOn }, next),
  ];
}

/**
 * M3: the composition of a groupement is set when its first procedure is launched. After that, a one-off groupement
 * admits nobody; a permanent one admits newcomers only if its convention has an adhesion clause (before the first
 * launch, the founding members sign the convention whatever its clauses). A centrale d'achat stays open. Whatever
 * the kind, an adhesion may not be dated on or before a launch already recorded: that would change who benefits.
 */
function requireOpenToNewMembers(state: ConsortiumState, on: string): void {
  const formed = requireFormed(state);
  const launches = state.facts.launches;
  const first = launches[0];
  if (first && formed.kind === 'one-off-groupement') {
    throw refuse(
      `this one-off groupement is frozen since procedure ${first.procedureId} was launched on ${first.launchedOn}`,
      {
        rule: 'one-off-groupement-frozen',
        legalReference: JOINING_REFERENCE,
        values: { procedureId: first.procedureId, launchedOn: first.launchedOn },
      },
    );
  }
  if (first && formed.kind === 'permanent-groupement' && !formed.convention.adhesionClause) {
    throw refuse(
      'the convention of this permanent groupement has no adhesion clause: nobody may join it any more',
      {
        rule: 'no-adhesion-clause',
        legalReference: JOINING_REFERENCE,
      },
    );
  }
  const latest = latestLaunchDate(state);
  if (latest && on <= latest) {
    throw refuse(
      `a membership change cannot be dated on or before the launch of ${latest}, already recorded`,
      {
        rule: 'dated-before-launch',
        legalReference: JOINING_REFERENCE,
        values: { on, launchedOn: latest },
      },
    );
  }
}

/** The date of the latest procedure launch recorded, if any. */
export function latestLaunchDate(state: ConsortiumState): string | undefined {
  return state.facts.launches.reduce<string | undefined>(
    (latest, launch) => (!latest || launch.launchedOn > latest ? launch.launchedOn : latest),
    undefined,
  );
}

function requireApplicant(state: ConsortiumState, siret: string): Authority {
  const member = state.facts.members[siret];
  if (!member)
    throw refuse(`${siret} has not applied to this consortium`, {
      rule: 'not-an-applicant',
      values: { siret },
    });
  return member.authority;
}

/** M2: the délibération a collectivité's adhesion rests on, adopted on or before the adhesion. */
function deliberationFor(state: ConsortiumState, authority: Authority, acceptedOn: string): string | null {
  if (!deliberates(authority)) return null;
  const adopted = (state.deliberations[authority.siret] ?? []).filter(
    (deliberation) => deliberation.adoptedOn <= acceptedOn,
  );
  const latest = adopted.at(-1);
  if (!latest) {
    const later = state.deliberations[authority.siret]?.at(-1);
    throw refuse(
      later
        ? `the délibération n° ${later.number} of ${authority.name} is dated ${later.adoptedOn}, after the adhesion on ${acceptedOn}`
        : `${authority.name} must first record the délibération deciding to join`,
      {
        rule: 'deliberation-required',
        legalReference: DELIBERATION_REFERENCE,
        values: { siret: authority.siret, acceptedOn, ...(later ? { adoptedOn: later.adoptedOn } : {}) },
      },
    );
  }
  return latest.number;
}

/** The state after events decided within one command (so that its later steps see its earlier ones). */
function foldLocal(state: ConsortiumState, events: ConsortiumEvent[]): ConsortiumState {
  return events.reduce(evolveConsortium, state);
}

import {
  Authority,
  CensusClosed,
  ConsortiumEvent,
  ConsortiumKind,
  Convention,
  EntrustedOperation,
  ProcedureLaunched,
} from './membership-events';

/**
 * Who is a member of a consortium on a date, and may a procedure be launched for it then (M1): the one view of
 * membership, folded from the consortium's published events, that the membership service answers with and that
 * the tender and contract services rebuild from the same events.
 */
export interface MembershipFacts {
  consortium: { kind: ConsortiumKind; coordinatorSiret: string; convention: Convention } | null;
  members: Record<string, { authority: Authority; periods: { from: string; until: string | null }[] }>;
  launches: ProcedureLaunched[];
}

export const NO_MEMBERSHIP_FACTS: MembershipFacts = { consortium: null, members: {}, launches: [] };

/** The facts after one more consortium event; events that do not change membership leave them as they are. */
export function learnMembership(facts: MembershipFacts, event: ConsortiumEvent): MembershipFacts {
  switch (event.type) {
    case 'membership.ConsortiumFormed': {
      const { kind, coordinator, convention } = event.data;
      const member = { authority: coordinator, periods: [{ from: convention.effectiveOn, until: null }] };
      return {
        ...facts,
        consortium: { kind, coordinatorSiret: coordinator.siret, convention },
        members: { ...facts.members, [coordinator.siret]: member },
      };
    }
    case 'membership.MembershipApplied': {
      const { authority } = event.data;
      const known = facts.members[authority.siret];
      return {
        ...facts,
        members: { ...facts.members, [authority.siret]: { authority, periods: known?.periods ?? [] } },
      };
    }
    case 'membership.AdhesionAccepted': {
      const member = facts.members[event.data.siret];
      if (!member) return facts;
      const periods = [...member.periods, { from: event.data.acceptedOn, until: null }];
      return { ...facts, members: { ...facts.members, [event.data.siret]: { ...member, periods } } };
    }
    case 'membership.WithdrawalRecorded': {
      const member = facts.members[event.data.siret];
      if (!member) return facts;
      const periods = member.periods.map((period) =>
        period.until === null ? { ...period, until: event.data.effectiveOn } : period,
      );
      return { ...facts, members: { ...facts.members, [event.data.siret]: { ...member, periods } } };
    }
    case 'membership.ProcedureLaunched':
      return { ...facts, launches: [...facts.launches, event.data] };
    default:
      return facts;
  }
}

/** Whether the authority is a member on the date: it has signed (or adhered to) the convention and not left. */
export function isMemberOn(facts: MembershipFacts, siret: string, on: string): boolean {
  return (facts.members[siret]?.periods ?? []).some(
    (period) => period.from <= on && (period.until === null || on < period.until),
  );
}

/** The SIRETs of the members on a date, in SIRET order. */
export function membersOn(facts: MembershipFacts, on: string): string[] {
  return Object.keys(facts.members)
    .filter((siret) => isMemberOn(facts, siret, on))
    .sort();
}

export interface LaunchReadiness {
  mayLaunch: boolean;
  reasons: { rule: string; legalReference: string; detail: string }[];
}

/**
 * Rule M1: a procedure may be launched for a groupement only once its convention is in force and signed by every
 * member, and a groupement has at least two members. Members are those who signed by the launch date.
 */
export function launchReadiness(facts: MembershipFacts, launchedOn: string): LaunchReadiness {
  const reasons: LaunchReadiness['reasons'] = [];
  const consortium = facts.consortium;
  if (!consortium) {
    reasons.push({ rule: 'consortium-not-formed', legalReference: 'L2113-7', detail: 'no such consortium' });
    return { mayLaunch: false, reasons };
  }
  if (consortium.convention.effectiveOn > launchedOn) {
    reasons.push({
      rule: 'convention-not-in-force',
      legalReference: 'L2113-7',
      detail: `the convention takes effect on ${consortium.convention.effectiveOn}, after the launch on ${launchedOn}`,
    });
  }
  if (consortium.kind !== 'purchasing-centre' && membersOn(facts, launchedOn).length < 2) {
    reasons.push({
      rule: 'groupement-without-members',
      legalReference: 'L2113-6',
      detail: `a groupement needs at least two members who signed the convention by ${launchedOn}`,
    });
  }
  return { mayLaunch: reasons.length === 0, reasons };
}

export interface OperationLiability {
  operation: EntrustedOperation;
  /** Whether the coordinator runs it in the members' name: then they answer for it jointly (L2113-7 al. 2). */
  jointlyRun: boolean;
  /** The members who mandated the coordinator for it (the procedure's beneficiaries); empty when not entrusted. */
  mandatingMembers: string[];
}

/**
 * Rule M5: an operation of a procedure (award, signature, notification, execution) is tagged with the members who
 * mandated the coordinator for it, and they are jointly liable only for the operations run jointly in their name.
 * Undefined when no such procedure was launched for the consortium.
 */
export function operationLiability(
  facts: MembershipFacts,
  procedureId: string,
  operation: EntrustedOperation,
): OperationLiability | undefined {
  const launch = facts.launches.find((launched) => launched.procedureId === procedureId);
  if (!launch) return undefined;
  const jointlyRun = launch.entrustedOperations.includes(operation);
  return { operation, jointlyRun, mandatingMembers: jointlyRun ? launch.beneficiaries : [] };
}

/** A closed needs census as other services keep it: what the procedure answering it must cover (T1). */
export interface ClosedCensus extends CensusClosed {
  censusId: string;
  consortiumId: string;
}

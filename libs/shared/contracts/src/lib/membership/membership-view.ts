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

/**
 * Whether the authority had signed (or adhered to) the convention strictly before the launch date and is still a
 * member on it (M1): a signature given on the day of the launch is too late for that procedure (M3).
 */
export function signedBeforeLaunch(facts: MembershipFacts, siret: string, launchedOn: string): boolean {
  return (facts.members[siret]?.periods ?? []).some(
    (period) => period.from < launchedOn && (period.until === null || launchedOn < period.until),
  );
}

/** The SIRETs of the members who signed strictly before the launch date and are members on it, in SIRET order. */
export function membersAtLaunch(facts: MembershipFacts, launchedOn: string): string[] {
  return Object.keys(facts.members)
    .filter((siret) => signedBeforeLaunch(facts, siret, launchedOn))
    .sort();
}

export interface LaunchReadiness {
  mayLaunch: boolean;
  reasons: { rule: string; legalReference: string; detail: string }[];
}

/**
 * Rule M1: a procedure may be launched for a groupement only once its convention is in force and signed by every
 * member strictly before the launch date (the day of the launch is too late), and a groupement has at least two
 * members by then. Every member of a one-off groupement is one of its procedure's members, so a signature on the
 * launch day refuses the launch; in a permanent groupement or a centrale a newcomer of that day is simply no
 * beneficiary, unless the procedure names it among its `beneficiaries`, which must all have signed before.
 */
export function launchReadiness(
  facts: MembershipFacts,
  launchedOn: string,
  beneficiaries?: readonly string[],
): LaunchReadiness {
  const reasons: LaunchReadiness['reasons'] = [];
  const consortium = facts.consortium;
  if (!consortium) {
    reasons.push({ rule: 'consortium-not-formed', legalReference: 'L2113-7', detail: 'no such consortium' });
    return { mayLaunch: false, reasons };
  }
  if (consortium.convention.effectiveOn >= launchedOn) {
    reasons.push({
      rule: 'convention-not-in-force',
      legalReference: 'L2113-7',
      detail:
        `the convention takes effect on ${consortium.convention.effectiveOn}: ` +
        `it must be in force before the launch on ${launchedOn}`,
    });
  }
  const late = membersOn(facts, launchedOn).filter((siret) => !signedBeforeLaunch(facts, siret, launchedOn));
  if (consortium.kind === 'one-off-groupement' && late.length > 0) {
    reasons.push({
      rule: 'convention-not-signed-before-launch',
      legalReference: 'L2113-7',
      detail: `every member must sign the convention before the launch on ${launchedOn}; signed that day: ${late.join(', ')}`,
    });
  }
  if (consortium.kind !== 'purchasing-centre' && membersAtLaunch(facts, launchedOn).length < 2) {
    reasons.push({
      rule: 'groupement-without-members',
      legalReference: 'L2113-6',
      detail: `a groupement needs at least two members who signed the convention before ${launchedOn}`,
    });
  }
  const unsigned = (beneficiaries ?? []).filter((siret) => !signedBeforeLaunch(facts, siret, launchedOn));
  if (unsigned.length > 0) {
    reasons.push({
      rule: 'beneficiary-not-signed-before-launch',
      legalReference: 'L2113-7',
      detail: `the procedure's beneficiaries must have signed the convention before ${launchedOn}: not ${unsigned.join(', ')}`,
    });
  }
  return { mayLaunch: reasons.length === 0, reasons };
}

export interface OperationLiability {
  operation: EntrustedOperation;
  /** Whether the coordinator (or the centrale) runs it in the name and on behalf of the mandating members. */
  jointlyRun: boolean;
  /** The members who mandated it for the operation: the procedure's beneficiaries; empty when not entrusted. */
  mandatingMembers: string[];
  /**
   * The members who answer jointly for it (solidairement): the mandating members of a groupement for the operations
   * run jointly (L2113-7 al. 2); nobody for a centrale d'achat, whose members are only deemed to have met their
   * obligations for what they entrusted to it (L2113-4).
   */
  jointlyLiableMembers: string[];
  legalReference: 'L2113-7' | 'L2113-4';
}

/**
 * Rule M5: an operation of a procedure (award, signature, notification, execution) is tagged with the members who
 * mandated the coordinator for it — the procedure's beneficiaries, those whose needs it covers, not every member on
 * the launch date — and they are jointly liable only for the operations run jointly in their name (L2113-7 al. 2).
 * A centrale d'achat's members are never jointly liable (L2113-4). Undefined when no such procedure was launched.
 */
export function operationLiability(
  facts: MembershipFacts,
  procedureId: string,
  operation: EntrustedOperation,
): OperationLiability | undefined {
  const launch = facts.launches.find((launched) => launched.procedureId === procedureId);
  if (!launch) return undefined;
  const jointlyRun = launch.entrustedOperations.includes(operation);
  const mandatingMembers = jointlyRun ? launch.beneficiaries : [];
  const centrale = facts.consortium?.kind === 'purchasing-centre';
  return {
    operation,
    jointlyRun,
    mandatingMembers,
    jointlyLiableMembers: centrale ? [] : mandatingMembers,
    legalReference: centrale ? 'L2113-4' : 'L2113-7',
  };
}

/** A closed needs census as other services keep it: what the procedure answering it must cover (T1). */
export interface ClosedCensus extends CensusClosed {
  censusId: string;
  consortiumId: string;
}

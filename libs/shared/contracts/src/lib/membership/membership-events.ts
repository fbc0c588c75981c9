/**
 * The published language of consortium membership (streams `consortium-<uuid>` and `census-<uuid>`, topic
 * `mutualis.membership.events`). Civil dates are `YYYY-MM-DD` in Europe/Paris; money is integer euro cents HT.
 */

/** Groupement de commandes ponctuel or permanent (L2113-6 to L2113-8), or centrale d'achat (L2113-2 to L2113-5). */
export type ConsortiumKind = 'one-off-groupement' | 'permanent-groupement' | 'purchasing-centre';
export const CONSORTIUM_KINDS: readonly ConsortiumKind[] = [
  'one-off-groupement',
  'permanent-groupement',
  'purchasing-centre',
];

export type AuthorityKind = 'commune' | 'epci' | 'departement' | 'region' | 'other';
export const AUTHORITY_KINDS: readonly AuthorityKind[] = [
  'commune',
  'epci',
  'departement',
  'region',
  'other',
];

/** How the convention shares the consortium's costs among members. */
export type CostSharingRule = 'population-brackets' | 'needs-share' | 'flat';
export const COST_SHARING_RULES: readonly CostSharingRule[] = ['population-brackets', 'needs-share', 'flat'];

export interface PopulationBracket {
  /** Upper bound (inclusive) of the bracket's population; null for the last, open bracket. */
  upToPopulation: number | null;
  /** Weight of a member in this bracket (e.g. 1, 2, 4). */
  weight: number;
}

/**
 * Operations the convention entrusts to the coordinator in the members' name (L2113-7): the members are jointly
 * liable for these only (M5); the others each member carries out, and answers for, alone.
 */
export type EntrustedOperation = 'award' | 'signature' | 'notification' | 'execution';
export const ENTRUSTED_OPERATIONS: readonly EntrustedOperation[] = [
  'award',
  'signature',
  'notification',
  'execution',
];

export interface Convention {
  reference: string;
  /** Date the coordinator signed the convention constitutive (or adopted the conditions of use). */
  signedOn: string;
  effectiveOn: string;
  /** Whether the convention lets new members join (M3, for permanent groupements). */
  adhesionClause: boolean;
  exitClause: { allowed: boolean; noticeDays: number; financialConsequencesBorneBy: string };
  costSharing: { rule: CostSharingRule; brackets: PopulationBracket[] };
  /** CGCT L1414-3 (M6): a CAO of the groupement, or the coordinator's own CAO designated by the convention. */
  cao: 'dedicated' | 'coordinator';
  entrustedOperations: EntrustedOperation[];
}

export interface Authority {
  siret: string;
  siren: string;
  name: string;
  kind: AuthorityKind;
  inseeCode: string | null;
  population: number | null;
}

export interface ConsortiumFormed {
  consortiumId: string;
  kind: ConsortiumKind;
  name: string;
  /** The coordinating authority, a member from the convention's effective date. */
  coordinator: Authority;
  convention: Convention;
  /** The délibération by which a collectivité coordinator decided to sign (M2); null for a buyer that needs none. */
  coordinatorDeliberation: { number: string; adoptedOn: string; body: string } | null;
}

export interface MembershipApplied {
  authority: Authority;
  appliedOn: string;
}

export interface DeliberationRecorded {
  siret: string;
  number: string;
  adoptedOn: string;
  /** The deliberative body: conseil municipal, conseil communautaire, conseil départemental… */
  body: string;
}

export interface AdhesionAccepted {
  siret: string;
  /** The member's signature of the convention (or adhesion to it): a member from this date. */
  acceptedOn: string;
  /** The délibération it rests on (M2), null for a buyer that needs none. */
  deliberationNumber: string | null;
}

export interface WithdrawalRecorded {
  siret: string;
  requestedOn: string;
  /** The first day the authority is no longer a member. */
  effectiveOn: string;
  /** Who bears the financial consequences of the withdrawal, as the convention's exit clause says (M4). */
  financialConsequencesBorneBy: string;
}

export interface ProcedureLaunched {
  procedureId: string;
  launchedOn: string;
  object: string;
  /**
   * The procedure's beneficiaries, the only ones of it and its contracts (M3): its mandating members, those whose
   * needs it covers as the tender names them, each a member who signed before the launch (M1, M5). Launches recorded
   * before issue 20 list every member on the launch date.
   */
  beneficiaries: string[];
  /** The operations the coordinator runs in the beneficiaries' name, as the convention said at launch (M5). */
  entrustedOperations: EntrustedOperation[];
}

export interface CaoComposed {
  composedOn: string;
  composition: 'dedicated' | 'coordinator';
  /** Sealed personal data of the representatives (a key per person). */
  chair: { siret: string; personId: string; sealed: string };
  members: { siret: string; personId: string; sealed: string }[];
}

/**
 * A representative's personal data erased (RGPD art. 17): their key is destroyed, so every sealed copy of their
 * name is unreadable for good, while the CAO's composition and the events' hashes stay as they were.
 */
export interface PersonErased {
  personId: string;
  erasedOn: string;
}

export interface CensusLot {
  number: number;
  title: string;
}

export interface CensusOpened {
  censusId: string;
  consortiumId: string;
  object: string;
  cpvCode: string;
  lots: CensusLot[];
  duration: { initialMonths: number; renewals: number; monthsPerRenewal: number };
  options: string;
  openedOn: string;
}

export interface NeedsSubmitted {
  memberSiret: string;
  submittedOn: string;
  needs: { lot: number; annualCents: number; optionsAnnualCents: number }[];
}

export interface CensusClosed {
  closedOn: string;
  wholeDurationMonths: number;
  perLot: { lot: number; cents: number; members: number }[];
  totalCents: number;
  /** Members whose needs the procedure will cover. */
  beneficiaries: string[];
}

export interface MembershipEventData {
  'membership.ConsortiumFormed': ConsortiumFormed;
  'membership.MembershipApplied': MembershipApplied;
  'membership.DeliberationRecorded': DeliberationRecorded;
  'membership.AdhesionAccepted': AdhesionAccepted;
  'membership.WithdrawalRecorded': WithdrawalRecorded;
  'membership.ProcedureLaunched': ProcedureLaunched;
  'membership.CaoComposed': CaoComposed;
  'membership.PersonErased': PersonErased;
  'membership.CensusOpened': CensusOpened;
  'membership.NeedsSubmitted': NeedsSubmitted;
  'membership.CensusClosed': CensusClosed;
}

export type MembershipEventType = keyof MembershipEventData;

type EventOf<Type extends MembershipEventType> = Type extends MembershipEventType
  ? { type: Type; data: MembershipEventData[Type] }
  : never;

/** Events of a consortium's stream. */
export type ConsortiumEvent = EventOf<
  | 'membership.ConsortiumFormed'
  | 'membership.MembershipApplied'
  | 'membership.DeliberationRecorded'
  | 'membership.AdhesionAccepted'
  | 'membership.WithdrawalRecorded'
  | 'membership.ProcedureLaunched'
  | 'membership.CaoComposed'
  | 'membership.PersonErased'
>;

/** Events of a needs census's stream (recensement des besoins). */
export type CensusEvent = EventOf<
  'membership.CensusOpened' | 'membership.NeedsSubmitted' | 'membership.CensusClosed'
>;

export const consortiumStream = (consortiumId: string) => `consortium-${consortiumId}`;
export const censusStream = (censusId: string) => `census-${censusId}`;

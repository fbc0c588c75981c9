import { Authority, ConsortiumKind, Convention } from '@mutualis/shared/contracts';

/** Commands on a consortium. Dates are civil dates (`YYYY-MM-DD`, Europe/Paris); ids come in with the command. */
export interface FormConsortium {
  type: 'FormConsortium';
  consortiumId: string;
  kind: ConsortiumKind;
  name: string;
  coordinator: AuthorityInput;
  convention: Convention;
  /** The coordinator's délibération, when it is a collectivité (M2). */
  coordinatorDeliberation: { number: string; adoptedOn: string; body: string } | null;
}

/** An authority as given: checked against its SIRET (S1) and the reference data where it is known. */
export interface AuthorityInput {
  siret: string;
  name: string;
  kind: Authority['kind'];
  inseeCode?: string;
  population?: number;
}

export interface ApplyForMembership {
  type: 'ApplyForMembership';
  authority: AuthorityInput;
  appliedOn: string;
}

export interface RecordDeliberation {
  type: 'RecordDeliberation';
  siret: string;
  number: string;
  adoptedOn: string;
  body: string;
}

export interface AcceptAdhesion {
  type: 'AcceptAdhesion';
  siret: string;
  acceptedOn: string;
}

/** Application, délibération and adhesion at once: how regional platforms onboard authorities in bulk. */
export interface OnboardMember {
  type: 'OnboardMember';
  authority: AuthorityInput;
  deliberation: { number: string; adoptedOn: string; body: string } | null;
  acceptedOn: string;
}

export interface Withdraw {
  type: 'Withdraw';
  siret: string;
  requestedOn: string;
  effectiveOn: string;
}

export interface RecordProcedureLaunch {
  type: 'RecordProcedureLaunch';
  procedureId: string;
  launchedOn: string;
  object: string;
  /**
   * The procedure's mandating members, whose needs it covers (the tender's beneficiaries, M5); when absent, every
   * member who signed the convention before the launch.
   */
  beneficiaries?: string[];
}

export interface ComposeCao {
  type: 'ComposeCao';
  composedOn: string;
  composition: 'dedicated' | 'coordinator';
  chair: { siret: string; personId: string; sealed: string };
  members: { siret: string; personId: string; sealed: string }[];
}

/** Erase a CAO representative's personal data (RGPD art. 17). */
export interface ErasePerson {
  type: 'ErasePerson';
  personId: string;
  today: string;
}

export type ConsortiumCommand =
  | FormConsortium
  | ApplyForMembership
  | RecordDeliberation
  | AcceptAdhesion
  | OnboardMember
  | Withdraw
  | RecordProcedureLaunch
  | ComposeCao
  | ErasePerson;

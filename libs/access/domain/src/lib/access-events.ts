import { DomainEvent } from '@mutualis/shared/event-sourcing';

/** The roles that are granted explicitly; a groupement's coordinators and member buyers come from its membership. */
export type GrantedRole = 'platform-admin' | 'auditor' | 'supplier';
export const GRANTED_ROLES: readonly GrantedRole[] = ['platform-admin', 'auditor', 'supplier'];

/** A right given to a person, known by the verified e-mail address their identity provider gives. */
export interface Grant {
  grantId: string;
  /** Lower case: the address the person signs in with. */
  email: string;
  role: GrantedRole;
  /** The groupements an auditor audits; empty for the other roles. */
  consortia: string[];
  /** The company a supplier's employee acts for; null for the other roles. */
  supplierSiret: string | null;
  /** Why, in the words of whoever granted it (a mission letter, a contract). */
  reason: string;
  grantedBy: string;
  grantedOn: string;
}

export type AccessGranted = DomainEvent<'access.AccessGranted', Grant>;
export type AccessRevoked = DomainEvent<
  'access.AccessRevoked',
  { grantId: string; reason: string; revokedBy: string; revokedOn: string }
>;
export type AccessEvent = AccessGranted | AccessRevoked;

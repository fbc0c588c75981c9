import { checkSiret } from '@mutualis/procurement-rules';
import { Decider } from '@mutualis/shared/event-sourcing';
import { AccessEvent, Grant, GRANTED_ROLES, GrantedRole } from './access-events';
import { refuse } from './access-refusal';

export type GrantsCommand =
  | {
      type: 'GrantAccess';
      grantId: string;
      email: string;
      role: GrantedRole;
      consortia: string[];
      supplierSiret: string | null;
      reason: string;
      /** Who grants: the platform administrator's user id, and the address they signed in with. */
      grantedBy: { userId: string; email: string };
      on: string;
    }
  | { type: 'RevokeAccess'; grantId: string; reason: string; revokedBy: string; on: string };

/** The platform's explicit grants: those in force, and the ids ever used (an id is never given twice). */
export interface GrantsState {
  inForce: Record<string, Grant>;
  usedIds: string[];
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function grant(command: Extract<GrantsCommand, { type: 'GrantAccess' }>, state: GrantsState): AccessEvent[] {
  const email = command.email.trim().toLowerCase();
  if (state.usedIds.includes(command.grantId)) return []; // the same grant again: already done
  if (!EMAIL.test(email)) {
    throw refuse(`${command.email} is not an e-mail address`, { rule: 'grantee-email-invalid' });
  }
  if (!GRANTED_ROLES.includes(command.role)) {
    throw refuse(`${command.role} is not granted explicitly`, { rule: 'role-not-grantable' });
  }
  if (email === command.grantedBy.email.trim().toLowerCase()) {
    // Separation of duties: whoever administers the platform does not make themselves an auditor or a supplier.
    throw refuse('nobody grants access to themselves', { rule: 'self-grant' });
  }
  if (command.role === 'auditor' && command.consortia.length === 0) {
    throw refuse('an auditor audits at least one groupement', { rule: 'auditor-without-consortium' });
  }
  if (command.role !== 'auditor' && command.consortia.length > 0) {
    throw refuse(`a ${command.role} is not granted per groupement`, { rule: 'consortia-not-applicable' });
  }
  if ((command.role === 'supplier') !== (command.supplierSiret !== null)) {
    throw refuse('a supplier account, and only it, names its company’s SIRET', { rule: 'supplier-siret' });
  }
  if (command.supplierSiret !== null) {
    const siret = checkSiret(command.supplierSiret);
    if (!siret.valid)
      throw refuse(`SIRET ${command.supplierSiret}: ${siret.reason}`, { rule: 'invalid-siret' });
  }
  const same = Object.values(state.inForce).find(
    (existing) =>
      existing.email === email &&
      existing.role === command.role &&
      existing.supplierSiret === command.supplierSiret &&
      existing.consortia.join() === [...command.consortia].sort().join(),
  );
  if (same) return [];
  return [
    {
      type: 'access.AccessGranted',
      data: {
        grantId: command.grantId,
        email,
        role: command.role,
        consortia: [...command.consortia].sort(),
        supplierSiret: command.supplierSiret,
        reason: command.reason,
        grantedBy: command.grantedBy.userId,
        grantedOn: command.on,
      },
    },
  ];
}

/**
 * The rights the platform grants explicitly (platform administrators, auditors, suppliers' employees), each recorded
 * with who granted it and why, and revocable. Granting what is already in force, or the same grant again, decides
 * nothing.
 */
export const grantsDecider: Decider<GrantsCommand, AccessEvent, GrantsState> = {
  initialState: { inForce: {}, usedIds: [] },
  decide(command, state) {
    switch (command.type) {
      case 'GrantAccess':
        return grant(command, state);
      case 'RevokeAccess': {
        if (!state.inForce[command.grantId]) {
          if (state.usedIds.includes(command.grantId)) return []; // already revoked
          throw refuse(`there is no grant ${command.grantId}`, { rule: 'unknown-grant' });
        }
        const { grantId, reason, revokedBy, on } = command;
        return [{ type: 'access.AccessRevoked', data: { grantId, reason, revokedBy, revokedOn: on } }];
      }
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'access.AccessGranted':
        return {
          inForce: { ...state.inForce, [event.data.grantId]: event.data },
          usedIds: [...state.usedIds, event.data.grantId],
        };
      case 'access.AccessRevoked': {
        const { [event.data.grantId]: _revoked, ...inForce } = state.inForce;
        return { ...state, inForce };
      }
    }
  },
};

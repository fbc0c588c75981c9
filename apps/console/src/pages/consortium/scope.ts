import type { ConsortiumRole, Me } from '../../session/me';

/** What every page of a groupement knows: who, in which role, in which groupement. */
export interface ConsortiumScope {
  me: Me;
  role: ConsortiumRole;
  consortiumId: string;
}

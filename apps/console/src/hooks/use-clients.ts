import { useMemo } from 'react';
import { Clients, createClients } from '../api/clients';
import type { ActingRole } from '../session/me';

/** The services' clients, calling in the given role (and groupement, when the path does not name it). */
export function useClients(role?: ActingRole, consortiumId?: string): Clients {
  return useMemo(
    () => createClients({ ...(role ? { role } : {}), ...(consortiumId ? { consortiumId } : {}) }),
    [role, consortiumId],
  );
}

import { Principal } from '@mutualis/shared/api/local';

/** The people the demonstration acts as, each with the token claims the services check. */
export const actors = {
  platformAdmin: (): Principal => ({ userId: 'plateforme-regionale', role: 'platform-admin', consortia: [] }),
  coordinator: (consortiumId: string): Principal => ({
    userId: 'acheteur-coordonnateur',
    role: 'coordinator',
    consortia: [consortiumId],
  }),
  memberBuyer: (consortiumId: string, authoritySiret: string): Principal => ({
    userId: `acheteur-${authoritySiret}`,
    role: 'member-buyer',
    consortia: [consortiumId],
    authoritySiret,
  }),
  /** A company's staff, answering the consultations of a consortium. */
  supplier: (supplierSiret: string, consortiumId: string): Principal => ({
    userId: `fournisseur-${supplierSiret}`,
    role: 'supplier',
    consortia: [consortiumId],
    supplierSiret,
  }),
  auditor: (consortiumId: string): Principal => ({
    userId: 'controleur-crc',
    role: 'auditor',
    consortia: [consortiumId],
  }),
};

/** Bodies for the membership API tests: real communes of Loire-Atlantique (reference data). */
export const SAINT_NAZAIRE = { siret: '21440184600016', name: 'Saint-Nazaire', kind: 'commune' };
export const CROSSAC = { siret: '21440050900011', name: 'Crossac', kind: 'commune' };
export const MESANGER = { siret: '21440096200012', name: 'Mésanger', kind: 'commune' };
export const SAVENAY = { siret: '21440195200012', name: 'Savenay', kind: 'commune' };

export const consortiumBody = (kind = 'permanent-groupement', overrides: object = {}) => ({
  kind,
  name: 'Groupement cybersécurité de l’estuaire',
  coordinator: SAINT_NAZAIRE,
  convention: {
    reference: 'CONV-CYBER-2026-01',
    signedOn: '2026-01-15',
    effectiveOn: '2026-02-01',
    adhesionClause: true,
    exitClause: { allowed: true, noticeDays: 90, financialConsequencesBorneBy: 'le membre sortant' },
    costSharing: { rule: 'flat', brackets: [] },
    cao: 'dedicated',
    entrustedOperations: ['award', 'signature', 'notification'],
    ...overrides,
  },
  coordinatorDeliberation: { number: 'DCM-2026-002', adoptedOn: '2026-01-10', body: 'conseil municipal' },
});

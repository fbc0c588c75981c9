// The Code's words for the values the APIs exchange in English.

export const CONSORTIUM_KINDS = {
  'permanent-groupement': 'Groupement de commandes permanent',
  'one-off-groupement': 'Groupement de commandes ponctuel',
  'purchasing-centre': 'Centrale d’achat',
} as const;

export const AUTHORITY_KINDS = {
  commune: 'Commune',
  epci: 'EPCI',
  departement: 'Département',
  region: 'Région',
  other: 'Autre acheteur public',
} as const;

export const ROLES = {
  coordinator: 'Coordonnateur',
  'member-buyer': 'Acheteur membre',
  auditor: 'Contrôle',
  'platform-admin': 'Administrateur de la plateforme',
  supplier: 'Entreprise',
} as const;

export const CAO_COMPOSITIONS = {
  dedicated: 'CAO propre au groupement',
  coordinator: 'CAO du coordonnateur',
} as const;

export const ENTRUSTED_OPERATIONS = {
  award: 'Passation',
  signature: 'Signature',
  notification: 'Notification',
  execution: 'Exécution',
} as const;

export const COST_SHARING_RULES = {
  'population-brackets': 'Par tranches de population',
  'needs-share': 'Au prorata des besoins recensés',
  flat: 'À parts égales',
} as const;

export const IMPORT_OUTCOMES = {
  accepted: 'Acceptée',
  unchanged: 'Inchangée',
  refused: 'Refusée',
} as const;

export const CONTRACT_STATUSES = {
  signed: 'Signé',
  running: 'En cours d’exécution',
  suspended: 'Ajourné',
  terminated: 'Résilié',
  ended: 'Terminé',
} as const;

export const CONTRACT_KINDS = {
  contract: 'Marché',
  'framework-agreement': 'Accord-cadre à bons de commande',
} as const;

/** The label of a value, or the value itself when the console does not know it yet (a newer API). */
export function labelOf<Labels extends Record<string, string>>(labels: Labels, value: string): string {
  return (labels as Record<string, string>)[value] ?? value;
}

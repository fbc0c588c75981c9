/** The organisation a demo account works for, as ProConnect names it: its SIRET when it has one. */
export interface DemoOrganisation {
  name: string;
  /** The establishment's SIRET (14 digits), sent as the `siret` claim; null for those signing in without one. */
  siret: string | null;
}

/** A person of the demonstration who can sign in to the development identity provider. */
export interface DemoAccount {
  /** The `sub` claim: fixed, so a person keeps their identity from one start of the provider to the next. */
  subject: string;
  email: string;
  givenName: string;
  familyName: string;
  organisation: DemoOrganisation;
  /** What the person will be able to do in Mutualis, shown on the login page (French, for the people trying it). */
  intendedRole: string;
}

/** The password of every demo account, printed on the login page. */
export const DEMO_PASSWORD = 'demo';

/**
 * The people of the demonstration's scenario (apps/demo): the coordinator and the first two communes it onboards,
 * a supplier that bids, an auditor and the regional platform's administrator. Their roles come from Mutualis' own
 * data and grants (the access context), not from this list.
 *
 * The communes are those apps/demo/src/scenario.ts picks from libs/procurement-rules/data/
 * acheteurs_communes_siret_from_decp.csv: the département with the most communes in the file (31), its communes in
 * alphabetical order (`pickCommunes`), the first two; the coordinator is their EPCI (`chooseCoordinator`), with its
 * head office's SIRET. The supplier is apps/demo/src/steps/suppliers.ts' OCCITANIE_AUDIT and its contact.
 */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    subject: 'demo-claire-martin',
    email: 'claire.martin@toulouse-metropole.fr',
    givenName: 'Claire',
    familyName: 'Martin',
    organisation: { name: 'Toulouse Métropole', siret: '24310051800014' },
    intendedRole: 'Coordonnatrice du groupement de commandes (agente du coordonnateur)',
  },
  {
    subject: 'demo-lucie-bonnet',
    email: 'lucie.bonnet@mairie-balma.fr',
    givenName: 'Lucie',
    familyName: 'Bonnet',
    organisation: { name: 'Balma', siret: '21310044900015' },
    intendedRole: 'Acheteuse d’une commune membre du groupement',
  },
  {
    subject: 'demo-julien-sabatier',
    email: 'julien.sabatier@mairie-beauzelle.fr',
    givenName: 'Julien',
    familyName: 'Sabatier',
    organisation: { name: 'Beauzelle', siret: '21310056300013' },
    intendedRole: 'Acheteur d’une commune membre du groupement',
  },
  {
    subject: 'demo-ines-garrigues',
    email: 'i.garrigues@occitanie-cyber.example',
    givenName: 'Inès',
    familyName: 'Garrigues',
    organisation: { name: 'Occitanie Cyber Audit SAS', siret: '83451276600017' },
    intendedRole: 'Salariée d’une entreprise candidate (accès fournisseur accordé par la plateforme)',
  },
  {
    subject: 'demo-paul-lacombe',
    email: 'controle@crc-occitanie.fr',
    givenName: 'Paul',
    familyName: 'Lacombe',
    organisation: { name: 'Chambre régionale des comptes Occitanie', siret: null },
    intendedRole: 'Contrôleur (accès en lecture accordé groupement par groupement)',
  },
  {
    subject: 'demo-nadia-benali',
    email: 'admin@plateforme-regionale.fr',
    givenName: 'Nadia',
    familyName: 'Benali',
    organisation: { name: 'Plateforme régionale des achats mutualisés', siret: null },
    intendedRole: 'Administratrice de la plateforme',
  },
];

/** The account whose e-mail address this is (any case, spaces around ignored), if any. */
export function findAccountByEmail(accounts: readonly DemoAccount[], email: string): DemoAccount | undefined {
  const wanted = email.trim().toLowerCase();
  return accounts.find((account) => account.email.toLowerCase() === wanted);
}

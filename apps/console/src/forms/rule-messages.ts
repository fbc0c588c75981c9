/**
 * The rules of the membership context, said in French for the person who filled the form (the service's `detail`
 * follows, with the values concerned). A rule the console does not know yet is shown by its `detail` alone.
 */
export const RULE_MESSAGES: Record<string, string> = {
  'already-a-member': 'Cette collectivité est déjà membre du groupement.',
  'authority-mismatch': 'Cette collectivité ne correspond pas à celle qui a demandé son adhésion.',
  'award-not-entrusted': 'La convention ne confie pas la passation au coordonnateur.',
  'beneficiary-not-signed-before-launch':
    'Ce bénéficiaire n’avait pas signé la convention avant le lancement de la procédure.',
  'census-already-opened': 'Ce recensement des besoins est déjà ouvert.',
  'census-closed': 'Ce recensement des besoins est clos : il n’accepte plus de réponse.',
  'census-lots-invalid': 'Les lots doivent être numérotés 1, 2, 3… et chacun avoir un intitulé.',
  'census-not-opened': 'Aucun recensement des besoins n’est ouvert sous cet identifiant.',
  'census-without-needs': 'Aucun membre n’a encore exprimé de besoin : le recensement ne peut pas être clos.',
  'consortium-already-formed': 'Ce groupement est déjà constitué.',
  'consortium-not-formed': 'Ce groupement n’est pas constitué.',
  'convention-effective-before-signature':
    'L’entrée en vigueur ne peut précéder la signature de la convention.',
  'convention-not-in-force': 'La convention constitutive n’est pas encore en vigueur à cette date.',
  'convention-not-signed-before-launch':
    'Un membre a signé la convention le jour du lancement : tous doivent l’avoir signée avant.',
  'coordinator-cannot-withdraw': 'Le coordonnateur ne peut pas se retirer du groupement.',
  'cost-sharing-brackets-invalid': 'Les tranches de population doivent être croissantes et de poids positif.',
  'dated-before-launch': 'La date précède le lancement de la procédure.',
  'deliberation-required':
    'L’adhésion d’une collectivité exige une délibération de son assemblée, adoptée au plus tard à la date d’adhésion.',
  'estimated-value-out-of-range': 'La valeur estimée du besoin n’est pas valable.',
  'exit-notice-not-respected': 'Le préavis de retrait prévu par la convention n’est pas respecté.',
  'invalid-siret': 'Ce SIRET n’est pas valide (14 chiffres dont la clé de contrôle).',
  'no-adhesion-clause': 'La convention ne prévoit pas l’adhésion de nouveaux membres.',
  'no-beneficiaries': 'La procédure doit avoir au moins un membre bénéficiaire.',
  'no-cost-basis': 'Aucune base ne permet de répartir les frais (population ou besoins recensés).',
  'no-exit-clause': 'La convention ne prévoit pas le retrait d’un membre.',
  'no-members': 'Le groupement n’a pas de membre concerné.',
  'no-population-bracket': 'Aucune tranche de population ne couvre cette collectivité.',
  'not-a-member': 'Cette collectivité n’est pas membre du groupement.',
  'not-an-applicant': 'Cette collectivité n’a pas demandé à adhérer au groupement.',
  'one-off-groupement-frozen':
    'Un groupement ponctuel n’accepte plus de nouveau membre une fois la procédure lancée.',
  'population-unknown': 'La population de cette collectivité n’est pas connue.',
  'unknown-cpv-code': 'Ce code CPV n’existe pas dans la nomenclature.',
  'unknown-lot': 'Ce lot n’existe pas dans le recensement.',
  'withdrawal-already-recorded': 'Le retrait de cette collectivité est déjà enregistré.',
  'cao-chair-not-coordinator': 'La CAO est présidée par le représentant du coordonnateur.',
  'cao-composition-not-per-convention': 'La composition de la CAO ne suit pas la convention.',
  'cao-one-representative-per-member': 'Chaque membre a un représentant à la CAO, pas davantage.',
};

/** French words for the platform's problems other than rule refusals. */
export const PROBLEM_MESSAGES: Record<string, string> = {
  'validation-failed': 'Certains champs ne sont pas valides.',
  'malformed-json': 'La requête envoyée n’est pas lisible.',
  unauthenticated: 'Votre session a expiré : reconnectez-vous.',
  forbidden: 'Vous n’avez pas le droit de faire cela dans ce rôle.',
  'not-found': 'Introuvable : la ressource n’existe pas ou plus.',
  'version-conflict': 'Quelqu’un a modifié ces données entre-temps : rechargez la page puis réessayez.',
  conflict: 'Cette demande contredit une demande précédente : rechargez la page.',
  'payload-too-large': 'Le fichier est trop volumineux (16 Mo au plus).',
  'unsupported-media-type': 'Ce type de fichier n’est pas accepté.',
  'too-many-requests': 'Trop de demandes à la fois : patientez un instant.',
};

/** The query parameters the ledger and history routes share, documented once. */

/** The page size of the ledger and of the timeline: 500 by default, from 1 to 5 000. */
export const PAGE_LIMIT = {
  name: 'limit',
  required: false,
  description:
    'Nombre d’événements par page : 500 par défaut, 5 000 au plus (une valeur hors de 1 à 5 000 y est ramenée)',
  schema: { type: 'integer', minimum: 1, maximum: 5_000, default: 500 },
} as const;

/** Where a page starts: after a ledger position. */
export const PAGE_AFTER = {
  name: 'after',
  required: false,
  description:
    'Position dans le registre après laquelle la page commence (exclue) : la valeur `next` de la page précédente ; ' +
    '0 par défaut, depuis le début',
  schema: { type: 'integer', minimum: 0, default: 0 },
} as const;

/** The moment a history route reads the ledger at: an instant of recording. */
export const AS_OF = {
  name: 'asOf',
  required: false,
  description:
    'Lire le registre tel qu’il était à cet instant : les événements enregistrés jusqu’alors (instant ISO 8601 avec ' +
    'fuseau, ou date AAAA-MM-JJ : fin de cette journée, heure de Paris). C’est l’heure réelle de l’enregistrement ' +
    '(`recordedAt`), non la date métier des actes (`businessDate`), que le contrôle de l’horloge peut avancer. ' +
    'Par défaut, maintenant. Rappelé dans la réponse avec la position du registre lue.',
  schema: { type: 'string', example: '2026-04-13' },
} as const;

/** The moment a history route reads the ledger at: a ledger position. */
export const POSITION = {
  name: 'position',
  required: false,
  description:
    'Lire le registre tel qu’il était à cette position : les événements reçus jusqu’à elle (incluse). Par défaut, ' +
    'tout ce qui a été reçu. La `position` d’une réponse, repassée ici, redonne la même lecture.',
  schema: { type: 'integer', minimum: 0, example: 214 },
} as const;

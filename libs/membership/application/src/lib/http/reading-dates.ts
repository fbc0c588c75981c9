import type { ApiQueryOptions } from '@nestjs/swagger';

/** `on`: the civil date a consortium's membership is read for. */
export const ON_QUERY: ApiQueryOptions = {
  name: 'on',
  required: false,
  description:
    'Date (AAAA-MM-JJ, heure de Paris) à laquelle on lit l’appartenance des membres ; par défaut aujourd’hui, ou ' +
    'le jour de `asOf` quand il est donné',
  schema: { type: 'string', format: 'date', example: '2026-03-01' },
};

/** `asOf`: the instant whose record is read, for what the platform knew then. */
export const AS_OF_QUERY: ApiQueryOptions = {
  name: 'asOf',
  required: false,
  description:
    'Lire le groupement tel qu’il était enregistré à cet instant (ISO 8601 avec fuseau, ou une date AAAA-MM-JJ : ' +
    'la fin de ce jour à Paris) ; par défaut, l’état actuel',
  schema: { type: 'string', example: '2026-03-01T18:00:00+01:00' },
};

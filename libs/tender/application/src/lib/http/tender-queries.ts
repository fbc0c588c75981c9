import { ApiQueryOptions } from '@nestjs/swagger';

/** `asOf`: what the service had recorded of a consultation at an instant, for an audit or a dispute. */
export const AS_OF: ApiQueryOptions = {
  name: 'asOf',
  required: false,
  type: String,
  description:
    'Répondre tel qu’enregistré à cet instant : instant ISO 8601 avec fuseau, ou date AAAA-MM-JJ ' +
    '(la fin de ce jour, heure de Paris) ; par défaut, maintenant',
  example: '2026-10-05',
};

import type { OpenAPIObject } from '@nestjs/swagger';
import { problemType, RULE_REFUSAL_TITLE, RULE_TYPE_PREFIX } from '../errors/problem-types';
import { PROBLEM_CONTENT_TYPE } from '../errors/problem-details';

type Example = Record<string, unknown>;

type Schema = NonNullable<NonNullable<OpenAPIObject['components']>['schemas']>[string];

/** The JSON schema of every error body (RFC 9457), under components.schemas.ProblemDetails. */
export const PROBLEM_DETAILS_SCHEMA: Schema = {
  type: 'object',
  description:
    'Détail d’un problème (problem details, RFC 9457). `type` est stable : un client s’y fie, jamais au texte de ' +
    '`title` ou `detail`.',
  required: ['type', 'title', 'status'],
  properties: {
    type: { type: 'string', format: 'uri', description: 'Type stable du problème (urn:mutualis:…)' },
    title: { type: 'string', description: 'Résumé du type de problème' },
    status: { type: 'integer', description: 'Code de statut HTTP' },
    detail: { type: 'string', description: 'Explication propre à cette requête' },
    correlationId: {
      type: 'string',
      description: 'Identifiant de corrélation (X-Request-Id) à citer au support',
    },
    errors: {
      type: 'array',
      description: 'Champs invalides (validation-failed) : chemin du champ et message',
      items: {
        type: 'object',
        required: ['field', 'message'],
        properties: { field: { type: 'string' }, message: { type: 'string' } },
      },
    },
    legalReference: {
      type: 'string',
      description:
        'Article du Code de la commande publique (CCP) qui fonde le refus, ex. R2194-8 ; un autre code est nommé ' +
        '(ex. « CGCT L1414-3 »)',
    },
    values: {
      type: 'object',
      additionalProperties: true,
      description: 'Valeurs qui ont enfreint la règle (montants en centimes d’euro)',
    },
  },
  additionalProperties: true,
};

const example = (
  code: Parameters<typeof problemType>[0],
  status: number,
  title: string,
  detail: string,
): Example => ({
  type: problemType(code),
  title,
  status,
  detail,
  correlationId: '0190c6a4-7c1e-7000-8000-00000000abcd',
});

/** One documented error response: its description (in French, for public buyers) and examples. */
export interface ProblemResponse {
  description: string;
  examples: Record<string, Example>;
}

export const PROBLEM_RESPONSES = {
  400: {
    description:
      'Requête invalide (validation-failed, malformed-json) : chaque champ en erreur est listé dans `errors` avec ' +
      'son message ; un champ inconnu est refusé.',
    examples: {
      'validation-failed': {
        ...example(
          'validation-failed',
          400,
          'The request is not valid',
          '1 field(s) of the request are not valid.',
        ),
        errors: [{ field: 'amountCents', message: 'amountCents must be a positive number' }],
      },
      'malformed-json': example(
        'malformed-json',
        400,
        'The body is not valid JSON',
        'The body is not valid JSON.',
      ),
    },
  },
  401: {
    description:
      'Jeton absent, expiré ou invalide (unauthenticated) : envoyer `Authorization: Bearer <jeton>`.',
    examples: {
      unauthenticated: example('unauthenticated', 401, 'Authentication required', 'The token has expired.'),
    },
  },
  403: {
    description:
      'Accès refusé (forbidden) : le rôle du jeton n’est pas autorisé, ou le jeton ne parle pas pour le ' +
      'groupement de commandes / la centrale d’achat (consortium) visé. Rien de la ressource n’est révélé.',
    examples: {
      forbidden: example(
        'forbidden',
        403,
        'Access denied',
        'This token does not speak for the consortium of this resource.',
      ),
    },
  },
  404: {
    description: 'Ressource introuvable dans ce groupement (not-found).',
    examples: { 'not-found': example('not-found', 404, 'Not found', 'No such resource in this consortium.') },
  },
  409: {
    description:
      'Conflit : la ressource a changé entre-temps (version-conflict), ou une requête avec la même ' +
      'Idempotency-Key est encore en cours (idempotency-key-in-use).',
    examples: {
      'version-conflict': {
        ...example('version-conflict', 409, 'The resource was changed meanwhile', 'Read it again and retry.'),
        currentVersion: 4,
      },
    },
  },
  412: {
    description:
      'Version périmée (version-mismatch) : la ressource n’est plus à la version donnée dans If-Match ; la relire.',
    examples: {
      'version-mismatch': {
        ...example(
          'version-mismatch',
          412,
          'The resource is not at the version given in If-Match',
          'Read it again.',
        ),
        expectedVersion: 2,
        currentVersion: 3,
      },
    },
  },
  413: {
    description: 'Corps de requête trop volumineux (payload-too-large).',
    examples: {
      'payload-too-large': example(
        'payload-too-large',
        413,
        'The body is too large',
        'The body is too large.',
      ),
    },
  },
  415: {
    description: 'Le corps doit être du JSON, `Content-Type: application/json` (unsupported-media-type).',
    examples: {
      'unsupported-media-type': example(
        'unsupported-media-type',
        415,
        'The body must be JSON',
        'Send the body as application/json.',
      ),
    },
  },
  422: {
    description:
      'Refus par une règle métier (rule refusal, type `urn:mutualis:rule:…`) : `legalReference` cite l’article du ' +
      'Code de la commande publique et `values` les valeurs en cause ; ou Idempotency-Key déjà utilisée pour une ' +
      'autre requête (idempotency-key-reused).',
    examples: {
      'rule-refusal': {
        type: `${RULE_TYPE_PREFIX}de-minimis-cap-exceeded`,
        title: RULE_REFUSAL_TITLE,
        status: 422,
        detail:
          'De minimis amendments would reach 10% of the initial amount (R2194-8, cumulated per R2194-9).',
        legalReference: 'R2194-8',
        values: { initialAmountCents: 10_000_000, previousAmendmentsCents: 600_000, requestedCents: 500_000 },
        correlationId: '0190c6a4-7c1e-7000-8000-00000000abcd',
      },
      'idempotency-key-reused': example(
        'idempotency-key-reused',
        422,
        'This Idempotency-Key was used for another request',
        'Use a new key for a new request.',
      ),
    },
  },
  500: {
    description:
      'Erreur inattendue (internal-error) : aucun détail interne n’est divulgué ; citer le correlationId.',
    examples: {
      'internal-error': example(
        'internal-error',
        500,
        'Internal error',
        'An unexpected error occurred. Quote the correlation id to support.',
      ),
    },
  },
  503: {
    description: 'Service indisponible (not-ready) : une dépendance ne répond pas, ou le service s’arrête.',
    examples: {
      'not-ready': example('not-ready', 503, 'The service is not ready', 'Not ready: database down.'),
    },
  },
} as const satisfies Record<number, ProblemResponse>;

/** The OpenAPI response object of a documented error status. */
export function problemResponse(status: keyof typeof PROBLEM_RESPONSES) {
  const { description, examples } = PROBLEM_RESPONSES[status];
  return {
    description,
    content: {
      [PROBLEM_CONTENT_TYPE]: {
        schema: { $ref: '#/components/schemas/ProblemDetails' },
        examples: Object.fromEntries(Object.entries(examples).map(([name, value]) => [name, { value }])),
      },
    },
  };
}

import { OpenAPIObject } from '@nestjs/swagger';
import { PROBLEM_DETAILS_SCHEMA, PROBLEM_RESPONSES, problemResponse } from './problem-responses';

type PathItem = OpenAPIObject['paths'][string];
type Operation = NonNullable<PathItem['get']>;
type Parameter = NonNullable<Operation['parameters']>[number];
type ErrorStatus = keyof typeof PROBLEM_RESPONSES;

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

const IDEMPOTENCY_KEY: Parameter = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  schema: { type: 'string', maxLength: 255, example: '8e03978e-40d5-43e8-bc93-6894a57f9324' },
  description:
    'Clé d’idempotence (Idempotency-Key) : une valeur unique par opération, par exemple un UUID. Renvoyer la même ' +
    'requête avec la même clé rend la même réponse sans rien refaire (en-tête `Idempotent-Replayed: true`) ; la ' +
    'même clé avec un autre corps est refusée (422). Les clés sont propres à chaque utilisateur et gardées 24 h. ' +
    'Renvoyée pendant que la première s’exécute, la requête reçoit 409 avec `Retry-After` (secondes) ; après la ' +
    'panne de l’instance qui l’exécutait, elle s’exécute au plus tard 10 s après.',
};

/**
 * What a supplier's token says on every route open to suppliers: its `consortia` claim is checked on a groupement's
 * consultations and contracts, while any supplier may answer any published consultation (L3, ADR 0007).
 */
const SUPPLIER_ACCESS =
  ' Un fournisseur (`supplier`) agit pour le seul SIRET de son jeton ; il peut répondre à toute consultation ' +
  'publiée (L3), mais les consultations et les marchés d’un groupement ne lui répondent que si son jeton nomme ce ' +
  'groupement (sinon 403 pour une consultation, 404 pour un marché) : le service d’accès lui en délivre un pour le ' +
  'groupement de l’appel, quel qu’il soit. ' +
  'Le registre des fournisseurs est celui de la plateforme : les groupements du jeton n’y restreignent rien.';

const IF_MATCH: Parameter = {
  name: 'If-Match',
  in: 'header',
  required: false,
  schema: { type: 'string', example: '"3"' },
  description:
    'Version attendue de la ressource (la valeur de l’ETag lu, ex. `"3"`) : si une autre décision a été ' +
    'enregistrée entre-temps, la commande est refusée (412) au lieu de l’ignorer.',
};

/** What each route parameter of the platform means, for the parameters a route does not describe itself. */
const PATH_PARAMETERS: Record<string, string> = {
  consortiumId: 'Identifiant (UUID) du groupement de commandes ou de la centrale d’achat (consortium)',
  authoritySiret: 'SIRET (14 chiffres) de la collectivité ou de l’acheteur membre (authority)',
  supplierSiret: 'SIRET (14 chiffres) de l’entreprise (supplier)',
  censusId: 'Identifiant (UUID) du recensement des besoins (census)',
  tenderId: 'Identifiant (UUID) de la consultation (tender)',
  lot: 'Numéro du lot dans la consultation (1, 2, …)',
  bidId: 'Identifiant (UUID) de l’offre (bid)',
  contractId: 'Identifiant (UUID) du marché ou de l’accord-cadre (contract)',
  invoiceId: 'Identifiant (UUID) de la facture (invoice), donné dans la réponse à son dépôt',
  penaltyId: 'Identifiant (UUID) de la pénalité (penalty), donné dans la réponse à son application',
  exclusionId: 'Identifiant du motif d’exclusion enregistré (exclusion)',
  personId: 'Identifiant (UUID) de la personne dont les données personnelles sont en cause',
  eventId: 'Identifiant (UUID) de l’événement du registre (event)',
  streamId: 'Identifiant du flux d’événements (event stream), ex. `consortium-<uuid>`',
};

/**
 * Adds the platform's conventions to every operation of a service's document, so that no endpoint can forget
 * them: problem+json error responses, `Idempotency-Key` on POST, `If-Match` where a command declares it, and the
 * roles allowed, in the description.
 */
export function applyApiConventions(document: OpenAPIObject): OpenAPIObject {
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, ProblemDetails: PROBLEM_DETAILS_SCHEMA },
  };
  for (const pathItem of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = pathItem[method];
      if (operation) applyToOperation(method, operation);
    }
  }
  return document;
}

function applyToOperation(method: (typeof METHODS)[number], operation: Operation): void {
  const extensions = operation as unknown as Record<string, unknown>;
  const parameters = operation.parameters ?? [];
  for (const parameter of parameters) {
    if ('in' in parameter && parameter.in === 'path' && !parameter.description) {
      const description = PATH_PARAMETERS[parameter.name];
      if (description) parameter.description = description;
    }
  }
  const statuses = new Set<ErrorStatus>([500]);
  if ((operation.security?.length ?? 0) > 0) [401, 403].forEach((s) => statuses.add(s as ErrorStatus));
  if (operation.requestBody) [400, 413, 415].forEach((s) => statuses.add(s as ErrorStatus));
  if (parameters.some((p) => 'in' in p && (p.in === 'path' || p.in === 'query'))) statuses.add(400);
  if (parameters.some((p) => 'in' in p && p.in === 'path')) statuses.add(404);
  if (method === 'post') {
    parameters.push(IDEMPOTENCY_KEY);
    statuses.add(409).add(422);
  }
  if (extensions['x-mutualis-if-match'] === true) {
    parameters.push(IF_MATCH);
    statuses.add(409).add(412);
  }
  operation.parameters = parameters;
  const location = extensions['x-mutualis-location'];
  if (typeof location === 'string' && operation.responses['201']) {
    const created = operation.responses['201'] as { headers?: Record<string, unknown> };
    created.headers = {
      ...created.headers,
      Location: {
        description: `Où lire la ressource créée : \`${location}\``,
        schema: { type: 'string', example: location },
      },
    };
  }
  for (const status of [...statuses].sort()) operation.responses[status] ??= problemResponse(status);

  const roles = extensions['x-mutualis-roles'];
  if (Array.isArray(roles)) {
    const access =
      `**Accès** : rôles ${roles.map((role) => `\`${role}\``).join(', ')}, pour les seuls groupements ` +
      '(consortia) que nomme le jeton.' +
      (roles.includes('supplier') ? SUPPLIER_ACCESS : '');
    operation.description = [operation.description, access].filter(Boolean).join('\n\n');
  }
}

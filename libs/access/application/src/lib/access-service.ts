import { ServiceOptions } from '@mutualis/shared/api';
import { AccessConfig } from './access.config';
import { ACCESS_SCHEMA, AccessModule } from './access.module';

/** How the access service (the console's backend-for-frontend) is built on the platform. */
export function accessService(
  overrides: Partial<ServiceOptions<AccessConfig>> = {},
): ServiceOptions<AccessConfig> {
  return {
    name: 'access-service',
    schema: ACCESS_SCHEMA,
    module: AccessModule,
    config: AccessConfig,
    openApi: {
      title: 'Mutualis — console : connexion et accès',
      description:
        'La console de Mutualis et son accès : connexion OpenID Connect (ProConnect pour les agents publics), session, ' +
        'rôles déduits des adhésions (agents du coordonnateur et des collectivités membres) ou donnés explicitement ' +
        '(administrateurs, contrôleurs, fournisseurs), et les appels aux cinq services au nom de la personne connectée ' +
        '(`/api/<service>/…`, jetons RS256 dont les clés sont publiées dans `/.well-known/jwks.json`).',
    },
    ...overrides,
  };
}

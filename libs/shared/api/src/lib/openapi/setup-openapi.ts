import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { BEARER_SCHEME } from '../auth/access.decorators';
import { applyApiConventions } from './api-conventions';

/** How the OpenAPI document presents a service, in French for its users (public buyers, suppliers, auditors). */
export interface OpenApiInfo {
  title: string;
  description: string;
  version?: string;
}

const CONVENTIONS =
  '\n\n**Conventions communes** : montants en centimes d’euro avec mention HT/TTC ; dates ISO 8601 avec fuseau ' +
  '(les délais légaux se comptent en heure de Paris) ; erreurs au format problem+json (RFC 9457) ; ' +
  '`Idempotency-Key` sur chaque POST ; `If-Match` pour ne pas écraser une décision prise entre-temps.';

/**
 * Serves the service's OpenAPI 3 document at /openapi.json and its reader at /docs. The document is built at the
 * first request for it: building the five services' documents held the suite's start back by about a second.
 */
export function setupOpenApi(app: INestApplication, info: OpenApiInfo): void {
  const config = new DocumentBuilder()
    .setTitle(info.title)
    .setDescription(`${info.description}${CONVENTIONS}`)
    .setVersion(info.version ?? '1')
    .addBearerAuth(
      {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'JWT',
        description:
          'Jeton JWT (bearer) : rôle (platform-admin, coordinator, member-buyer, supplier, auditor), groupements ' +
          '(consortia) et SIRET de l’acheteur ou du fournisseur pour lesquels il agit.',
      },
      BEARER_SCHEME,
    )
    .build();
  const document = (): OpenAPIObject => applyApiConventions(SwaggerModule.createDocument(app, config));
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'openapi.json', raw: ['json'] });
}

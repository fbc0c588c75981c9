import { ServiceOptions } from '@mutualis/shared/api';
import { AuditConfig } from './audit.config';
import { AUDIT_SCHEMA, AuditModule } from './audit.module';

/** How the audit service is built on the platform; `overrides` lets tests and the suite set env and logs. */
export function auditService(
  overrides: Partial<ServiceOptions<AuditConfig>> = {},
): ServiceOptions<AuditConfig> {
  return {
    name: 'audit-service',
    schema: AUDIT_SCHEMA,
    module: AuditModule,
    config: AuditConfig,
    openApi: {
      title: 'Mutualis — audit (registre, scellements, vérification)',
      description:
        'Le registre de tous les événements publiés par les services (adhésions, fournisseurs, consultations, ' +
        'marchés), reçus par Kafka, chaque chaîne d’empreintes vérifiée à la réception ; des scellements par ' +
        'groupement (racine de Merkle chaînée au scellement précédent, signée) ; la vérification de tout ce qui a ' +
        'été reçu, qui nomme la première modification, suppression ou inversion ; la preuve d’inclusion d’un ' +
        'événement dans son scellement.',
    },
    ...overrides,
  };
}

import { ServiceOptions } from '@mutualis/shared/api';
import { SupplierConfig } from './supplier.config';
import { SUPPLIER_SCHEMA, SupplierModule } from './supplier.module';

/** How the supplier registry is built on the platform; `overrides` lets tests and the suite set env and logs. */
export function supplierService(
  overrides: Partial<ServiceOptions<SupplierConfig>> = {},
): ServiceOptions<SupplierConfig> {
  return {
    name: 'supplier-service',
    schema: SUPPLIER_SCHEMA,
    module: SupplierModule,
    config: SupplierConfig,
    openApi: {
      title: 'Mutualis — registre des fournisseurs',
      description:
        'Les entreprises qui répondent aux achats mutualisés : immatriculation par SIRET, catégories CPV, pièces ' +
        'administratives (attestation de vigilance, attestation fiscale, Kbis, assurance), certifications ' +
        '(ISO 27001, SecNumCloud, HDS), exclusions de la commande publique (L2141-1 à L2141-11), et la réponse à ' +
        'la question « ce SIRET peut-il soumissionner ou être payé aujourd’hui ? ».',
    },
    ...overrides,
  };
}

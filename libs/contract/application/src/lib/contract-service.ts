import { ContextConfig, ServiceOptions } from '@mutualis/shared/api';
import { CONTRACT_SCHEMA, ContractModule } from './contract.module';

/** How the contract service is built on the platform; `overrides` lets tests and the suite set env and logs. */
export function contractService(
  overrides: Partial<ServiceOptions<ContextConfig>> = {},
): ServiceOptions<ContextConfig> {
  return {
    name: 'contract-service',
    schema: CONTRACT_SCHEMA,
    module: ContractModule,
    config: ContextConfig,
    openApi: {
      title: 'Mutualis — exécution des marchés (contract execution)',
      description:
        'Les marchés et accords-cadres issus des consultations signées : notification, bons de commande des membres ' +
        'bénéficiaires dans la limite du maximum, avenants (motif légal, plafonds de minimis et de 50 %), factures et ' +
        'paiements (délai global de paiement, intérêts moratoires et indemnité forfaitaire de 40 €), attestation de ' +
        'vigilance avant paiement, pénalités de retard du CCAG, sous-traitants en paiement direct, reconductions, ' +
        'suspension, résiliation. Chaque refus cite l’article du Code de la commande publique.',
    },
    ...overrides,
  };
}

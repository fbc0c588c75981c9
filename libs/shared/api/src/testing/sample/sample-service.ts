import { ServiceOptions } from '../../lib/bootstrap/create-service';
import { SAMPLE_SCHEMA, SampleModule } from './sample.module';

/** The sample service as its main.ts starts it; tests override the module, the environment and the log stream. */
export function sampleService(overrides: Partial<ServiceOptions> = {}): ServiceOptions {
  return {
    name: 'sample-service',
    schema: SAMPLE_SCHEMA,
    module: SampleModule,
    openApi: {
      title: 'Service exemple — marchés et modifications de faible montant',
      description:
        'Service d’exemple de la plateforme Mutualis : un coordonnateur de groupement de commandes enregistre ' +
        'des marchés et leurs modifications de faible montant (article R2194-8 du Code de la commande publique).',
    },
    ...overrides,
  };
}

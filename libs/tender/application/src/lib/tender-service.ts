import { ServiceOptions } from '@mutualis/shared/api';
import { TenderConfig } from './tender.config';
import { TENDER_SCHEMA, TenderModule } from './tender.module';

/** How the tender service is built on the platform; `overrides` lets tests and the suite set env and logs. */
export function tenderService(
  overrides: Partial<ServiceOptions<TenderConfig>> = {},
): ServiceOptions<TenderConfig> {
  return {
    name: 'tender-service',
    schema: TENDER_SCHEMA,
    module: TenderModule,
    config: TenderConfig,
    openApi: {
      title: 'Mutualis — consultations (tender lifecycle)',
      description:
        'La procédure menée par le coordonnateur pour tous les membres : lots, choix de la procédure selon les seuils ' +
        'en vigueur à la date de lancement, critères, publication et délais minimaux, questions-réponses, offres ' +
        'scellées jusqu’à l’ouverture, analyse (offres anormalement basses, régularisation), attribution, délai de ' +
        'suspension (standstill), signature. Chaque refus cite l’article du Code de la commande publique.',
    },
    ...overrides,
  };
}

import { ServiceOptions } from '@mutualis/shared/api';
import { MembershipConfig } from './membership.config';
import { MEMBERSHIP_SCHEMA, MembershipModule } from './membership.module';

/** How the membership service is built on the platform; `overrides` lets tests and the suite set env and logs. */
export function membershipService(
  overrides: Partial<ServiceOptions<MembershipConfig>> = {},
): ServiceOptions<MembershipConfig> {
  return {
    name: 'membership-service',
    schema: MEMBERSHIP_SCHEMA,
    module: MembershipModule,
    config: MembershipConfig,
    openApi: {
      title: 'Mutualis — adhésions et recensement des besoins',
      description:
        'Les groupements de commandes (ponctuels ou permanents) et les centrales d’achat : convention constitutive, ' +
        'coordonnateur, adhésion des collectivités sur délibération, retrait selon la clause de sortie, composition ' +
        'de la CAO, recensement des besoins des membres et valeur estimée globale (R2121-1), répartition des frais. ' +
        'La liste des membres est consultable à toute date.',
    },
    ...overrides,
  };
}

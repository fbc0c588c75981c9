import { TenderProcedure } from '@mutualis/shared/contracts';

/** The procedures as the code de la commande publique and the DECP name them. */
export const PROCEDURE_NAMES: Record<TenderProcedure, string> = {
  open: "Appel d'offres ouvert",
  restricted: "Appel d'offres restreint",
  negotiated: 'Procédure avec négociation',
  'competitive-dialogue': 'Dialogue compétitif',
  mapa: 'Procédure adaptée',
  dispense: 'Marché passé sans publicité ni mise en concurrence préalable',
};

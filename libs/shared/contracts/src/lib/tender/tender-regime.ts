import { ProcedureChosen, TenderProcedure, TenderPublished } from './tender-events';

/** The rules a consultation follows: those of formalised procedures, of a MAPA, or none (dispense). */
export type TenderRegime = TenderPublished['required'];

const FORMALISED_PROCEDURES: readonly TenderProcedure[] = [
  'open',
  'restricted',
  'negotiated',
  'competitive-dialogue',
];

/**
 * The one meaning of "formalised": a procedure chosen as such (an appel d'offres below the threshold binds the buyer
 * to its rules all the same), or called for by the value on the launch date. Decided by the tender when it sends its
 * notice, and published there (`TenderPublished.regime`).
 */
export function tenderRegime(procedure: TenderProcedure, required: TenderRegime): TenderRegime {
  if (FORMALISED_PROCEDURES.includes(procedure) || required === 'formalised') return 'formalised';
  return procedure === 'dispense' ? 'dispense' : 'mapa';
}

/**
 * The regime a published consultation follows: as its notice says since version 2 of `tender.TenderPublished`; for
 * a notice of version 1, which did not say it, by the same rule from the procedure chosen before it.
 */
export function publishedRegime(procedure: ProcedureChosen, published: TenderPublished): TenderRegime {
  return published.regime ?? tenderRegime(procedure.procedure, published.required);
}

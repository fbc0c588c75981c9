import { LedgerNames } from './ledger-names';
import { TimelineSubject } from './timeline-subject';

/**
 * The subjects of acts, labelled from the event when it gives the name, else from what the ledger already knows.
 * Each takes the names of the ledger as read, never anything from outside it.
 */

export const authority = (siret: string, names: LedgerNames, name?: string): TimelineSubject => ({
  kind: 'authority',
  id: siret,
  label: name ?? names.organisation(siret) ?? null,
});

export const supplier = (siret: string, names: LedgerNames, name?: string): TimelineSubject => ({
  kind: 'supplier',
  id: siret,
  label: name ?? names.organisation(siret) ?? null,
});

export const consortium = (consortiumId: string, names: LedgerNames, name?: string): TimelineSubject => ({
  kind: 'consortium',
  id: consortiumId,
  label: name ?? names.consortium(consortiumId) ?? null,
});

export const census = (censusId: string, names: LedgerNames, object?: string): TimelineSubject => ({
  kind: 'census',
  id: censusId,
  label: object ?? names.census(censusId) ?? null,
});

export const tender = (tenderId: string, names: LedgerNames, object?: string): TimelineSubject => ({
  kind: 'tender',
  id: tenderId,
  label: object ?? names.tender(tenderId)?.object ?? null,
});

/** A lot: `Lot 2 : Supervision (SOC) — Cybersécurité des communes`, or `Lot 2` when the consultation is unknown. */
export function lot(tenderId: string, number: number, names: LedgerNames): TimelineSubject {
  const known = names.tender(tenderId);
  const title = known?.lots.get(number);
  return {
    kind: 'lot',
    id: `${tenderId}/lots/${number}`,
    label: [`Lot ${number}${title ? ` : ${title}` : ''}`, known?.object].filter(Boolean).join(' — '),
  };
}

/**
 * An offer, named after its company only once the consultation's bids were opened: before, who bid stays as
 * secret as in the consultation's own history. Null when the ledger never received the offer.
 */
export function bid(
  bidId: string,
  names: LedgerNames,
  submitted?: { lot: number; supplierSiret: string },
): TimelineSubject {
  const known = submitted ?? names.bid(bidId);
  const tenderId = names.bid(bidId)?.tenderId;
  const opened = tenderId !== undefined && names.tender(tenderId)?.opened === true;
  let label: string | null = null;
  if (known && opened) {
    const company = names.organisation(known.supplierSiret) ?? `SIRET ${known.supplierSiret}`;
    label = `Offre de ${company} sur le lot ${known.lot}`;
  } else if (known) label = `Offre sur le lot ${known.lot}`;
  return { kind: 'bid', id: bidId, label };
}

/** A marché by its object, which names its lot when its consultation had several (as the contract service opened it). */
export const contract = (contractId: string, names: LedgerNames, object?: string): TimelineSubject => ({
  kind: 'contract',
  id: contractId,
  label: object ?? names.contract(contractId)?.object ?? null,
});

/** A person whose personal data is sealed: named by their role only, never by their name. */
export const person = (personId: string, role: string): TimelineSubject => ({
  kind: 'person',
  id: personId,
  label: role,
});

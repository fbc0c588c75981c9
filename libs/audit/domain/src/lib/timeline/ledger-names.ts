import {
  BidSubmitted,
  CensusOpened,
  ConsortiumFormed,
  ContractOpened,
  EventEnvelope,
  TenderCreated,
  TenderPublished,
} from '@mutualis/shared/contracts';
import { organisationNames } from '../ocds/ocds-parties';
import { streamKey } from './timeline-subject';

/** A consultation as the ledger names it: its object, its lots' titles, and whether its bids were opened. */
export interface TenderNames {
  /** Null when the ledger holds the consultation's opening but not its creation. */
  object: string | null;
  lots: ReadonlyMap<number, string>;
  opened: boolean;
}

/**
 * The names the ledger already holds, to label acts whose payload only gives an identifier: a commune by the name
 * it applied with, a company by its registration, a consultation by its object. Personal data never: the names of
 * CAO representatives and supplier contacts are sealed in their events and stay so.
 */
export interface LedgerNames {
  /** An authority's or a company's name, by SIRET. */
  organisation(siret: string): string | undefined;
  consortium(consortiumId: string): string | undefined;
  census(censusId: string): string | undefined;
  tender(tenderId: string): TenderNames | undefined;
  bid(bidId: string): { tenderId: string; lot: number; supplierSiret: string } | undefined;
  contract(contractId: string): { object: string } | undefined;
}

/** The event types that give names: the only ones `ledgerNames` reads. */
export const NAMING_EVENT_TYPES: readonly string[] = [
  'membership.ConsortiumFormed',
  'membership.MembershipApplied',
  'membership.CensusOpened',
  'supplier.SupplierRegistered',
  'tender.TenderCreated',
  'tender.TenderPublished',
  'tender.BidSubmitted',
  'tender.BidsOpened',
  'contract.ContractOpened',
];

/** The names given by these events (in ledger order: a later name replaces an earlier one). */
export function ledgerNames(events: EventEnvelope[]): LedgerNames {
  const organisations = organisationNames(events);
  const consortia = new Map<string, string>();
  const censuses = new Map<string, string>();
  const tenders = new Map<string, { object: string | null; lots: Map<number, string>; opened: boolean }>();
  const bids = new Map<string, { tenderId: string; lot: number; supplierSiret: string }>();
  const contracts = new Map<string, { object: string }>();
  for (const event of events) {
    const tenderId = streamKey(event.streamId);
    switch (event.type) {
      case 'membership.ConsortiumFormed': {
        const { consortiumId, name } = event.data as ConsortiumFormed;
        consortia.set(consortiumId, name);
        break;
      }
      case 'membership.CensusOpened': {
        const { censusId, object } = event.data as CensusOpened;
        censuses.set(censusId, object);
        break;
      }
      case 'tender.TenderCreated': {
        const { object, lots } = event.data as TenderCreated;
        const known = tenders.get(tenderId);
        tenders.set(tenderId, {
          object,
          lots: new Map(lots.map((lot) => [lot.number, lot.title])),
          opened: known?.opened ?? false,
        });
        break;
      }
      case 'tender.TenderPublished': {
        const known = tenders.get(tenderId);
        if (known) known.object = (event.data as TenderPublished).object;
        break;
      }
      case 'tender.BidSubmitted': {
        const { bidId, lot, supplierSiret } = event.data as BidSubmitted;
        bids.set(bidId, { tenderId, lot, supplierSiret });
        break;
      }
      case 'tender.BidsOpened': {
        const known = tenders.get(tenderId);
        if (known) known.opened = true;
        else tenders.set(tenderId, { object: null, lots: new Map(), opened: true });
        break;
      }
      case 'contract.ContractOpened': {
        const { contractId, object } = event.data as ContractOpened;
        contracts.set(contractId, { object });
        break;
      }
    }
  }
  return {
    organisation: (siret) => organisations.nameOf(siret),
    consortium: (consortiumId) => consortia.get(consortiumId),
    census: (censusId) => censuses.get(censusId),
    tender: (tenderId) => tenders.get(tenderId),
    bid: (bidId) => bids.get(bidId),
    contract: (contractId) => contracts.get(contractId),
  };
}

const SUPPLIER_FIELDS = ['supplierSiret', 'holderSiret', 'newHolderSiret', 'subcontractorSiret'];

/**
 * The SIRETs of the companies these consultation and contract events name, to look up in the supplier registry's
 * ledger (the platform's): their names are not in the consortium's.
 */
export function supplierSiretsOf(events: EventEnvelope[]): string[] {
  const sirets = new Set<string>();
  for (const { type, data } of events) {
    if (!type.startsWith('tender.') && !type.startsWith('contract.')) continue;
    for (const field of SUPPLIER_FIELDS) {
      const value = (data as Record<string, unknown> | null)?.[field];
      if (typeof value === 'string') sirets.add(value);
    }
  }
  return [...sirets];
}

import { DocumentKind, SupplierEvent } from './supplier-events';

/**
 * "May this SIRET bid, be awarded a contract, be paid, on that date, and if not why": the one view of a supplier's eligibility,
 * folded from the registry's published events. The registry answers with it, and other services rebuild it from
 * the same events, so every service gives the same answer for the same history and date.
 */
export interface EligibilityFacts {
  registered: boolean;
  /** Validity windows of the filed documents, per kind. */
  documents: Partial<Record<DocumentKind, { documentId: string; issuedOn: string; expiresOn: string }[]>>;
  exclusions: Record<string, ExclusionFacts>;
}

interface ExclusionFacts {
  ground: string;
  decidedOn: string;
  endsOn: string | null;
  liftedOn: string | null;
}

export type EligibilityReasonCode =
  | 'not-registered'
  | 'excluded'
  | 'vigilance-missing'
  | 'vigilance-expired'
  | 'tax-regularity-missing'
  | 'tax-regularity-expired';

export interface EligibilityReason {
  code: EligibilityReasonCode;
  /** The article the reason rests on, when one does. */
  legalReference?: string;
  detail: string;
  /**
   * What the reason stands in the way of: bidding (an exclusion de plein droit bars at any stage), the award (the
   * documents asked of the intended awardee only, R2143-3, R2144-4), the payment (the vigilance alert, C10).
   */
  blocks: ('bid' | 'award' | 'payment')[];
}

export interface Eligibility {
  on: string;
  /** Registered and not excluded: any such supplier may bid, its sworn declaration standing for the certificates. */
  mayBid: boolean;
  /** May bid and holds the documents proving it is not excluded (tax and social regularity), valid on the day. */
  mayBeAwarded: boolean;
  /** Holds a valid attestation de vigilance: otherwise payments call for an alert and a request to the holder. */
  mayBePaid: boolean;
  reasons: EligibilityReason[];
}

export const NO_ELIGIBILITY_FACTS: EligibilityFacts = { registered: false, documents: {}, exclusions: {} };

/** The facts after one more supplier event; events that do not bear on eligibility leave them as they are. */
export function learnEligibility(facts: EligibilityFacts, event: SupplierEvent): EligibilityFacts {
  switch (event.type) {
    case 'supplier.SupplierRegistered':
      return { ...facts, registered: true };
    case 'supplier.DocumentFiled': {
      const { documentId, kind, issuedOn, expiresOn } = event.data;
      const filed = [...(facts.documents[kind] ?? []), { documentId, issuedOn, expiresOn }];
      return { ...facts, documents: { ...facts.documents, [kind]: filed } };
    }
    case 'supplier.ExclusionRecorded': {
      const { exclusionId, ground, decidedOn, endsOn } = event.data;
      const exclusion = { ground, decidedOn, endsOn, liftedOn: null };
      return { ...facts, exclusions: { ...facts.exclusions, [exclusionId]: exclusion } };
    }
    case 'supplier.ExclusionLifted': {
      const exclusion = facts.exclusions[event.data.exclusionId];
      if (!exclusion) return facts;
      const lifted = { ...exclusion, liftedOn: event.data.liftedOn };
      return { ...facts, exclusions: { ...facts.exclusions, [event.data.exclusionId]: lifted } };
    }
    default:
      return facts;
  }
}

/** Whether the supplier may bid and be paid on a civil date (`YYYY-MM-DD`), with every reason it may not. */
export function eligibilityOn(facts: EligibilityFacts, on: string): Eligibility {
  if (!facts.registered) {
    const reason: EligibilityReason = {
      code: 'not-registered',
      detail: 'no supplier is registered under this SIRET',
      blocks: ['bid', 'award', 'payment'],
    };
    return { on, mayBid: false, mayBeAwarded: false, mayBePaid: false, reasons: [reason] };
  }
  const reasons: EligibilityReason[] = [];
  for (const exclusion of Object.values(facts.exclusions)) {
    if (!excludedOn(exclusion, on)) continue;
    const until = exclusion.endsOn ? `until ${exclusion.endsOn} (exclusive)` : 'until lifted';
    reasons.push({
      code: 'excluded',
      legalReference: exclusion.ground,
      detail: `excluded from public procurement under ${exclusion.ground} since ${exclusion.decidedOn}, ${until}`,
      blocks: ['bid', 'award'],
    });
  }
  const vigilance = documentStatus(facts, 'urssaf-vigilance', on);
  if (vigilance !== 'valid') {
    reasons.push({
      code: vigilance === 'missing' ? 'vigilance-missing' : 'vigilance-expired',
      legalReference: 'D8222-5',
      detail: `no attestation de vigilance (URSSAF) less than 6 months old on ${on}`,
      blocks: ['award', 'payment'],
    });
  }
  const tax = documentStatus(facts, 'tax-regularity', on);
  if (tax !== 'valid') {
    reasons.push({
      code: tax === 'missing' ? 'tax-regularity-missing' : 'tax-regularity-expired',
      legalReference: 'L2141-2',
      detail: `no valid attestation de régularité fiscale on ${on}`,
      blocks: ['award'],
    });
  }
  return {
    on,
    mayBid: reasons.every((reason) => !reason.blocks.includes('bid')),
    mayBeAwarded: reasons.every((reason) => !reason.blocks.includes('award')),
    mayBePaid: reasons.every((reason) => !reason.blocks.includes('payment')),
    reasons,
  };
}

/** Whether an exclusion applies on a date: decided, not yet ended, not lifted. */
export function excludedOn(exclusion: ExclusionFacts, on: string): boolean {
  return (
    exclusion.decidedOn <= on &&
    (exclusion.endsOn === null || on < exclusion.endsOn) &&
    (exclusion.liftedOn === null || on < exclusion.liftedOn)
  );
}

function documentStatus(facts: EligibilityFacts, kind: DocumentKind, on: string) {
  const filed = (facts.documents[kind] ?? []).filter((document) => document.issuedOn <= on);
  if (filed.length === 0) return 'missing';
  return filed.some((document) => on < document.expiresOn) ? 'valid' : 'expired';
}

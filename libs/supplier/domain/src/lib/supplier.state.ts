import {
  CertificationRecorded,
  DocumentFiled,
  EligibilityFacts,
  ExclusionRecorded,
  NO_ELIGIBILITY_FACTS,
  SupplierRegistered,
} from '@mutualis/shared/contracts';

export interface ExclusionState extends ExclusionRecorded {
  liftedOn: string | null;
  liftReason: string | null;
  ended: boolean;
}

/** Everything the registry knows of one establishment, folded from its stream. */
export interface SupplierState {
  registration: SupplierRegistered | null;
  cpvCodes: string[];
  documents: DocumentFiled[];
  certifications: Record<string, CertificationRecorded & { expired: boolean }>;
  exclusions: Record<string, ExclusionState>;
  /** The attestation de vigilance whose lapse was last reported, so that a lapse is reported once. */
  lapsedVigilanceId: string | null;
  /** Contacts whose personal data was erased: their sealed data stays in the events, unreadable. */
  erasedContacts: string[];
  eligibility: EligibilityFacts;
}

export const INITIAL_SUPPLIER_STATE: SupplierState = {
  registration: null,
  cpvCodes: [],
  documents: [],
  certifications: {},
  exclusions: {},
  lapsedVigilanceId: null,
  erasedContacts: [],
  eligibility: NO_ELIGIBILITY_FACTS,
};

/** The attestation de vigilance that stays valid the longest, if any was filed. */
export function latestVigilance(state: SupplierState): DocumentFiled | undefined {
  return state.documents
    .filter((document) => document.kind === 'urssaf-vigilance')
    .reduce<
      DocumentFiled | undefined
    >((latest, document) => (!latest || document.expiresOn > latest.expiresOn ? document : latest), undefined);
}

/** Exclusions neither lifted nor ended. */
export function activeExclusions(state: SupplierState): ExclusionState[] {
  return Object.values(state.exclusions).filter((exclusion) => !exclusion.liftedOn && !exclusion.ended);
}

/**
 * The next date on which the daily sweep has something to report for this supplier (a vigilance lapse, an expired
 * certification, an exclusion that ends), or null when nothing is pending.
 */
export function nextSweepDate(state: SupplierState): string | null {
  const vigilance = latestVigilance(state);
  const dates = [
    ...(vigilance && vigilance.documentId !== state.lapsedVigilanceId ? [vigilance.expiresOn] : []),
    ...Object.values(state.certifications)
      .filter((certification) => !certification.expired)
      .map((certification) => certification.expiresOn),
    ...activeExclusions(state).flatMap((exclusion) => (exclusion.endsOn ? [exclusion.endsOn] : [])),
  ];
  return dates.length > 0 ? dates.reduce((earliest, date) => (date < earliest ? date : earliest)) : null;
}

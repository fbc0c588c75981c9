import { CertificationScheme, DocumentKind, SupplierContact, SupplierSize } from '@mutualis/shared/contracts';

/**
 * Commands of the supplier registry. `today` is the Europe/Paris civil date of the command (`YYYY-MM-DD`): the
 * domain never reads a clock, ids come in with the command too.
 */
export interface RegisterSupplier {
  type: 'RegisterSupplier';
  siret: string;
  legalName: string;
  address: { street: string; postalCode: string; city: string };
  size: SupplierSize;
  cpvCodes: string[];
  /** Contacts whose personal data the service has already sealed. */
  contacts: SupplierContact[];
}

export interface ChangeCategories {
  type: 'ChangeCategories';
  cpvCodes: string[];
}

export interface FileDocument {
  type: 'FileDocument';
  documentId: string;
  kind: DocumentKind;
  issuedOn: string;
  /** Required for documents that state their own end; otherwise the legal maximum applies. */
  expiresOn?: string;
  fileSha256: string;
  fileName: string;
  today: string;
}

export interface RecordCertification {
  type: 'RecordCertification';
  certificationId: string;
  scheme: CertificationScheme;
  label: string;
  scope: string;
  issuer: string;
  validFrom: string;
  expiresOn: string;
  today: string;
}

export interface RecordExclusion {
  type: 'RecordExclusion';
  exclusionId: string;
  ground: string;
  decidedOn: string;
  /** The end the court or decision fixed, when it fixed one. */
  fixedEndsOn?: string;
  reference: string;
  description: string;
  today: string;
}

export interface LiftExclusion {
  type: 'LiftExclusion';
  exclusionId: string;
  reason: string;
  today: string;
}

/** Erase a contact's personal data (RGPD art. 17). */
export interface EraseContact {
  type: 'EraseContact';
  personId: string;
  today: string;
}

/** The daily sweep: reports what the passing of time has changed (lapses, expiries, ends). */
export interface SweepDates {
  type: 'SweepDates';
  today: string;
}

export type SupplierCommand =
  | RegisterSupplier
  | ChangeCategories
  | FileDocument
  | RecordCertification
  | RecordExclusion
  | LiftExclusion
  | EraseContact
  | SweepDates;

/**
 * The published language of the supplier registry (stream `supplier-<siret>`, topic `mutualis.supplier.events`).
 * Civil dates are `YYYY-MM-DD` in Europe/Paris. An `expiresOn` or `endsOn` is the first day on which the document,
 * certification or exclusion no longer applies.
 */

/** Company size under the EU recommendation 2003/361 categories (micro, PME, ETI, grande entreprise). */
export type SupplierSize = 'micro' | 'pme' | 'eti' | 'ge';
export const SUPPLIER_SIZES: readonly SupplierSize[] = ['micro', 'pme', 'eti', 'ge'];

/** The compliance documents the registry keeps (metadata and the file's SHA-256; never the file). */
export type DocumentKind = 'urssaf-vigilance' | 'tax-regularity' | 'kbis' | 'insurance';
export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  'urssaf-vigilance',
  'tax-regularity',
  'kbis',
  'insurance',
];

export type CertificationScheme = 'iso-27001' | 'secnumcloud' | 'hds' | 'other';
export const CERTIFICATION_SCHEMES: readonly CertificationScheme[] = [
  'iso-27001',
  'secnumcloud',
  'hds',
  'other',
];

export interface SupplierAddress {
  street: string;
  postalCode: string;
  city: string;
  /** Derived from the postal code; null when it is not a French département's. */
  departement: string | null;
  region: string | null;
}

/** A contact person. Their personal data is sealed with a key of their own, so that erasing the key forgets them. */
export interface SupplierContact {
  personId: string;
  /** Ciphertext of `{ name, email, phone }`, readable only while the person's key exists. */
  sealed: string;
}

export interface SupplierRegistered {
  siret: string;
  siren: string;
  legalName: string;
  address: SupplierAddress;
  size: SupplierSize;
  /** CPV codes `NNNNNNNN-C` from the official list. */
  cpvCodes: string[];
  contacts: SupplierContact[];
}

export interface SupplierCategoriesChanged {
  cpvCodes: string[];
}

export interface DocumentFiled {
  documentId: string;
  kind: DocumentKind;
  issuedOn: string;
  expiresOn: string;
  /** SHA-256 of the file, lower-case hex: proves later which file was shown. */
  fileSha256: string;
  fileName: string;
}

export interface CertificationRecorded {
  certificationId: string;
  scheme: CertificationScheme;
  /** The certification's name as issued, e.g. "ISO/IEC 27001:2022" or "Qualification SecNumCloud 3.2". */
  label: string;
  scope: string;
  issuer: string;
  validFrom: string;
  expiresOn: string;
}

export type ExclusionBasis = 'plein-droit' | 'appreciation';

export interface ExclusionRecorded {
  exclusionId: string;
  /** The article of the Code de la commande publique: `L2141-1` … `L2141-11`. */
  ground: string;
  basis: ExclusionBasis;
  /** Date of the conviction, decision or facts the exclusion runs from. */
  decidedOn: string;
  /** Computed end; null while it lasts until lifted (e.g. until a tax or social situation is regularised). */
  endsOn: string | null;
  reference: string;
  description: string;
}

export interface ExclusionLifted {
  exclusionId: string;
  liftedOn: string;
  reason: string;
}

export interface VigilanceLapsed {
  /** The last attestation de vigilance, whose validity has ended with no newer one filed. */
  documentId: string;
  expiredOn: string;
}

export interface CertificationExpired {
  certificationId: string;
  scheme: CertificationScheme;
  expiredOn: string;
}

export interface ExclusionEnded {
  exclusionId: string;
  endedOn: string;
}

/**
 * A contact's personal data erased (RGPD art. 17): their key is destroyed, so every sealed copy of their data, in
 * every service, topic and export, is unreadable for good; the events and their hashes stay as they were.
 */
export interface ContactErased {
  personId: string;
  erasedOn: string;
}

/** Event type names and their payloads. */
export interface SupplierEventData {
  'supplier.SupplierRegistered': SupplierRegistered;
  'supplier.SupplierCategoriesChanged': SupplierCategoriesChanged;
  'supplier.DocumentFiled': DocumentFiled;
  'supplier.CertificationRecorded': CertificationRecorded;
  'supplier.ExclusionRecorded': ExclusionRecorded;
  'supplier.ExclusionLifted': ExclusionLifted;
  'supplier.VigilanceLapsed': VigilanceLapsed;
  'supplier.CertificationExpired': CertificationExpired;
  'supplier.ExclusionEnded': ExclusionEnded;
  'supplier.ContactErased': ContactErased;
}

export type SupplierEventType = keyof SupplierEventData;

/** A supplier event as deciders and folds see it: its type and payload. */
export type SupplierEvent = {
  [Type in SupplierEventType]: { type: Type; data: SupplierEventData[Type] };
}[SupplierEventType];

/** The stream of a supplier: one per establishment. */
export const supplierStream = (siret: string) => `supplier-${siret}`;

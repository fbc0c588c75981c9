import { SupplierEvent } from '@mutualis/shared/contracts';
import { FileDocument, RegisterSupplier } from '../lib/supplier.commands';

/** A real, Luhn-valid SIRET (domain-rules §7) and a small IT-services company with it. */
export const SIRET = '73282932000074';

export const registerCommand: RegisterSupplier = {
  type: 'RegisterSupplier',
  siret: '732 829 320 00074',
  legalName: 'Cyberdéfense Atlantique SAS',
  address: { street: '12 quai de la Fosse', postalCode: '44000', city: 'Nantes' },
  size: 'pme',
  cpvCodes: ['72000000', '79212000-3'],
  contacts: [{ personId: '0190c6a4-7c1e-7000-8000-0000000000c1', sealed: 'sealed-contact' }],
};

export const registered: SupplierEvent = {
  type: 'supplier.SupplierRegistered',
  data: {
    siret: SIRET,
    siren: '732829320',
    legalName: 'Cyberdéfense Atlantique SAS',
    address: {
      street: '12 quai de la Fosse',
      postalCode: '44000',
      city: 'Nantes',
      departement: '44',
      region: '52',
    },
    size: 'pme',
    cpvCodes: ['72000000-5', '79212000-3'],
    contacts: [{ personId: '0190c6a4-7c1e-7000-8000-0000000000c1', sealed: 'sealed-contact' }],
  },
};

export const fileVigilance = (issuedOn: string, today: string, documentId = VIGILANCE_1): FileDocument => ({
  type: 'FileDocument',
  documentId,
  kind: 'urssaf-vigilance',
  issuedOn,
  fileSha256: 'a'.repeat(64),
  fileName: 'attestation-vigilance.pdf',
  today,
});

export const vigilanceFiled = (
  issuedOn: string,
  expiresOn: string,
  documentId = VIGILANCE_1,
): SupplierEvent => ({
  type: 'supplier.DocumentFiled',
  data: {
    documentId,
    kind: 'urssaf-vigilance',
    issuedOn,
    expiresOn,
    fileSha256: 'a'.repeat(64),
    fileName: 'attestation-vigilance.pdf',
  },
});

export const VIGILANCE_1 = '0190c6a4-7c1e-7000-8000-0000000000d1';
export const VIGILANCE_2 = '0190c6a4-7c1e-7000-8000-0000000000d2';
export const EXCLUSION_1 = '0190c6a4-7c1e-7000-8000-0000000000e1';
export const CERTIFICATION_1 = '0190c6a4-7c1e-7000-8000-0000000000f1';

import { SupplierEventData } from '@mutualis/shared/contracts';
import { SAMPLE } from './sample-ids';

/** One valid payload of every supplier registry event type (of the holder's stream). */
export const SUPPLIER_SAMPLES: { [Type in keyof SupplierEventData]: SupplierEventData[Type] } = {
  'supplier.SupplierRegistered': {
    siret: SAMPLE.holder,
    siren: SAMPLE.holder.slice(0, 9),
    legalName: 'Armor Cyberdéfense SAS',
    address: {
      street: '2 rue de la Paix',
      postalCode: '44000',
      city: 'Nantes',
      departement: '44',
      region: '52',
    },
    size: 'pme',
    cpvCodes: ['72000000-5'],
    contacts: [{ personId: SAMPLE.person, sealed: 'c2NlbGxl' }],
  },
  'supplier.SupplierCategoriesChanged': { cpvCodes: ['72000000-5', '79417000-0'] },
  'supplier.DocumentFiled': {
    documentId: SAMPLE.key,
    kind: 'urssaf-vigilance',
    issuedOn: '2026-03-01',
    expiresOn: '2026-09-01',
    fileSha256: SAMPLE.sha256,
    fileName: 'attestation-urssaf.pdf',
  },
  'supplier.CertificationRecorded': {
    certificationId: SAMPLE.key,
    scheme: 'iso-27001',
    label: 'ISO/IEC 27001:2022',
    scope: 'Audit et supervision de sécurité',
    issuer: 'AFNOR Certification',
    validFrom: '2025-06-01',
    expiresOn: '2028-06-01',
  },
  'supplier.ExclusionRecorded': {
    exclusionId: SAMPLE.key,
    ground: 'L2141-1',
    basis: 'plein-droit',
    decidedOn: '2026-05-01',
    endsOn: '2031-05-01',
    reference: 'TJ Nantes, 1er mai 2026',
    description: 'Condamnation définitive',
  },
  'supplier.ExclusionLifted': { exclusionId: SAMPLE.key, liftedOn: '2026-06-01', reason: 'Réhabilitation' },
  'supplier.VigilanceLapsed': { documentId: SAMPLE.key, expiredOn: '2026-09-01' },
  'supplier.CertificationExpired': {
    certificationId: SAMPLE.key,
    scheme: 'iso-27001',
    expiredOn: '2028-06-01',
  },
  'supplier.ExclusionEnded': { exclusionId: SAMPLE.key, endedOn: '2031-05-01' },
  'supplier.ContactErased': { personId: SAMPLE.person, erasedOn: '2026-11-29' },
};

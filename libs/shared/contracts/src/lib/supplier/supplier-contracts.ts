import { SchemaObject } from 'ajv';
import { EventContracts } from '../event-contracts';
import { schemaContract } from '../schema-contract';
import { CERTIFICATION_SCHEMES, DOCUMENT_KINDS, SUPPLIER_SIZES } from './supplier-events';

const text = { type: 'string', minLength: 1, maxLength: 1000 } as const;
const date = { type: 'string', format: 'date' } as const;
const uuid = { type: 'string', format: 'uuid' } as const;
const cpvCodes = {
  type: 'array',
  items: { type: 'string', pattern: '^[0-9]{8}-[0-9]$' },
  uniqueItems: true,
  maxItems: 200,
} as const;
const certificationScheme = { type: 'string', enum: [...CERTIFICATION_SCHEMES] } as const;

const registered: SchemaObject = {
  type: 'object',
  additionalProperties: false,
  required: ['siret', 'siren', 'legalName', 'address', 'size', 'cpvCodes', 'contacts'],
  properties: {
    siret: { type: 'string', pattern: '^[0-9]{14}$' },
    siren: { type: 'string', pattern: '^[0-9]{9}$' },
    legalName: text,
    address: {
      type: 'object',
      additionalProperties: false,
      required: ['street', 'postalCode', 'city', 'departement', 'region'],
      properties: {
        street: text,
        postalCode: { type: 'string', pattern: '^[0-9]{5}$' },
        city: text,
        departement: { type: 'string', nullable: true, pattern: '^[0-9AB]{2,3}$' },
        region: { type: 'string', nullable: true, pattern: '^[0-9]{2}$' },
      },
    },
    size: { type: 'string', enum: [...SUPPLIER_SIZES] },
    cpvCodes,
    contacts: {
      type: 'array',
      maxItems: 20,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['personId', 'sealed'],
        properties: { personId: uuid, sealed: { type: 'string', minLength: 1, maxLength: 4000 } },
      },
    },
  },
};

const categoriesChanged: SchemaObject = {
  type: 'object',
  additionalProperties: false,
  required: ['cpvCodes'],
  properties: { cpvCodes },
};

const documentFiled: SchemaObject = {
  type: 'object',
  additionalProperties: false,
  required: ['documentId', 'kind', 'issuedOn', 'expiresOn', 'fileSha256', 'fileName'],
  properties: {
    documentId: uuid,
    kind: { type: 'string', enum: [...DOCUMENT_KINDS] },
    issuedOn: date,
    expiresOn: date,
    fileSha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
    fileName: text,
  },
};

const certificationRecorded: SchemaObject = {
  type: 'object',
  additionalProperties: false,
  required: ['certificationId', 'scheme', 'label', 'scope', 'issuer', 'validFrom', 'expiresOn'],
  properties: {
    certificationId: uuid,
    scheme: certificationScheme,
    label: text,
    scope: text,
    issuer: text,
    validFrom: date,
    expiresOn: date,
  },
};

const exclusionRecorded: SchemaObject = {
  type: 'object',
  additionalProperties: false,
  required: ['exclusionId', 'ground', 'basis', 'decidedOn', 'endsOn', 'reference', 'description'],
  properties: {
    exclusionId: uuid,
    ground: { type: 'string', pattern: '^L2141-([1-9]|1[01])(-1)?$' },
    basis: { type: 'string', enum: ['plein-droit', 'appreciation'] },
    decidedOn: date,
    endsOn: { ...date, nullable: true },
    reference: text,
    description: text,
  },
};

const exclusionLifted: SchemaObject = {
  type: 'object',
  additionalProperties: false,
  required: ['exclusionId', 'liftedOn', 'reason'],
  properties: { exclusionId: uuid, liftedOn: date, reason: text },
};

const vigilanceLapsed: SchemaObject = {
  type: 'object',
  additionalProperties: false,
  required: ['documentId', 'expiredOn'],
  properties: { documentId: uuid, expiredOn: date },
};

const certificationExpired: SchemaObject = {
  type: 'object',
  additionalProperties: false,
  required: ['certificationId', 'scheme', 'expiredOn'],
  properties: { certificationId: uuid, scheme: certificationScheme, expiredOn: date },
};

const exclusionEnded: SchemaObject = {
  type: 'object',
  additionalProperties: false,
  required: ['exclusionId', 'endedOn'],
  properties: { exclusionId: uuid, endedOn: date },
};

const contactErased: SchemaObject = {
  type: 'object',
  additionalProperties: false,
  required: ['personId', 'erasedOn'],
  properties: { personId: uuid, erasedOn: date },
};

/** Every event type the supplier registry publishes, at its current schema version. */
export const supplierContracts = new EventContracts([
  schemaContract('supplier.SupplierRegistered', 1, registered),
  schemaContract('supplier.SupplierCategoriesChanged', 1, categoriesChanged),
  schemaContract('supplier.DocumentFiled', 1, documentFiled),
  schemaContract('supplier.CertificationRecorded', 1, certificationRecorded),
  schemaContract('supplier.ExclusionRecorded', 1, exclusionRecorded),
  schemaContract('supplier.ExclusionLifted', 1, exclusionLifted),
  schemaContract('supplier.VigilanceLapsed', 1, vigilanceLapsed),
  schemaContract('supplier.CertificationExpired', 1, certificationExpired),
  schemaContract('supplier.ExclusionEnded', 1, exclusionEnded),
  schemaContract('supplier.ContactErased', 1, contactErased),
]);

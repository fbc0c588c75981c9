import {
  CandidatureForm,
  CriterionKind,
  IrregularityKind,
  RejectionReason,
  TenderBuyer,
  TenderNature,
  TenderPublished,
} from '@mutualis/shared/contracts';

// The closed sets of the tender's published language, listed once for the requests' validation and the documents.

export const NATURES: readonly TenderNature[] = ['supplies', 'services', 'works'];
export const BUYERS: readonly TenderBuyer[] = ['sub-central', 'central', 'utility'];
export const CRITERION_KINDS: readonly CriterionKind[] = [
  'price',
  'cost',
  'quality',
  'environmental',
  'social',
  'other',
];
export const CANDIDATURE_FORMS: readonly CandidatureForm[] = ['dume', 'dc1-dc2'];
export const IRREGULARITY_KINDS: readonly IrregularityKind[] = ['irregular', 'unacceptable', 'inappropriate'];
/** The reasons a coordinator gives; `ineligible` is the award's own (R2144-7). */
export const REJECTION_GROUNDS: readonly Exclude<RejectionReason, 'ineligible'>[] = [
  'abnormally-low',
  'irregular',
  'unacceptable',
  'inappropriate',
];
export const REJECTION_REASONS: readonly RejectionReason[] = [...REJECTION_GROUNDS, 'ineligible'];
export const CLOSURE_OUTCOMES: readonly ('unsuccessful' | 'abandoned')[] = ['unsuccessful', 'abandoned'];
export const PUBLICITIES: readonly TenderPublished['publicity'][] = [
  'none',
  'free',
  'boamp-or-jal',
  'boamp-and-joue',
];
export const REQUIRED_PROCEDURES: readonly TenderPublished['required'][] = ['dispense', 'mapa', 'formalised'];

/** Values the documents' examples share, so that the answer of one example reads as the input of the next. */
export const EXAMPLE = {
  consortiumId: '0190c6a4-7c1e-7000-8000-00000000000a',
  tenderId: '0192f0a0-7c1e-7b1a-9d3e-2f4a5b6c7d8e',
  censusId: '0192e1c2-5a3b-7d4e-8f60-718293a4b5c6',
  questionId: '0192f3a2-1b2c-7d3e-8f4a-5b6c7d8e9f01',
  amendmentId: '0192f3a9-2c3d-7e4f-9a5b-6c7d8e9f0a1b',
  candidatureId: '0192f3b4-6c7d-7e8f-9a0b-1c2d3e4f5a6b',
  bidId: '0192f4c5-7d8e-7f9a-8b1c-2d3e4f5a6b7c',
  otherBidId: '0192f4c6-8e9f-7a0b-9c2d-3e4f5a6b7c8d',
  supplierSiret: '73282932000074',
  otherSupplierSiret: '44306184100047',
  memberSirets: ['21440050900011', '21440184600016'],
  sha256: '9f2c1d7e4b8a3f6c0e5d2a9b7c4f1e8d3a6b0c9f2e5d8a1b4c7f0e3d6a9b2c5f',
} as const;

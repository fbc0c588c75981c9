import { EXAMPLE } from './tender-vocabulary';

// Whole request bodies that work as they are, where the examples of the single fields would not combine into one
// (a census, a framework agreement and a ground not to allot are each for one kind of consultation only).

type ExamplesObject = Record<string, { summary: string; value: object }>;

export const CREATE_TENDER_EXAMPLES: ExamplesObject = {
  allotted: {
    summary: 'Deux lots, pour les membres du jour',
    value: {
      object: 'Cybersécurité des communes',
      cpvCode: '79212000',
      nature: 'services',
      lots: [
        { number: 1, title: 'Audit de sécurité', estimatedCents: 12_000_000 },
        { number: 2, title: 'Supervision (SOC)', estimatedCents: 9_600_000 },
      ],
    },
  },
  census: {
    summary: 'Après un recensement des besoins clos : ses bénéficiaires, sa valeur au moins',
    value: {
      object: 'Cybersécurité des communes',
      cpvCode: '72000000',
      nature: 'services',
      censusId: EXAMPLE.censusId,
      lots: [
        { number: 1, title: 'Audit', estimatedCents: 8_000_000 },
        { number: 2, title: 'Supervision (SOC)', estimatedCents: 14_000_000 },
      ],
    },
  },
  framework: {
    summary: 'Accord-cadre d’un lot unique, non alloti pour un motif de L2113-11',
    value: {
      object: 'Centre de supervision de sécurité (SOC) mutualisé',
      cpvCode: '72000000',
      nature: 'services',
      lots: [{ number: 1, title: 'Supervision', estimatedCents: 40_000_000 }],
      framework: { maximumCents: 50_000_000, durationMonths: 48 },
      nonAllotment: {
        ground: 'technically-difficult-or-costly',
        motivation:
          'Une supervision unique du réseau mutualisé : la scinder la rendrait techniquement difficile',
      },
    },
  },
};

export const PROCEDURE_EXAMPLES: ExamplesObject = {
  open: {
    summary: 'Appel d’offres ouvert',
    value: { procedure: 'open', plannedLaunchOn: '2026-09-01' },
  },
  negotiated: {
    summary: 'Procédure avec négociation, dans un cas de R2124-3',
    value: {
      procedure: 'negotiated',
      negotiationGround: 'innovative-solution',
      plannedLaunchOn: '2026-09-01',
    },
  },
};

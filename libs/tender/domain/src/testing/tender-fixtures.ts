import {
  Eligibility,
  MembershipFacts,
  NO_EXECUTION_CLAUSES,
  TenderCreated,
  TenderEvent,
} from '@mutualis/shared/contracts';
import { scenarios } from '@mutualis/shared/event-sourcing/testing';
import { CreateTender, TenderCommand } from '../lib/tender.commands';
import { tenderDecider } from '../lib/tender.decider';
import { TenderRefusal } from '../lib/tender-refusal';

export const TENDER_ID = '0190c6a4-7c1e-7000-8000-0000000000d0';
export const CONSORTIUM_ID = '0190c6a4-7c1e-7000-8000-0000000000aa';
export const SUPPLIER = '73282932000074';
export const OTHER_SUPPLIER = '44306184100047';
export const THIRD_SUPPLIER = '35600000000048';
export const KEY_ID = '0190c6a4-7c1e-7000-8000-0000000000e0';
export const bidId = (n: number) => `0190c6a4-7c1e-7000-8000-0000000001${String(n).padStart(2, '0')}`;

/** Cybersecurity services for communes of a groupement: two lots, a sub-central buyer. */
export const tender = (overrides: Partial<CreateTender['tender']> = {}): CreateTender['tender'] => ({
  tenderId: TENDER_ID,
  consortiumId: CONSORTIUM_ID,
  object: 'Cybersécurité des communes du groupement',
  cpvCode: '79212000-3',
  nature: 'services',
  buyer: 'sub-central',
  lots: [
    { number: 1, title: 'Audit de sécurité', estimatedCents: 12_000_000, smallLotMapa: false },
    { number: 2, title: 'Supervision (SOC)', estimatedCents: 9_600_000, smallLotMapa: false },
  ],
  beneficiaries: ['21440050900011', '21440184600016'],
  censusId: null,
  framework: null,
  nonAllotment: null,
  turnoverRequirementCents: null,
  innovative: false,
  reconductions: null,
  placeOfExecution: null,
  executionClauses: NO_EXECUTION_CLAUSES,
  ...overrides,
});

export const created = (overrides: Partial<CreateTender['tender']> = {}): TenderEvent => {
  const data = tender(overrides);
  const estimatedCents = data.lots.reduce((sum, lot) => sum + lot.estimatedCents, 0);
  return { type: 'tender.TenderCreated', data: { ...data, estimatedCents } as TenderCreated };
};

export const weighted = [
  { name: 'Prix', weightPercent: 40, kind: 'price' as const, environmental: false },
  { name: 'Valeur technique', weightPercent: 50, kind: 'quality' as const, environmental: false },
  {
    name: 'Sobriété énergétique des outils',
    weightPercent: 10,
    kind: 'environmental' as const,
    environmental: true,
  },
];

export const criteriaSet = (lot: number, criteria = weighted): TenderEvent => ({
  type: 'tender.CriteriaSet',
  data: { lot, criteria },
});

export const eligible: Eligibility = {
  on: '2026-10-15',
  mayBid: true,
  mayBeAwarded: true,
  mayBePaid: true,
  reasons: [],
};

/** A supplier not excluded whose attestations the registry does not hold: it may bid, not be awarded yet. */
export const withoutCertificates: Eligibility = {
  on: '2026-10-15',
  mayBid: true,
  mayBeAwarded: false,
  mayBePaid: false,
  reasons: [
    {
      code: 'vigilance-missing',
      legalReference: 'D8222-5',
      detail: 'no attestation',
      blocks: ['award', 'payment'],
    },
    {
      code: 'tax-regularity-missing',
      legalReference: 'L2141-2',
      detail: 'no attestation',
      blocks: ['award'],
    },
  ],
};

/** A supplier under an exclusion de plein droit: barred at every stage (S3). */
export const excluded: Eligibility = {
  on: '2026-10-15',
  mayBid: false,
  mayBeAwarded: false,
  mayBePaid: true,
  reasons: [{ code: 'excluded', legalReference: 'L2141-1', detail: 'excluded', blocks: ['bid', 'award'] }],
};

/** The bidders' eligibility an award is decided on: every one of them eligible. */
export const allEligible = (...sirets: string[]): Record<string, Eligibility> =>
  Object.fromEntries(sirets.map((siret) => [siret, eligible]));

const member = (siret: string, kind: 'commune' = 'commune') => ({
  authority: { siret, siren: siret.slice(0, 9), name: siret, kind, inseeCode: null, population: null },
  periods: [{ from: '2026-02-01', until: null }],
});

/** A groupement whose convention is in force since 1 February 2026, the beneficiaries its members since then. */
export const membership: MembershipFacts = {
  consortium: {
    kind: 'permanent-groupement',
    coordinatorSiret: '21440184600016',
    convention: {
      reference: 'CONV',
      signedOn: '2026-01-15',
      effectiveOn: '2026-02-01',
      adhesionClause: true,
      exitClause: { allowed: true, noticeDays: 90, financialConsequencesBorneBy: 'le membre sortant' },
      costSharing: { rule: 'flat', brackets: [] },
      cao: 'dedicated',
      entrustedOperations: ['award', 'signature', 'notification'],
    },
  },
  members: { '21440050900011': member('21440050900011'), '21440184600016': member('21440184600016') },
  launches: [],
};

/** A sealed bid on lot 1 by `supplierSiret` on its DUME, submitted at `now`, the supplier eligible unless said. */
export const submitBid = (
  n: number,
  supplierSiret: string,
  now = '2026-10-01T09:00:00Z',
  eligibility = eligible,
): TenderCommand => ({
  type: 'SubmitBid',
  bidId: bidId(n),
  lot: 1,
  supplierSiret,
  sealed: { keyId: KEY_ID, ciphertext: 'c2VhbGVk' },
  contentSha256: 'a'.repeat(64),
  declaration: 'dume',
  operatorGrouping: 'none',
  now,
  eligibility,
});

/** Scores of a bid on the `weighted` criteria: Prix 40 %, Valeur technique 50 %, Sobriété énergétique 10 %. */
export const scoreBid = (n: number, price: number, quality = 70, environment = 70): TenderCommand => ({
  type: 'ScoreBid',
  bidId: bidId(n),
  scores: [
    { criterion: 'Prix', score: price },
    { criterion: 'Valeur technique', score: quality },
    { criterion: 'Sobriété énergétique des outils', score: environment },
  ],
});

/**
 * A formalised tender of two lots, opened: three bids on lot 1 (SUPPLIER, OTHER_SUPPLIER, THIRD_SUPPLIER), none on
 * lot 2; `overrides` change the consultation as created (its tie-break rule, say).
 */
export function threeBidsOpened(overrides: Partial<CreateTender['tender']> = {}): TenderEvent[] {
  return scenarios(tenderDecider, TenderRefusal).run(
    [created(overrides), criteriaSet(1), criteriaSet(2)],
    { type: 'ChooseProcedure', procedure: 'open', negotiationGround: null, plannedLaunchOn: '2026-09-01' },
    {
      type: 'PublishTender',
      membership,
      noticeSentOn: '2026-09-01',
      deadlineAt: '2026-10-05T10:00:00Z',
      electronic: true,
      pin: false,
      urgency: false,
    },
    submitBid(1, SUPPLIER),
    submitBid(2, OTHER_SUPPLIER),
    submitBid(3, THIRD_SUPPLIER),
    { type: 'OpenBids', now: '2026-10-05T14:00:00Z', openedBy: 'coordinator-user' },
  );
}

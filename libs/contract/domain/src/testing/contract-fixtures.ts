import {
  ContractEvent,
  ContractOpened,
  Eligibility,
  MembershipFacts,
  NO_MEMBERSHIP_FACTS,
} from '@mutualis/shared/contracts';
import { NotifyContract } from '../lib/contract.commands';
import { contractDecider } from '../lib/contract.decider';
import { evolveContract, INITIAL_CONTRACT_STATE } from '../lib/contract.state';

export const CONTRACT_ID = '0192f0a0-0000-7000-8000-00000000c001';
export const HOLDER = '73282932000074';
export const NANTES = '21440109300015';
export const REZE = '21440143200015';
/** A member of the consortium that joined after the launch: never a beneficiary (M3). */
export const LATECOMER = '21440050900011';

/** An accord-cadre of 1 000 000 € HT maximum for cybersecurity services, launched in 2026 by a groupement. */
export const framework = (overrides: Partial<ContractOpened> = {}): ContractOpened => ({
  contractId: CONTRACT_ID,
  consortiumId: '0192f0a0-0000-7000-8000-0000000000c1',
  tenderId: '0192f0a0-0000-7000-8000-0000000000d1',
  lot: 1,
  object: 'Audit de sécurité des systèmes d’information',
  cpvCode: '72000000-5',
  nature: 'services',
  buyer: 'sub-central',
  procedure: 'open',
  formalised: true,
  launchedOn: '2026-03-02',
  thresholdTable: '2026-01-01',
  kind: 'framework-agreement',
  holderSiret: HOLDER,
  amountCents: 100_000_000,
  signedOn: '2026-06-15',
  beneficiaries: [NANTES, REZE],
  durationMonths: 48,
  openedFrom: '0192f0a0-0000-7000-8000-0000000000e1',
  ...overrides,
});

/** A marché of 200 000 € HT for 24 months. */
export const marche = (overrides: Partial<ContractOpened> = {}): ContractOpened =>
  framework({ kind: 'contract', amountCents: 20_000_000, durationMonths: null, ...overrides });

export const notify = (overrides: Partial<NotifyContract> = {}): NotifyContract => ({
  type: 'NotifyContract',
  notifiedOn: '2026-07-01',
  durationMonths: 48,
  renewals: null,
  priceForm: 'unit',
  priceType: 'revisable',
  ccag: 'TIC',
  penaltyDerogation: false,
  amountCentsTTC: 120_000_000,
  payingBuyer: 'collectivite',
  holderSme: false,
  buyerSpendingOver60M: false,
  advance: { ratePercent: 5, waived: false },
  retentionPercent: 0,
  ...overrides,
});

const period = (from: string, until: string | null = null) => ({
  authority: { siret: '', siren: '', name: '', kind: 'commune' as const, inseeCode: null, population: null },
  periods: [{ from, until }],
});

/** Nantes a member throughout; Rezé withdrawn from 1 January 2027; the latecomer joined in September 2026. */
export const membership: MembershipFacts = {
  ...NO_MEMBERSHIP_FACTS,
  members: {
    [NANTES]: period('2026-01-01'),
    [REZE]: period('2026-01-01', '2027-01-01'),
    [LATECOMER]: period('2026-09-01'),
  },
};

export const eligibleOn = (on: string): Eligibility => ({
  on,
  mayBid: true,
  mayBeAwarded: true,
  mayBePaid: true,
  reasons: [],
});
export const vigilanceLapsedOn = (on: string): Eligibility => ({
  on,
  mayBid: true,
  mayBeAwarded: false,
  mayBePaid: false,
  reasons: [
    {
      code: 'vigilance-expired',
      legalReference: 'D8222-5',
      detail: 'attestation de vigilance expired',
      blocks: ['award', 'payment'],
    },
  ],
});

/** The events of a contract opened and notified with the given terms, as the decider records them. */
export function running(opened: ContractOpened, notified: Partial<NotifyContract> = {}): ContractEvent[] {
  const openedEvents = contractDecider.decide(
    { type: 'OpenContract', contract: opened },
    INITIAL_CONTRACT_STATE,
  );
  const state = openedEvents.reduce(evolveContract, INITIAL_CONTRACT_STATE);
  const terms = notify({ durationMonths: opened.durationMonths ?? 24, ...notified });
  return [...openedEvents, ...contractDecider.decide(terms, state)];
}

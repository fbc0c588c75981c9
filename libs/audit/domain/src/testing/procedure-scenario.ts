import { EventEnvelope, uuidv7 } from '@mutualis/shared/contracts';
import { rehashed } from './ledger-fixtures';

/** One event of the scenario, with the context that publishes it and its stream. */
export interface ScenarioEvent {
  context: 'membership' | 'tender' | 'contract';
  streamId: string;
  type: string;
  data: unknown;
}

export const SAINT_NAZAIRE = '21440184600016';
export const HOLDER = '73282932000074';
export const RUNNER_UP = '55208131766522';

/**
 * A consultation of a permanent groupement, from its creation to a late payment: two lots with their criteria, a
 * deadline extension, three bids, the opening, lot 1 awarded, its standstill and signature, lot 2 unsuccessful; the
 * contract of lot 1 notified, amended by an avenant, invoiced and paid 10 days late with interest.
 */
export function procedureScenario(ids = { consortium: uuidv7(), tender: uuidv7(), contract: uuidv7() }) {
  const { consortium, tender, contract } = ids;
  const bids = { holderLot1: uuidv7(), runnerUpLot1: uuidv7(), holderLot2: uuidv7() };
  const invoice = uuidv7();
  const amendment = uuidv7();
  const tenderStream = `tender-${tender}`;
  const contractStream = `contract-${contract}`;
  const onTender = (type: string, data: unknown): ScenarioEvent => ({
    context: 'tender',
    streamId: tenderStream,
    type: `tender.${type}`,
    data,
  });
  const onContract = (type: string, data: unknown): ScenarioEvent => ({
    context: 'contract',
    streamId: contractStream,
    type: `contract.${type}`,
    data,
  });
  const bid = (bidId: string, lot: number, supplierSiret: string) =>
    onTender('BidSubmitted', {
      bidId,
      lot,
      supplierSiret,
      sealed: { keyId: uuidv7(), ciphertext: 'c2NlbGxl' },
      contentSha256: 'a'.repeat(64),
    });
  const criteria = (lot: number) =>
    onTender('CriteriaSet', {
      lot,
      criteria: [
        { name: 'Prix', weightPercent: 40, kind: 'price', environmental: false },
        { name: 'Valeur technique', weightPercent: 50, kind: 'quality', environmental: false },
        { name: 'Sobriété énergétique', weightPercent: 10, kind: 'environmental', environmental: true },
      ],
    });
  const events: ScenarioEvent[] = [
    {
      context: 'membership',
      streamId: `consortium-${consortium}`,
      type: 'membership.ConsortiumFormed',
      data: {
        consortiumId: consortium,
        kind: 'permanent-groupement',
        name: 'Groupement cybersécurité de Loire-Atlantique',
        coordinator: {
          siret: SAINT_NAZAIRE,
          siren: SAINT_NAZAIRE.slice(0, 9),
          name: 'Commune de Saint-Nazaire',
          kind: 'commune',
          inseeCode: '44184',
          population: null,
        },
        convention: {
          reference: 'CONV-2026-01',
          signedOn: '2026-01-15',
          effectiveOn: '2026-02-01',
          adhesionClause: true,
          exitClause: { allowed: true, noticeDays: 90, financialConsequencesBorneBy: 'le membre sortant' },
          costSharing: { rule: 'flat', brackets: [] },
          cao: 'dedicated',
          entrustedOperations: ['award', 'signature', 'notification'],
        },
        coordinatorDeliberation: { number: 'D1', adoptedOn: '2026-01-10', body: 'conseil municipal' },
      },
    },
    onTender('TenderCreated', {
      tenderId: tender,
      consortiumId: consortium,
      object: 'Cybersécurité des communes',
      cpvCode: '72000000-5',
      nature: 'services',
      buyer: 'sub-central',
      lots: [
        { number: 1, title: 'Audit de sécurité', estimatedCents: 30_000_000, smallLotMapa: false },
        { number: 2, title: 'Supervision (SOC)', estimatedCents: 50_000_000, smallLotMapa: false },
      ],
      estimatedCents: 80_000_000,
      beneficiaries: [SAINT_NAZAIRE],
      censusId: null,
      framework: null,
      nonAllotment: null,
      turnoverRequirementCents: null,
      innovative: false,
      reconductions: null,
      placeOfExecution: { code: '44184', kind: 'commune' },
      executionClauses: { socialClause: true, reservedContract: false, environmentalClause: false },
    }),
    onTender('ProcedureChosen', {
      procedure: 'open',
      negotiationGround: null,
      required: 'formalised',
      thresholdTable: '2026-01-01',
    }),
    criteria(1),
    criteria(2),
    onTender('TenderPublished', {
      object: 'Cybersécurité des communes : audit et supervision',
      noticeSentOn: '2026-03-02',
      deadlineAt: '2026-04-06T10:00:00.000Z',
      electronic: true,
      pin: false,
      urgency: false,
      publicity: 'boamp-and-joue',
      required: 'formalised',
      thresholdTable: '2026-01-01',
    }),
    onTender('DeadlineExtended', {
      deadlineAt: '2026-04-13T10:00:00.000Z',
      reason: 'Réponse à une question modifiant le cahier des charges',
    }),
    bid(bids.holderLot1, 1, HOLDER),
    bid(bids.runnerUpLot1, 1, RUNNER_UP),
    bid(bids.holderLot2, 2, HOLDER),
    onTender('BidsOpened', {
      openedAt: '2026-04-13T14:00:00.000Z',
      openedBy: 'coordinator-user',
      bids: [
        { lot: 1, bidIds: [bids.holderLot1, bids.runnerUpLot1] },
        { lot: 2, bidIds: [bids.holderLot2] },
      ],
    }),
    onTender('LotAwarded', {
      lot: 1,
      bidId: bids.holderLot1,
      supplierSiret: HOLDER,
      ranking: [
        { bidId: bids.holderLot1, weightedTotal: 8_700 },
        { bidId: bids.runnerUpLot1, weightedTotal: 7_900 },
      ],
      decidedOn: '2026-05-04',
    }),
    onTender('RejectionNoticesSent', {
      lot: 1,
      sentOn: '2026-05-04',
      electronic: true,
      standstillEndsOn: '2026-05-15',
    }),
    onTender('ContractSigned', {
      lot: 1,
      bidId: bids.holderLot1,
      supplierSiret: HOLDER,
      signedOn: '2026-06-15',
      amountCents: 25_000_000,
      awardNoticeDueBy: '2026-07-15',
    }),
    onTender('LotClosedWithoutAward', {
      lot: 2,
      outcome: 'unsuccessful',
      reason: 'Offre unique inacceptable (R2152-3)',
    }),
    onContract('ContractOpened', {
      contractId: contract,
      consortiumId: consortium,
      tenderId: tender,
      lot: 1,
      object: 'Cybersécurité des communes — lot 1 : Audit de sécurité',
      cpvCode: '72000000-5',
      nature: 'services',
      buyer: 'sub-central',
      procedure: 'open',
      formalised: true,
      launchedOn: '2026-03-02',
      thresholdTable: '2026-01-01',
      kind: 'contract',
      holderSiret: HOLDER,
      amountCents: 25_000_000,
      signedOn: '2026-06-15',
      beneficiaries: [SAINT_NAZAIRE],
      durationMonths: null,
      openedFrom: uuidv7(),
    }),
    onContract('ContractNotified', {
      notifiedOn: '2026-07-01',
      durationMonths: 24,
      endsOn: '2028-06-30',
      renewals: null,
      priceForm: 'lump-sum',
      priceType: 'firm',
      ccag: 'PI',
      penaltyDerogation: false,
      amountCentsTTC: 30_000_000,
      payingBuyer: 'collectivite',
      holderSme: false,
      buyerSpendingOver60M: false,
      advance: { required: true, minimumRatePercent: 5, ratePercent: 5, waived: false, amountCents: 750_000 },
      retentionPercent: 0,
    }),
    onContract('AmendmentSigned', {
      amendmentId: amendment,
      ground: 'supplementary',
      signedOn: '2026-10-01',
      amountCents: 5_000_000,
      description: 'Audit de deux systèmes de plus',
      extensionMonths: 0,
      amountAfterCents: 30_000_000,
      endsOn: '2028-06-30',
      joueNoticeRequired: true,
      newHolderSiret: null,
    }),
    onContract('AmendmentNotified', { amendmentId: amendment, notifiedOn: '2026-10-01' }),
    onContract('InvoiceReceived', {
      invoiceId: invoice,
      receivedOn: '2026-10-05',
      amountCents: 10_000_000,
      amountCentsTTC: 12_000_000,
      orderId: null,
      subcontractorSiret: null,
      dueOn: '2026-11-04',
    }),
    onContract('InvoicePaid', {
      invoiceId: invoice,
      paidOn: '2026-11-14',
      daysLate: 10,
      rateBasisPoints: 1_215,
      interestCents: 39_945,
      indemnityCents: 4_000,
      retainedCents: 0,
    }),
  ];
  return { ids: { ...ids, bids, invoice }, events };
}

/**
 * The scenario as the audit ledger holds it: each stream chained, recorded a minute apart in the given order.
 * `until` keeps the events before the first of that type.
 */
export function scenarioLedger(
  { ids, events }: ReturnType<typeof procedureScenario>,
  until?: string,
): EventEnvelope[] {
  const kept = until
    ? events.slice(
        0,
        events.findIndex((event) => event.type === until),
      )
    : events;
  const last = new Map<string, EventEnvelope>();
  return kept.map((event, index) => {
    const previous = last.get(event.streamId);
    const recordedAt = new Date(Date.UTC(2026, 10, 1, 8, index)).toISOString();
    const envelope = rehashed({
      id: uuidv7(),
      type: event.type,
      schemaVersion: 1,
      streamId: event.streamId,
      streamVersion: (previous?.streamVersion ?? 0) + 1,
      globalPosition: index + 1,
      transactionId: index + 1,
      consortiumId: ids.consortium,
      occurredAt: recordedAt,
      recordedAt,
      actor: { userId: 'scenario', role: 'coordinator' },
      correlationId: `scenario-${index}`,
      causationId: null,
      data: event.data,
      contentHash: '',
      prevHash: previous?.contentHash ?? null,
    });
    last.set(event.streamId, envelope);
    return envelope;
  });
}

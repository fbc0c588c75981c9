import { NewEventData, procedureChosen, tenderCreated, tenderPublished } from '@mutualis/shared/api/testing';

/** The tender's events up to a lot's signature, as the tender service publishes them (one lot). */
export function signedTenderEvents(options: {
  tenderId: string;
  consortiumId: string;
  holderSiret: string;
  beneficiaries: string[];
  /** An accord-cadre with this maximum, or a marché of this amount when `framework` is false. */
  amountCents: number;
  framework: boolean;
  /** The procedure chosen (an appel d'offres ouvert unless said) and what the notice says beyond the defaults. */
  procedure?: Record<string, unknown>;
  notice?: Record<string, unknown>;
}): NewEventData[] {
  const { tenderId, consortiumId, holderSiret, beneficiaries, amountCents, framework } = options;
  const event = (type: string, data: unknown): NewEventData => ({ type, consortiumId, data });
  return [
    tenderCreated(tenderId, consortiumId, {
      lots: [{ number: 1, title: 'Audit', estimatedCents: amountCents, smallLotMapa: false }],
      estimatedCents: amountCents,
      beneficiaries,
      framework: framework ? { maximumCents: amountCents, durationMonths: 48, justification: null } : null,
    }),
    {
      ...procedureChosen(consortiumId),
      data: { ...(procedureChosen(consortiumId).data as object), ...options.procedure },
    },
    tenderPublished(consortiumId, {
      noticeSentOn: '2026-04-01',
      deadlineAt: '2026-05-11T10:00:00.000Z',
      ...options.notice,
    }),
    event('tender.ContractSigned', {
      lot: 1,
      bidId: '0192f0a0-0000-7000-8000-0000000000b1',
      supplierSiret: holderSiret,
      signedOn: '2026-06-15',
      amountCents,
      awardNoticeDueBy: '2026-07-15',
    }),
  ];
}

/** The notification's body: an accord-cadre of 48 months under the CCAG TIC, paid by a collectivité. */
export const notificationBody = (overrides: object = {}) => ({
  notifiedOn: '2026-07-01',
  durationMonths: 48,
  priceForm: 'unit',
  priceType: 'revisable',
  ccag: 'TIC',
  amountCentsTTC: 60_000_000,
  payingBuyer: 'collectivite',
  holderSme: true,
  buyerSpendingOver60M: false,
  advance: { ratePercent: 5, waived: false },
  retentionPercent: 0,
  ...overrides,
});

import { ContractEvent, MembershipFacts } from '@mutualis/shared/contracts';
import { given, scenarios } from '@mutualis/shared/event-sourcing/testing';
import {
  eligibleOn,
  framework,
  HOLDER,
  marche,
  membership,
  NANTES,
  notify,
  REZE,
  running,
  vigilanceLapsedOn,
} from '../testing/contract-fixtures';
import { ContractCommand, SignAmendment } from './contract.commands';
import { contractDecider } from './contract.decider';
import { ContractRefusal } from './contract-refusal';
import { overdueInvoices } from './contract-position';

const { decide, refusal } = scenarios(contractDecider, ContractRefusal);

const opened = (contract = marche()) => decide([], { type: 'OpenContract', contract });
const uuid = (n: number) => `0192f0a0-0000-7000-8000-${String(n).padStart(12, '0')}`;

const amendment = (n: number, ground: SignAmendment['ground'], amountCents: number): SignAmendment => ({
  type: 'SignAmendment',
  amendmentId: uuid(100 + n),
  ground,
  signedOn: '2026-10-01',
  amountCents,
  description: 'Ajout de prestations',
  extensionMonths: 0,
  changesNature: false,
  newHolderSiret: null,
});
const invoice = (n: number, receivedOn: string, amountCentsTTC = 1_200_000): ContractCommand => ({
  type: 'ReceiveInvoice',
  invoiceId: uuid(200 + n),
  receivedOn,
  amountCents: Math.round(amountCentsTTC / 1.2),
  amountCentsTTC,
  orderId: null,
  subcontractor: null,
  membership,
});
const pay = (n: number, paidOn: string, eligibility = eligibleOn(paidOn)): ContractCommand => ({
  type: 'PayInvoice',
  invoiceId: uuid(200 + n),
  paidOn,
  holderEligibility: eligibility,
});
const after = (events: ContractEvent[], ...commands: ContractCommand[]) =>
  commands.reduce((history, command) => [...history, ...decide(history, command)], events);

describe('C1: de minimis avenants (R2194-8, R2194-9)', () => {
  // A marché of 200 000 € HT for services: the cap is 10 %, 20 000 €.
  it('accepts an avenant one cent under 10 % of the initial amount, refuses one of exactly 10 %', () => {
    expect(decide(running(marche()), amendment(1, 'de-minimis', 1_999_999))).toHaveLength(1);
    expect(refusal(running(marche()), amendment(1, 'de-minimis', 2_000_000))).toMatchObject({
      rule: 'de-minimis-cap-reached',
      legalReference: 'R2194-9',
    });
  });

  it('cumulates the earlier de minimis avenants: 10 000 € then 10 000 € more reaches the cap', () => {
    const events = after(running(marche()), amendment(1, 'de-minimis', 1_000_000));
    expect(refusal(events, amendment(2, 'de-minimis', 1_000_000))).toMatchObject({
      rule: 'de-minimis-cap-reached',
    });
    expect(decide(events, amendment(2, 'de-minimis', 999_999))).toHaveLength(1);
  });

  it('allows 15 % for works: 14,99 % accepted, 15 % refused', () => {
    const works = running(marche({ nature: 'works' }));
    expect(decide(works, amendment(1, 'de-minimis', 2_999_999))).toHaveLength(1);
    expect(refusal(works, amendment(1, 'de-minimis', 3_000_000))).toMatchObject({
      rule: 'de-minimis-cap-reached',
    });
  });

  it('refuses a de minimis avenant reaching the EU threshold in force at the launch (216 000 € in 2026)', () => {
    const large = running(marche({ amountCents: 500_000_000 }), { amountCentsTTC: 600_000_000 });
    expect(decide(large, amendment(1, 'de-minimis', 21_599_999))).toHaveLength(1);
    expect(refusal(large, amendment(1, 'de-minimis', 21_600_000))).toMatchObject({
      rule: 'de-minimis-above-eu-threshold',
      legalReference: 'R2194-8',
    });
  });
});

describe('C2: supplementary and unforeseeable avenants (R2194-3, R2194-5, R2194-10)', () => {
  it('accepts exactly half of the initial amount, with an avis de modification in the JOUE; refuses one cent more', () => {
    const [signed] = decide(running(marche()), amendment(1, 'supplementary', 10_000_000));
    expect(signed).toMatchObject({ data: { amountAfterCents: 30_000_000, joueNoticeRequired: true } });
    expect(refusal(running(marche()), amendment(1, 'unforeseeable', 10_000_001))).toMatchObject({
      rule: 'modification-over-half',
      legalReference: 'R2194-3',
    });
  });

  it('needs no JOUE notice after a procedure that was not formalised', () => {
    const [signed] = decide(running(marche({ formalised: false })), amendment(1, 'supplementary', 1_000_000));
    expect(signed).toMatchObject({ data: { joueNoticeRequired: false } });
  });
});

describe('D1: an avenant is notified once, on or after its signature (dateNotificationModification)', () => {
  const notify = (notifiedOn: string): ContractCommand => ({
    type: 'NotifyAmendment',
    amendmentId: uuid(101),
    notifiedOn,
  });
  const signed = () => after(running(marche()), amendment(1, 'de-minimis', 1_000_000));

  it('refuses a notification the day before the signature, records it on the day of the signature', () => {
    expect(refusal(signed(), notify('2026-09-30')).rule).toBe('date-out-of-order');
    expect(decide(signed(), notify('2026-10-01'))).toEqual([
      { type: 'contract.AmendmentNotified', data: { amendmentId: uuid(101), notifiedOn: '2026-10-01' } },
    ]);
  });

  it('refuses to notify an unknown avenant, or one already notified', () => {
    expect(refusal(running(marche()), notify('2026-10-02')).rule).toBe('amendment-unknown');
    const notified = after(signed(), notify('2026-10-02'));
    expect(refusal(notified, notify('2026-10-03'))).toMatchObject({
      rule: 'amendment-already-notified',
      values: { notifiedOn: '2026-10-02' },
    });
  });
});

describe('C3: one legal ground, the nature unchanged (L2194-1)', () => {
  it('refuses an avenant that changes the contract’s nature', () => {
    expect(
      refusal(running(marche()), { ...amendment(1, 'review-clause', 500_000), changesNature: true }),
    ).toMatchObject({ rule: 'modification-changes-nature', legalReference: 'L2194-1' });
  });

  it('substitutes the holder on the ground of R2194-6 only', () => {
    const NEW_HOLDER = '44306184100047';
    const transfer = { ...amendment(1, 'new-contractor', 0), newHolderSiret: NEW_HOLDER };
    const transferred = after(running(marche()), transfer);
    expect(given(contractDecider, transferred).state.holderSiret).toBe(NEW_HOLDER);
    expect(
      refusal(running(marche()), { ...amendment(1, 'non-substantial', 0), newHolderSiret: NEW_HOLDER }),
    ).toMatchObject({
      rule: 'new-holder-needs-its-ground',
    });
    expect(refusal(running(marche()), amendment(1, 'new-contractor', 0))).toMatchObject({
      rule: 'new-holder-needs-its-ground',
    });
  });

  it('extends the term with the avenant and never brings the amount below what was invoiced', () => {
    const [signed] = decide(running(marche()), { ...amendment(1, 'non-substantial', 0), extensionMonths: 6 });
    expect(signed).toMatchObject({ data: { endsOn: '2028-12-31' } });
    const invoiced = after(running(marche()), invoice(1, '2026-09-01', 12_000_000));
    expect(refusal(invoiced, amendment(1, 'review-clause', -15_000_000))).toMatchObject({
      rule: 'amendment-below-executed',
    });
  });
});

describe('C4: délai global de paiement and late-payment interest (R2192-10)', () => {
  const received = () => after(running(marche()), invoice(1, '2026-09-01'));

  it('a payment on day 30 is on time; on day 31 it owes one day of interest and the 40 € indemnity', () => {
    expect(decide(received(), pay(1, '2026-10-01'))).toEqual([
      {
        type: 'contract.InvoicePaid',
        data: {
          invoiceId: uuid(201),
          paidOn: '2026-10-01',
          daysLate: 0,
          rateBasisPoints: 0,
          interestCents: 0,
          indemnityCents: 0,
          retainedCents: 0,
        },
      },
    ]);
    // 12 000 € TTC × (2,15 % ECB + 8 points) × 1 / 365 = 3,34 €.
    expect(decide(received(), pay(1, '2026-10-02'))[0]).toMatchObject({
      data: { daysLate: 1, rateBasisPoints: 1_015, interestCents: 334, indemnityCents: 4_000 },
    });
  });

  it('lists an unpaid invoice as overdue from day 31, with the interest due so far', () => {
    const { state } = given(contractDecider, received());
    expect(overdueInvoices(state, '2026-10-01')).toEqual([]);
    expect(overdueInvoices(state, '2026-10-11')).toEqual([
      expect.objectContaining({
        invoiceId: uuid(201),
        daysLate: 10,
        interestCents: 3_337,
        indemnityCents: 4_000,
      }),
    ]);
  });

  it('keeps the retenue de garantie from each payment', () => {
    const events = after(running(marche(), { retentionPercent: 5 }), invoice(1, '2026-09-01'));
    expect(decide(events, pay(1, '2026-09-20'))[0]).toMatchObject({ data: { retainedCents: 60_000 } });
  });
});

describe('C5: the avance (R2191-3, R2191-7)', () => {
  it('requires 5 % when the amount passes 50 000 € HT over more than 2 months; 4 % is refused', () => {
    expect(
      refusal(opened(), notify({ durationMonths: 24, advance: { ratePercent: 4, waived: false } })),
    ).toMatchObject({ rule: 'advance-rate-too-low', legalReference: 'R2191-7' });
    // 24 months: the base is 12 × 240 000 € TTC / 24 = 120 000 €.
    const [notified] = decide(opened(), notify({ durationMonths: 24, amountCentsTTC: 24_000_000 }));
    expect(notified).toMatchObject({
      data: { advance: { required: true, minimumRatePercent: 5, ratePercent: 5, amountCents: 600_000 } },
    });
  });

  it('requires 10 % for an SME when the collectivité spends more than 60 M€; the holder may waive it', () => {
    const sme = { durationMonths: 24, holderSme: true, buyerSpendingOver60M: true };
    expect(refusal(opened(), notify({ ...sme, advance: { ratePercent: 9, waived: false } }))).toMatchObject({
      rule: 'advance-rate-too-low',
    });
    expect(decide(opened(), notify({ ...sme, advance: { ratePercent: 10, waived: false } }))).toHaveLength(1);
    expect(decide(opened(), notify({ ...sme, advance: { ratePercent: 0, waived: true } }))[0]).toMatchObject({
      data: { advance: { required: true, waived: true, amountCents: 0 } },
    });
  });

  it('does not require it at 50 000 € HT exactly', () => {
    const small = opened(marche({ amountCents: 5_000_000 }));
    const [notified] = decide(
      small,
      notify({ durationMonths: 24, amountCentsTTC: 6_000_000, advance: { ratePercent: 0, waived: false } }),
    );
    expect(notified).toMatchObject({ data: { advance: { required: false } } });
  });
});

describe('C6: the retenue de garantie (R2191-32)', () => {
  it('allows 5 %, refuses more; 3 % for an SME with a collectivité spending more than 60 M€', () => {
    expect(decide(opened(), notify({ durationMonths: 24, retentionPercent: 5 }))).toHaveLength(1);
    expect(refusal(opened(), notify({ durationMonths: 24, retentionPercent: 5.5 }))).toMatchObject({
      rule: 'retention-over-cap',
    });
    const sme = {
      durationMonths: 24,
      holderSme: true,
      buyerSpendingOver60M: true,
      advance: { ratePercent: 10, waived: false },
    };
    expect(decide(opened(), notify({ ...sme, retentionPercent: 3 }))).toHaveLength(1);
    expect(refusal(opened(), notify({ ...sme, retentionPercent: 3.5 }))).toMatchObject({
      rule: 'retention-over-cap',
    });
  });
});

describe('C7: delay penalties under the CCAG 2021', () => {
  const invite = (n: number, daysLate: number, valueCents: number): ContractCommand => ({
    type: 'InvitePenaltyObservations',
    penaltyId: uuid(300 + n),
    invitedOn: '2026-10-01',
    daysLate,
    valueCents,
    reason: 'Rapport d’audit remis en retard',
    orderId: null,
  });
  const apply = (
    n: number,
    appliedOn: string,
    observationsReceivedOn: string | null = null,
  ): ContractCommand => ({
    type: 'ApplyPenalty',
    penaltyId: uuid(300 + n),
    appliedOn,
    observationsReceivedOn,
  });

  it('waits 15 days for the holder’s observations, unless they come earlier', () => {
    const events = after(running(marche()), invite(1, 5, 10_000_000));
    expect(refusal(events, apply(1, '2026-10-15'))).toMatchObject({
      rule: 'penalty-observation-period-running',
    });
    expect(decide(events, apply(1, '2026-10-17'))).toHaveLength(1);
    expect(decide(events, apply(1, '2026-10-10', '2026-10-08'))).toHaveLength(1);
  });

  it('computes V × R / 1000 for the CCAG TIC, nothing due below 1 000 € in total, then all of it', () => {
    // 100 000 € × 5 days / 1000 = 500 €: exonerated; a second 600 € penalty brings the total to 1 100 €, due.
    const first = after(running(marche()), invite(1, 5, 10_000_000), apply(1, '2026-10-17'));
    expect(first.at(-1)).toMatchObject({ data: { penaltyCents: 50_000, totalDueCents: 0 } });
    const second = after(first, invite(2, 6, 10_000_000), apply(2, '2026-10-17'));
    expect(second.at(-1)).toMatchObject({ data: { penaltyCents: 60_000, totalDueCents: 110_000 } });
  });

  it('caps the total at 10 % of the amount HT, unless the contract derogates', () => {
    // 200 000 € × 150 days / 1000 = 30 000 €, capped at 20 000 €.
    const capped = after(running(marche()), invite(1, 150, 20_000_000), apply(1, '2026-10-17'));
    expect(capped.at(-1)).toMatchObject({ data: { penaltyCents: 3_000_000, totalDueCents: 2_000_000 } });
    const derogating = after(
      running(marche(), { penaltyDerogation: true }),
      invite(1, 150, 20_000_000),
      apply(1, '2026-10-17'),
    );
    expect(derogating.at(-1)).toMatchObject({ data: { totalDueCents: 3_000_000 } });
  });
});

describe('C7: penalties of an accord-cadre executed by bons de commande (CCAG 2021, FCS/TIC 14.1.2)', () => {
  const ORDER = uuid(400);
  // An accord-cadre of 1 000 000 € HT maximum; a bon de commande of 15 000 € HT from Nantes.
  const order: ContractCommand = {
    type: 'PlaceOrder',
    orderId: ORDER,
    memberSiret: NANTES,
    placedOn: '2026-09-01',
    amountCents: 1_500_000,
    description: 'Audit de l’hôtel de ville',
    membership,
  };
  const invite = (
    n: number,
    daysLate: number,
    orderId: string | null = ORDER,
    valueCents = 1_500_000,
  ): ContractCommand => ({
    type: 'InvitePenaltyObservations',
    penaltyId: uuid(300 + n),
    invitedOn: '2026-10-01',
    daysLate,
    valueCents,
    reason: 'Bon de commande livré en retard',
    orderId,
  });
  const apply = (n: number): ContractCommand => ({
    type: 'ApplyPenalty',
    penaltyId: uuid(300 + n),
    appliedOn: '2026-10-17',
    observationsReceivedOn: null,
  });
  const ordered = () => after(running(framework()), order);

  it('caps the penalties at 10 % of the late order (1 500 €), not of the framework’s maximum', () => {
    // 15 000 € × 100 days / 1000 = 1 500 €: exactly 10 % of the order, due; 101 days: 1 515 €, capped at 1 500 €.
    const exactly = after(ordered(), invite(1, 100), apply(1));
    expect(exactly.at(-2)).toMatchObject({
      type: 'contract.OrderPenaltyObservationsInvited',
      data: { orderId: ORDER, penaltyCents: 150_000 },
    });
    expect(exactly.at(-1)).toMatchObject({ data: { penaltyCents: 150_000, totalDueCents: 150_000 } });
    const beyond = after(ordered(), invite(1, 101), apply(1));
    expect(beyond.at(-1)).toMatchObject({ data: { penaltyCents: 151_500, totalDueCents: 150_000 } });
  });

  it('exonerates the holder while the total does not exceed 1 000 € HT: 1 000 € waived, 1 005 € due', () => {
    // 15 000 € × 66 days / 1000 = 990 €, then 10 000 € × 1 day / 1000 = 10 €: 1 000 € in all, waived.
    const waived = after(ordered(), invite(1, 66), apply(1), invite(2, 1, ORDER, 1_000_000), apply(2));
    expect(waived.at(-1)).toMatchObject({ data: { penaltyCents: 1_000, totalDueCents: 0 } });
    // 67 days: 1 005 €, due in full (under the order's 1 500 € cap).
    const due = after(ordered(), invite(1, 67), apply(1));
    expect(due.at(-1)).toMatchObject({ data: { penaltyCents: 100_500, totalDueCents: 100_500 } });
  });

  it('refuses a penalty under an accord-cadre without its late bon de commande, and an order on a marché', () => {
    expect(refusal(ordered(), invite(1, 10, null))).toMatchObject({
      rule: 'penalty-order-unknown',
      legalReference: 'CCAG 2021',
    });
    expect(refusal(ordered(), invite(1, 10, uuid(999)))).toMatchObject({ rule: 'penalty-order-unknown' });
    expect(refusal(running(marche()), invite(1, 10))).toMatchObject({
      rule: 'orders-need-framework-agreement',
    });
  });
});

describe('C8: direct payment of subcontractors (L2193-10, R2193-10)', () => {
  const SUB = '44306184100047';
  const accept = (subcontractCentsTTC: number): ContractCommand => ({
    type: 'AcceptSubcontractor',
    subcontractorSiret: SUB,
    acceptedOn: '2026-09-01',
    subcontractCentsTTC,
    subcontractCentsHT: Math.round(subcontractCentsTTC / 1.2),
    durationMonths: 12,
    priceVariation: 'firm',
  });
  const subInvoice = (workFrom: string, amountCentsTTC = 60_000): ContractCommand => ({
    ...(invoice(1, '2026-10-01', amountCentsTTC) as ContractCommand & { type: 'ReceiveInvoice' }),
    subcontractor: { siret: SUB, workFrom },
  });

  it('records the acte spécial with its amount HT, duration and price variation; HT above TTC is refused', () => {
    expect(decide(running(marche()), accept(60_000))[0]?.data).toMatchObject({
      subcontractCentsTTC: 60_000,
      subcontractCentsHT: 50_000,
      durationMonths: 12,
      priceVariation: 'firm',
      directPayment: true,
    });
    const inconsistent = { ...(accept(60_000) as object), subcontractCentsHT: 60_001 } as ContractCommand;
    expect(refusal(running(marche()), inconsistent).rule).toBe('amount-ttc-below-ht');
    const equal = { ...(accept(60_000) as object), subcontractCentsHT: 60_000 } as ContractCommand;
    expect(decide(running(marche()), equal)).toHaveLength(1);
  });

  it('pays directly from 600 € TTC, not at 599,99 €, and never for work before the acceptance', () => {
    expect(decide(after(running(marche()), accept(60_000)), subInvoice('2026-09-01'))).toHaveLength(1);
    expect(refusal(after(running(marche()), accept(59_999)), subInvoice('2026-09-01'))).toMatchObject({
      rule: 'subcontract-below-direct-payment-floor',
    });
    expect(refusal(after(running(marche()), accept(60_000)), subInvoice('2026-08-31'))).toMatchObject({
      rule: 'work-before-acceptance',
    });
    expect(refusal(running(marche()), subInvoice('2026-09-01'))).toMatchObject({
      rule: 'subcontractor-not-accepted',
    });
  });

  it('pays an accepted subcontractor even while the holder’s vigilance has lapsed', () => {
    const events = after(running(marche()), accept(60_000), subInvoice('2026-09-01'));
    expect(decide(events, pay(1, '2026-10-10', vigilanceLapsedOn('2026-10-10')))).toHaveLength(1);
  });
});

describe('C9: reconductions (R2112-4)', () => {
  const renew = (renewedOn: string): ContractCommand => ({ type: 'RenewContract', renewedOn });

  it('refuses a reconduction the tender did not announce', () => {
    expect(refusal(running(marche()), renew('2027-06-01'))).toMatchObject({
      rule: 'renewal-not-announced',
      legalReference: 'R2112-4',
    });
  });

  it('renews as announced, one term more each time, until the announced count is used', () => {
    // Express: the buyer decides it before the term (a tacit one happens at the term, reconductions.spec.ts).
    const terms = { durationMonths: 12, renewals: { count: 1, monthsEach: 12, tacit: false } };
    const once = after(running(marche(), terms), renew('2027-06-01'));
    expect(once.at(-1)).toMatchObject({ data: { renewal: 1, endsOn: '2028-06-30' } });
    expect(refusal(once, renew('2028-06-01'))).toMatchObject({ rule: 'renewals-exhausted' });
  });
});

describe('C10: a lapsed attestation de vigilance raises an alert, it does not block payment (D8222-5)', () => {
  it('pays a holder whose vigilance lapsed, and records the alert and the request of a new attestation', () => {
    const events = after(running(marche()), invoice(1, '2026-09-01'));
    const paid = decide(events, pay(1, '2026-09-20', vigilanceLapsedOn('2026-09-20')));
    expect(paid.map((event) => event.type)).toEqual([
      'contract.InvoicePaid',
      'contract.VigilanceAttestationRequested',
    ]);
    expect(paid[1]).toEqual({
      type: 'contract.VigilanceAttestationRequested',
      data: {
        requestedOn: '2026-09-20',
        holderSiret: HOLDER,
        invoiceId: uuid(201),
        reasons: ['vigilance-expired'],
        legalReference: 'D8222-5',
      },
    });
    // Paid within the délai global: no intérêts moratoires run because of the lapse.
    expect(paid[0]).toMatchObject({ data: { daysLate: 0, interestCents: 0 } });
    expect(given(contractDecider, [...events, ...paid]).state.vigilanceRequests).toHaveLength(1);
  });

  it('raises no alert when a valid attestation is held on the day of payment', () => {
    const events = after(running(marche()), invoice(1, '2026-09-01'));
    expect(decide(events, pay(1, '2026-09-21', eligibleOn('2026-09-21'))).map((e) => e.type)).toEqual([
      'contract.InvoicePaid',
    ]);
  });

  it('alerts for a holder the registry does not know: no attestation is known of it', () => {
    const events = after(running(marche()), invoice(1, '2026-09-01'));
    const unknown = {
      on: '2026-09-20',
      mayBid: false,
      mayBeAwarded: false,
      mayBePaid: false,
      reasons: [
        { code: 'not-registered' as const, detail: 'unknown', blocks: ['bid' as const, 'payment' as const] },
      ],
    };
    expect(decide(events, pay(1, '2026-09-20', unknown)).at(-1)).toMatchObject({
      type: 'contract.VigilanceAttestationRequested',
      data: { reasons: ['not-registered'] },
    });
  });

  it('asks for no attestation below 5 000 € HT (4 999,99 €), asks from 5 000 € HT', () => {
    const contractOf = (amountCents: number) =>
      after(
        running(marche({ amountCents }), {
          amountCentsTTC: amountCents + 100_000,
          advance: { ratePercent: 0, waived: false },
        }),
        invoice(1, '2026-09-01', 120_000),
      );
    const lapsed = pay(1, '2026-09-20', vigilanceLapsedOn('2026-09-20'));
    expect(decide(contractOf(499_999), lapsed)).toHaveLength(1);
    expect(decide(contractOf(500_000), lapsed)).toHaveLength(2);
  });
});

describe('C4: each member pays its own orders (R2192-10: 30 days, R2192-11: 50 for a public hospital)', () => {
  // A groupement whose contract states a public hospital's délai; Nantes is a commune (30 days whatever is stated),
  // Rezé is published with the kind `other` here, so the stated category applies to it (ADR 0011).
  const mixed: MembershipFacts = {
    ...membership,
    members: {
      ...membership.members,
      [REZE]: {
        ...membership.members[REZE]!,
        authority: { ...membership.members[REZE]!.authority, kind: 'other' },
      },
    },
  };
  const order = (n: number, memberSiret: string): ContractCommand => ({
    type: 'PlaceOrder',
    orderId: uuid(500 + n),
    memberSiret,
    placedOn: '2026-09-01',
    amountCents: 1_000_000,
    description: 'Audit',
    membership: mixed,
  });
  const invoiceFor = (n: number): ContractCommand => ({
    type: 'ReceiveInvoice',
    invoiceId: uuid(200 + n),
    receivedOn: '2026-10-01',
    amountCents: 1_000_000,
    amountCentsTTC: 1_200_000,
    orderId: uuid(500 + n),
    subcontractor: null,
    membership: mixed,
  });
  const invoiced = () =>
    after(
      running(framework(), { payingBuyer: 'hospital' }),
      order(1, NANTES),
      order(2, REZE),
      invoiceFor(1),
      invoiceFor(2),
    );
  const daysLate = (n: number, paidOn: string) =>
    decide(invoiced(), pay(n, paidOn))[0]!.data as { daysLate: number; interestCents: number };

  it('gives a commune’s order 30 days: paid on day 30 on time, on day 31 one day late', () => {
    expect(invoiced().at(-2)).toMatchObject({ data: { orderId: uuid(501), dueOn: '2026-10-31' } });
    expect(daysLate(1, '2026-10-31')).toMatchObject({ daysLate: 0, interestCents: 0 });
    expect(daysLate(1, '2026-11-01').daysLate).toBe(1);
  });

  it('gives a hospital member’s order 50 days: paid on day 50 on time, on day 51 one day late', () => {
    expect(invoiced().at(-1)).toMatchObject({ data: { orderId: uuid(502), dueOn: '2026-11-20' } });
    expect(daysLate(2, '2026-11-20')).toMatchObject({ daysLate: 0, interestCents: 0 });
    expect(daysLate(2, '2026-11-21').daysLate).toBe(1);
  });

  it('lists each unpaid invoice as overdue after its own member’s délai', () => {
    const state = given(contractDecider, invoiced()).state;
    expect(overdueInvoices(state, '2026-11-01').map(({ invoiceId }) => invoiceId)).toEqual([uuid(201)]);
    expect(overdueInvoices(state, '2026-11-21').map(({ invoiceId }) => invoiceId)).toEqual([
      uuid(201),
      uuid(202),
    ]);
  });
});

describe('C4: the délai interrupted once for a payment request lacking documents (R2192-27 to R2192-29)', () => {
  // A marché paid by a collectivité: received on 1 September 2026, due on 1 October.
  const interrupt = (interruptedOn: string): ContractCommand => ({
    type: 'InterruptPaymentPeriod',
    invoiceId: uuid(201),
    interruptedOn,
    reason: 'Facture sans numéro de bon de commande ni RIB',
  });
  const complete = (completedOn: string): ContractCommand => ({
    type: 'CompletePaymentRequest',
    invoiceId: uuid(201),
    completedOn,
  });
  const received = () => after(running(marche()), invoice(1, '2026-09-01'));

  it('interrupts the délai up to its last day, not the day after, and only once (R2192-27)', () => {
    expect(decide(received(), interrupt('2026-10-01'))).toEqual([
      {
        type: 'contract.PaymentPeriodInterrupted',
        data: {
          invoiceId: uuid(201),
          interruptedOn: '2026-10-01',
          reason: 'Facture sans numéro de bon de commande ni RIB',
          remainingDays: 0,
        },
      },
    ]);
    expect(refusal(received(), interrupt('2026-10-02'))).toMatchObject({
      rule: 'payment-period-already-run',
      legalReference: 'R2192-27',
    });
    const resumed = after(received(), interrupt('2026-09-21'), complete('2026-10-05'));
    expect(refusal(resumed, interrupt('2026-10-06'))).toMatchObject({
      rule: 'payment-period-interrupted-once',
      legalReference: 'R2192-27',
    });
  });

  it('runs no interest while interrupted, then opens 30 days from the documents’ receipt (R2192-29)', () => {
    const interrupted = after(received(), interrupt('2026-09-21'));
    expect(overdueInvoices(given(contractDecider, interrupted).state, '2026-10-20')).toEqual([]);
    expect(decide(interrupted, pay(1, '2026-10-20'))[0]).toMatchObject({ data: { daysLate: 0 } });
    // 10 days were left on 21 September: the new délai is 30 days from 5 October, to 4 November.
    const resumed = after(interrupted, complete('2026-10-05'));
    expect(resumed.at(-1)).toEqual({
      type: 'contract.PaymentPeriodResumed',
      data: { invoiceId: uuid(201), completedOn: '2026-10-05', dueOn: '2026-11-04' },
    });
    expect(decide(resumed, pay(1, '2026-11-04'))[0]).toMatchObject({ data: { daysLate: 0 } });
    expect(decide(resumed, pay(1, '2026-11-05'))[0]).toMatchObject({ data: { daysLate: 1 } });
  });

  it('refuses the documents’ receipt for a délai that is not interrupted', () => {
    expect(refusal(received(), complete('2026-09-10'))).toMatchObject({
      rule: 'payment-period-not-interrupted',
      legalReference: 'R2192-29',
    });
  });
});

describe('framework agreements are invoiced per bon de commande', () => {
  it('refuses an invoice that settles no bon de commande', () => {
    const events = running(framework());
    expect(refusal(events, invoice(1, '2026-09-01'))).toMatchObject({ rule: 'order-unknown' });
  });
});

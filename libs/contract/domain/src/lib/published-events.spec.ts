import { ContractEvent, contractContracts } from '@mutualis/shared/contracts';
import { given } from '@mutualis/shared/event-sourcing/testing';
import {
  eligibleOn,
  framework,
  marche,
  membership,
  NANTES,
  running,
  vigilanceLapsedOn,
} from '../testing/contract-fixtures';
import { ContractCommand } from './contract.commands';
import { contractDecider } from './contract.decider';

const run = (history: ContractEvent[], command: ContractCommand) => [
  ...history,
  ...contractDecider.decide(command, given(contractDecider, history).state),
];
const id = (n: number) => `0192f0a0-0000-7000-8000-${String(n).padStart(12, '0')}`;

describe('the events the contract decider records are valid in the published language', () => {
  it('validates every event type from the opening to the end against its contract', () => {
    const commands: ContractCommand[] = [
      {
        type: 'AcceptSubcontractor',
        subcontractorSiret: '44306184100047',
        acceptedOn: '2026-08-01',
        subcontractCentsTTC: 90_000,
        subcontractCentsHT: 75_000,
        durationMonths: 24,
        priceVariation: 'revisable',
      },
      {
        type: 'PlaceOrder',
        orderId: id(1),
        memberSiret: NANTES,
        placedOn: '2026-09-01',
        amountCents: 1_000_000,
        description: 'Audit',
        membership,
      },
      {
        type: 'SignAmendment',
        amendmentId: id(2),
        ground: 'de-minimis',
        signedOn: '2026-09-02',
        amountCents: -100_000,
        description: 'Réduction',
        extensionMonths: 0,
        changesNature: false,
        newHolderSiret: null,
      },
      { type: 'NotifyAmendment', amendmentId: id(2), notifiedOn: '2026-09-03' },
      {
        type: 'ReceiveInvoice',
        invoiceId: id(3),
        receivedOn: '2026-09-10',
        amountCents: 1_000_000,
        amountCentsTTC: 1_200_000,
        orderId: id(1),
        subcontractor: null,
        membership,
      },
      {
        type: 'PayInvoice',
        invoiceId: id(3),
        paidOn: '2026-10-20',
        holderEligibility: eligibleOn('2026-10-20'),
      },
      {
        type: 'InvitePenaltyObservations',
        penaltyId: id(4),
        invitedOn: '2026-10-01',
        daysLate: 3,
        valueCents: 1_000_000,
        reason: 'Retard',
        orderId: id(1),
      },
      { type: 'ApplyPenalty', penaltyId: id(4), appliedOn: '2026-10-20', observationsReceivedOn: null },
      { type: 'SuspendContract', suspendedOn: '2026-11-01', reason: 'Intempéries' },
      { type: 'ResumeContract', resumedOn: '2026-11-10' },
      { type: 'RenewContract', renewedOn: '2027-01-01' },
      {
        type: 'TerminateContract',
        terminatedOn: '2027-02-01',
        ground: 'general-interest',
        reason: 'Réorganisation',
      },
    ];
    const terms = { renewals: { count: 1, monthsEach: 12, tacit: false } };
    let events = commands.reduce(run, running(framework(), terms));
    events = run(running(framework({ contractId: id(9) }), terms), {
      type: 'EndContract',
      endedOn: '2030-07-01',
    }).concat(events);
    const onMarche: ContractCommand[] = [
      {
        type: 'SignAmendment',
        amendmentId: id(14),
        ground: 'supplementary',
        signedOn: '2026-09-15',
        amountCents: 1_000_000,
        description: 'Sites supplémentaires',
        extensionMonths: 0,
        changesNature: false,
        newHolderSiret: null,
      },
      {
        type: 'RecordModificationNotice',
        amendmentId: id(14),
        publishedOn: '2026-09-30',
        reference: 'JOUE 2026/S 190-600001',
        recordedOn: '2026-10-01',
      },
      {
        type: 'InvitePenaltyObservations',
        penaltyId: id(11),
        invitedOn: '2026-10-01',
        daysLate: 3,
        valueCents: 1_000_000,
        reason: 'Retard',
        orderId: null,
      },
      {
        type: 'ReceiveInvoice',
        invoiceId: id(12),
        receivedOn: '2026-10-01',
        amountCents: 1_000_000,
        amountCentsTTC: 1_200_000,
        orderId: null,
        subcontractor: null,
        membership,
      },
      {
        type: 'PayInvoice',
        invoiceId: id(12),
        paidOn: '2026-10-20',
        holderEligibility: vigilanceLapsedOn('2026-10-20'),
      },
      {
        type: 'ReceiveInvoice',
        invoiceId: id(13),
        receivedOn: '2026-10-01',
        amountCents: 1_000_000,
        amountCentsTTC: 1_200_000,
        orderId: null,
        subcontractor: null,
        membership,
      },
      { type: 'InterruptPaymentPeriod', invoiceId: id(13), interruptedOn: '2026-10-05', reason: 'Sans RIB' },
      { type: 'CompletePaymentRequest', invoiceId: id(13), completedOn: '2026-10-12' },
    ];
    events = onMarche.reduce(run, running(marche({ contractId: id(10) }))).concat(events);
    const tacitly = { renewals: { count: 1, monthsEach: 12, tacit: true } };
    events = run(running(marche({ contractId: id(20), tenderedRenewals: tacitly.renewals }), tacitly), {
      type: 'DeclineRenewal',
      declinedOn: '2027-01-04',
      reason: 'Le besoin est couvert par le marché régional',
    }).concat(events);
    expect(new Set(events.map((event) => event.type)).size).toBe(contractContracts.types.length);
    for (const event of events) {
      expect([event.type, contractContracts.check({ ...event, schemaVersion: 1 })]).toEqual([
        event.type,
        null,
      ]);
    }
  });
});

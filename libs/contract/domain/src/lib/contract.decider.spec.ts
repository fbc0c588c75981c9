import { ContractEvent } from '@mutualis/shared/contracts';
import { given, scenarios } from '@mutualis/shared/event-sourcing/testing';
import {
  framework,
  LATECOMER,
  marche,
  membership,
  NANTES,
  notify,
  REZE,
  running,
} from '../testing/contract-fixtures';
import { ContractCommand, PlaceOrder } from './contract.commands';
import { contractDecider } from './contract.decider';
import { contractPosition } from './contract-position';
import { ContractRefusal } from './contract-refusal';

const { decide, refusal } = scenarios(contractDecider, ContractRefusal);

const stateAfter = (events: ContractEvent[]) => given(contractDecider, events).state;

let orderNumber = 0;
const order = (memberSiret: string, amountCents: number, placedOn = '2026-09-15'): PlaceOrder => ({
  type: 'PlaceOrder',
  orderId: `0192f0a0-0000-7000-8000-${String(++orderNumber).padStart(12, '0')}`,
  memberSiret,
  placedOn,
  amountCents,
  description: 'Audit de sécurité de la messagerie',
  membership,
});

describe('opening a contract from a signed award', () => {
  it('opens one contract per award: the same award delivered twice opens nothing more', () => {
    const opened = decide([], { type: 'OpenContract', contract: framework() });
    expect(opened).toEqual([{ type: 'contract.ContractOpened', data: framework() }]);
    expect(decide(opened, { type: 'OpenContract', contract: framework() })).toEqual([]);
  });

  it('refuses to open the same contract from another award', () => {
    const opened = decide([], { type: 'OpenContract', contract: framework() });
    const other = framework({ openedFrom: '0192f0a0-0000-7000-8000-0000000000e2' });
    expect(refusal(opened, { type: 'OpenContract', contract: other })).toMatchObject({
      rule: 'contract-exists',
    });
  });

  it('starts execution at the notification, with the term computed date to date (R2182-4)', () => {
    const events = running(framework());
    expect(events[1]).toMatchObject({
      type: 'contract.ContractNotified',
      data: { notifiedOn: '2026-07-01', durationMonths: 48, endsOn: '2030-06-30' },
    });
    expect(refusal(events.slice(0, 1), order(NANTES, 1_000))).toMatchObject({
      rule: 'contract-not-notified',
    });
  });

  it('T8: keeps the accord-cadre to the duration its tender announced', () => {
    const opened = decide([], { type: 'OpenContract', contract: framework() });
    expect(refusal(opened, notify({ durationMonths: 60 }))).toMatchObject({
      rule: 'duration-not-as-tendered',
      values: { tenderedMonths: 48, durationMonths: 60 },
    });
  });
});

describe('bons de commande under an accord-cadre (M3, M4, R2162-4)', () => {
  it('accepts an order from a beneficiary and keeps the running totals per member and overall', () => {
    let events = running(framework());
    events = [...events, ...decide(events, order(NANTES, 30_000_000))];
    events = [...events, ...decide(events, order(REZE, 20_000_000))];
    expect(contractPosition(stateAfter(events))).toMatchObject({
      amountCents: 100_000_000,
      orderedCents: 50_000_000,
      remainingCents: 50_000_000,
      orderedByMember: { [NANTES]: 30_000_000, [REZE]: 20_000_000 },
    });
  });

  it('M3: refuses an order from an authority that joined after the launch: it is not a beneficiary', () => {
    expect(refusal(running(framework()), order(LATECOMER, 1_000))).toMatchObject({
      rule: 'not-a-beneficiary',
      values: { memberSiret: LATECOMER },
    });
  });

  it('M4: accepts a beneficiary’s order the day before its withdrawal takes effect, refuses it from that day', () => {
    expect(decide(running(framework()), order(REZE, 1_000, '2026-12-31'))).toHaveLength(1);
    expect(refusal(running(framework()), order(REZE, 1_000, '2027-01-01'))).toMatchObject({
      rule: 'member-withdrawn',
    });
  });

  it('R2162-4: an order reaching the maximum exactly is accepted and exhausts the accord-cadre; one cent more is refused', () => {
    const events = running(framework());
    expect(refusal(events, order(NANTES, 100_000_001))).toMatchObject({
      rule: 'framework-maximum-exceeded',
      values: { maximumCents: 100_000_000, remainingCents: 100_000_000 },
    });
    const exhausted = decide(events, order(NANTES, 100_000_000));
    expect(exhausted.map((event) => event.type)).toEqual(['contract.OrderPlaced', 'contract.ContractEnded']);
    expect(exhausted[1]).toMatchObject({ data: { reason: 'maximum-reached' } });
    expect(refusal([...events, ...exhausted], order(NANTES, 1))).toMatchObject({ rule: 'contract-status' });
  });

  it('refuses orders under a marché, and after the term', () => {
    expect(refusal(running(marche()), order(NANTES, 1_000))).toMatchObject({
      rule: 'orders-need-framework-agreement',
    });
    expect(refusal(running(framework()), order(NANTES, 1_000, '2030-07-01'))).toMatchObject({
      rule: 'contract-term-passed',
    });
  });
});

describe('suspension, termination and the end of the contract', () => {
  it('suspends and resumes; orders wait while suspended', () => {
    let events = running(framework());
    events = [
      ...events,
      ...decide(events, { type: 'SuspendContract', suspendedOn: '2026-08-01', reason: 'Travaux' }),
    ];
    expect(refusal(events, order(NANTES, 1_000))).toMatchObject({ rule: 'contract-status' });
    events = [...events, ...decide(events, { type: 'ResumeContract', resumedOn: '2026-08-20' })];
    expect(decide(events, order(NANTES, 1_000))).toHaveLength(1);
  });

  it('terminates for the holder’s fault; invoices for work done are still received', () => {
    let events = running(marche());
    events = [
      ...events,
      ...decide(events, {
        type: 'TerminateContract',
        terminatedOn: '2026-10-01',
        ground: 'holder-fault',
        reason: 'Manquements graves répétés',
      }),
    ];
    expect(stateAfter(events).status).toBe('terminated');
    const invoice: ContractCommand = {
      type: 'ReceiveInvoice',
      invoiceId: '0192f0a0-0000-7000-8000-0000000000f1',
      receivedOn: '2026-10-05',
      amountCents: 1_000_000,
      amountCentsTTC: 1_200_000,
      orderId: null,
      subcontractor: null,
      membership,
    };
    expect(decide(events, invoice)).toHaveLength(1);
  });

  it('ends the contract once its term has passed, not on its last day', () => {
    const events = running(marche(), { durationMonths: 12 });
    expect(refusal(events, { type: 'EndContract', endedOn: '2027-06-30' })).toMatchObject({
      rule: 'contract-term-not-reached',
      values: { endsOn: '2027-06-30' },
    });
    expect(decide(events, { type: 'EndContract', endedOn: '2027-07-01' })).toEqual([
      { type: 'contract.ContractEnded', data: { endedOn: '2027-07-01', reason: 'term-reached' } },
    ]);
  });
});

import { ContractEvent } from '@mutualis/shared/contracts';
import { scenarios } from '@mutualis/shared/event-sourcing/testing';
import { framework, marche, notify, running } from '../testing/contract-fixtures';
import { ContractCommand } from './contract.commands';
import { contractDecider } from './contract.decider';
import { ContractRefusal } from './contract-refusal';

const { decide, refusal } = scenarios(contractDecider, ContractRefusal);

/** A marché of 12 months from 1 July 2026 (its term 30 June 2027) whose tender announced these reconductions. */
const tendered = (renewals: { count: number; monthsEach: number; tacit: boolean } | null) =>
  marche({ durationMonths: 12, tenderedRenewals: renewals });
const yearly = (tacit: boolean) => ({ count: 1, monthsEach: 12, tacit });

const renew = (renewedOn: string): ContractCommand => ({ type: 'RenewContract', renewedOn });
const decline = (declinedOn: string): ContractCommand => ({
  type: 'DeclineRenewal',
  declinedOn,
  reason: 'Le besoin est couvert par le marché régional',
});
const end = (endedOn: string): ContractCommand => ({ type: 'EndContract', endedOn });
const after = (events: ContractEvent[], ...commands: ContractCommand[]) =>
  commands.reduce((history, command) => [...history, ...decide(history, command)], events);

describe('C9: the contract accepts only the reconductions its tender announced (NotifyContract)', () => {
  it('C9 (R2112-4): takes the tender’s reconductions when the notification names none, or repeats them', () => {
    const [, notified] = running(tendered(yearly(true)));
    expect(notified?.data).toMatchObject({ renewals: yearly(true), endsOn: '2027-06-30' });
    const [, repeated] = running(tendered(yearly(true)), { renewals: yearly(true) });
    expect(repeated?.data).toMatchObject({ renewals: yearly(true) });
  });

  it('C9 (R2112-4): refuses a second reconduction, a longer one, or an express one for a tacit one', () => {
    const opened = running(tendered(yearly(true))).slice(0, 1);
    for (const renewals of [
      { count: 2, monthsEach: 12, tacit: true },
      { count: 1, monthsEach: 13, tacit: true },
      yearly(false),
    ]) {
      expect(refusal(opened, notify({ durationMonths: 12, renewals }))).toMatchObject({
        rule: 'renewals-not-as-tendered',
        legalReference: 'R2112-4',
        values: { tendered: yearly(true), stated: renewals },
      });
    }
  });

  it('C9 (R2112-4): refuses any reconduction when the tender announced none', () => {
    const opened = running(tendered(null)).slice(0, 1);
    expect(refusal(opened, notify({ durationMonths: 12, renewals: yearly(true) }))).toMatchObject({
      rule: 'renewals-not-as-tendered',
      values: { tendered: null, stated: yearly(true) },
    });
    expect(refusal(running(tendered(null)), renew('2027-06-01'))).toMatchObject({
      rule: 'renewal-not-announced',
    });
  });

  it('T8 (L2125-1) and C9: an accord-cadre is notified for the duration its tender stated, its reconductions aside', () => {
    const opened = framework({ durationMonths: 36, tenderedRenewals: yearly(true) });
    expect(running(opened)[1]?.data).toMatchObject({ durationMonths: 36, renewals: yearly(true) });
    expect(refusal(running(opened).slice(0, 1), notify({ durationMonths: 48 }))).toMatchObject({
      rule: 'duration-not-as-tendered',
      legalReference: 'L2125-1',
    });
  });
});

describe('C9: a tacit reconduction happens at the term unless the buyer decided otherwise before it (R2112-4)', () => {
  const tacit = () => running(tendered(yearly(true)));

  it('C9 (R2112-4): is recorded from the day after the term (1 July 2027), dated then; not on the term’s last day', () => {
    expect(refusal(tacit(), renew('2027-06-30'))).toMatchObject({
      rule: 'tacit-renewal-before-term',
      legalReference: 'R2112-4',
    });
    expect(decide(tacit(), renew('2027-07-01'))).toEqual([
      {
        type: 'contract.ContractRenewed',
        data: { renewal: 1, renewedOn: '2027-07-01', endsOn: '2028-06-30' },
      },
    ]);
    // Recorded later, it is still dated at the term.
    expect(decide(tacit(), renew('2027-07-15'))[0]?.data).toMatchObject({ renewedOn: '2027-07-01' });
  });

  it('C9 (R2112-4): the contract does not end at its term: it was reconducted', () => {
    expect(refusal(tacit(), end('2027-07-01'))).toMatchObject({
      rule: 'contract-tacitly-renewed',
      legalReference: 'R2112-4',
      values: { endsOn: '2027-06-30', renewal: 1 },
    });
    // Its reconductions used, it ends at the next term.
    const reconducted = after(tacit(), renew('2027-07-01'));
    expect(decide(reconducted, end('2028-07-01'))[0]).toMatchObject({ type: 'contract.ContractEnded' });
  });

  it('C9 (R2112-4): declined on the term’s last day, no reconduction happens and the contract ends at the term', () => {
    const declined = after(tacit(), decline('2027-06-30'));
    expect(declined.at(-1)).toEqual({
      type: 'contract.RenewalDeclined',
      data: {
        renewal: 1,
        declinedOn: '2027-06-30',
        endsOn: '2027-06-30',
        reason: 'Le besoin est couvert par le marché régional',
      },
    });
    expect(refusal(declined, renew('2027-07-01'))).toMatchObject({ rule: 'renewal-declined' });
    expect(decide(declined, end('2027-07-01'))[0]).toMatchObject({
      type: 'contract.ContractEnded',
      data: { endedOn: '2027-07-01', reason: 'term-reached' },
    });
    expect(refusal(declined, decline('2027-06-30')).rule).toBe('renewal-already-declined');
  });

  it('C9 (R2112-4): a decision the day after the term comes too late: the contract was reconducted', () => {
    expect(refusal(tacit(), decline('2027-07-01'))).toMatchObject({
      rule: 'contract-term-passed',
      legalReference: 'R2112-4',
      values: { declinedOn: '2027-07-01', endsOn: '2027-06-30' },
    });
  });

  it('C9 (R2112-4): nothing to decline when the tender announced no reconduction or all were used', () => {
    expect(refusal(running(tendered(null)), decline('2027-01-04')).rule).toBe('renewal-not-announced');
    const reconducted = after(tacit(), renew('2027-07-01'));
    expect(refusal(reconducted, decline('2027-08-01')).rule).toBe('renewals-exhausted');
  });
});

describe('C9: an express reconduction is the buyer’s decision, before the term (R2112-4)', () => {
  const express = () => running(tendered(yearly(false)));

  it('C9 (R2112-4): decided on the term’s last day it runs from then; the day after, the term has passed', () => {
    expect(decide(express(), renew('2027-06-30'))[0]?.data).toEqual({
      renewal: 1,
      renewedOn: '2027-06-30',
      endsOn: '2028-06-30',
    });
    expect(refusal(express(), renew('2027-07-01'))).toMatchObject({ rule: 'contract-term-passed' });
  });

  it('C9 (R2112-4): not decided, the contract ends at its term', () => {
    expect(decide(express(), end('2027-07-01'))[0]).toMatchObject({ type: 'contract.ContractEnded' });
  });
});

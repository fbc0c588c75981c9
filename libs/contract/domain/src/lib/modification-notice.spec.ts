import { ContractEvent } from '@mutualis/shared/contracts';
import { scenarios } from '@mutualis/shared/event-sourcing/testing';
import { marche, running } from '../testing/contract-fixtures';
import { ContractCommand, SignAmendment } from './contract.commands';
import { contractDecider } from './contract.decider';
import { ContractRefusal } from './contract-refusal';

const { decide, refusal, run } = scenarios(contractDecider, ContractRefusal);

const AMENDMENT = '0192f0a0-0000-7000-8000-000000000101';
const amendment = (ground: SignAmendment['ground']): SignAmendment => ({
  type: 'SignAmendment',
  amendmentId: AMENDMENT,
  ground,
  signedOn: '2026-10-01',
  amountCents: 1_000_000,
  description: 'Ajout de prestations',
  extensionMonths: 0,
  changesNature: false,
  newHolderSiret: null,
});
const notice = (publishedOn: string): ContractCommand => ({
  type: 'RecordModificationNotice',
  amendmentId: AMENDMENT,
  publishedOn,
  reference: 'JOUE 2026/S 203-612345',
  recordedOn: '2026-10-20',
});
const amended = (ground: SignAmendment['ground'], formalised = true): ContractEvent[] =>
  run(running(marche({ formalised })), amendment(ground));

describe('R2194-10: the avis de modification of a flagged avenant, recorded once published (RecordModificationNotice)', () => {
  it('R2194-10: records the notice published the day the avenant is signed, or later up to today', () => {
    expect(decide(amended('supplementary'), notice('2026-10-01'))).toEqual([
      {
        type: 'contract.ModificationNoticePublished',
        data: { amendmentId: AMENDMENT, publishedOn: '2026-10-01', reference: 'JOUE 2026/S 203-612345' },
      },
    ]);
    expect(decide(amended('unforeseeable'), notice('2026-10-20'))).toHaveLength(1);
  });

  it('R2194-10: refuses a notice dated the day before the avenant, or after today', () => {
    expect(refusal(amended('supplementary'), notice('2026-09-30'))).toMatchObject({
      rule: 'modification-notice-date',
      legalReference: 'R2194-10',
    });
    expect(refusal(amended('supplementary'), notice('2026-10-21')).rule).toBe('modification-notice-date');
  });

  it('R2194-10: refuses a notice for an avenant that calls for none (de minimis, or after a MAPA), and a second one', () => {
    expect(refusal(amended('de-minimis'), notice('2026-10-02'))).toMatchObject({
      rule: 'modification-notice-not-required',
      legalReference: 'R2194-10',
    });
    expect(refusal(amended('supplementary', false), notice('2026-10-02')).rule).toBe(
      'modification-notice-not-required',
    );
    const published = run(amended('supplementary'), notice('2026-10-02'));
    expect(refusal(published, notice('2026-10-03')).rule).toBe('modification-notice-recorded');
  });
});

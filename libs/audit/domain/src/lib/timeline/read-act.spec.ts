import {
  contractContracts,
  EventContracts,
  membershipContracts,
  supplierContracts,
  tenderContracts,
} from '@mutualis/shared/contracts';
import { EVENT_SAMPLES, SAMPLE, sampleEvent } from '../../testing/act-samples';
import { ledgerNames, NAMING_EVENT_TYPES } from './ledger-names';
import { READ_EVENT_TYPES, readAct } from './read-act';
import { SUBJECT_KINDS } from './timeline-subject';

/** What the ledger holds of the sample consortium's names: every naming event of the samples. */
const known = ledgerNames(NAMING_EVENT_TYPES.map((type) => sampleEvent(type, EVENT_SAMPLES[type])));

const published = EventContracts.of(
  membershipContracts,
  supplierContracts,
  tenderContracts,
  contractContracts,
);

describe('reading every act of the ledger', () => {
  it.each(published.types)('reads %s with a labelled subject, a sentence and a civil date', (type) => {
    // A new event type fails here until it has its rule (in <context>-acts.ts) and a sample (testing/act-samples).
    expect(READ_EVENT_TYPES).toContain(type);
    expect(EVENT_SAMPLES).toHaveProperty([type]);
    expect(published.check({ type, schemaVersion: 1, data: EVENT_SAMPLES[type] })).toBeNull();

    const act = readAct(sampleEvent(type, EVENT_SAMPLES[type]), known);
    expect(SUBJECT_KINDS).toContain(act.subject.kind);
    expect(act.subject.id).not.toBe('');
    expect(act.subject.label).toEqual(expect.any(String));
    expect(act.summary).not.toContain('undefined');
    expect(act.summary).not.toContain('null');
    expect(act.summary.length).toBeGreaterThan(8);
    expect(act.businessDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('has no rule for a type the contexts do not publish', () => {
    expect([...READ_EVENT_TYPES].sort()).toEqual([...published.types].sort());
  });

  it('dates an act whose payload gives no date by the Paris day it occurred', () => {
    const created = sampleEvent(
      'tender.TenderCreated',
      EVENT_SAMPLES['tender.TenderCreated'],
      '2026-06-30T22:30:00Z',
    );
    expect(readAct(created, known).businessDate).toBe('2026-07-01');
  });

  it('dates an act by the date it takes effect when its payload gives one, whatever the day it was recorded', () => {
    const accepted = sampleEvent('membership.AdhesionAccepted', EVENT_SAMPLES['membership.AdhesionAccepted']);
    expect(readAct(accepted, known).businessDate).toBe('2026-03-01');
  });

  it('still names the stream of an event type published by a newer service', () => {
    const newer = { ...sampleEvent('tender.TenderCreated', {}), type: 'tender.LotSuspended' };
    expect(readAct(newer, known)).toEqual({
      subject: { kind: 'tender', id: SAMPLE.tender, label: null },
      summary: 'tender.LotSuspended',
      businessDate: '2026-07-01',
    });
  });
});

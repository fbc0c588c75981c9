import { complianceState, complianceSubject } from './compliance-entry';

const subject = {
  tenderId: '0190c6a4-7c1e-7b1a-9d3e-2f4a5b6c7d8e',
  lot: 1,
  contractId: null,
  amendmentId: null,
  modificationId: null,
  object: 'Cybersécurité des communes',
};

describe('an entry of the compliance calendar, in French', () => {
  it('says its state: late, to do, or done on a day', () => {
    expect(complianceState({ status: 'overdue', doneOn: null })).toBe('En retard');
    expect(complianceState({ status: 'due', doneOn: null })).toBe('À faire');
    expect(complianceState({ status: 'done', doneOn: '2026-12-20' })).toBe('Fait le 20 décembre 2026');
  });

  it('names its subject: the object, the lot, the avenant or the DECP modification', () => {
    expect(complianceSubject({ subject })).toBe('Cybersécurité des communes, lot 1');
    expect(
      complianceSubject({ subject: { ...subject, amendmentId: '0190c6a4-7c1e-7b1a-9d3e-2f4a5b6c7d8f' } }),
    ).toBe('Cybersécurité des communes, lot 1, avenant');
    expect(complianceSubject({ subject: { ...subject, lot: null, modificationId: 2 } })).toBe(
      'Cybersécurité des communes, modification n° 2',
    );
  });
});

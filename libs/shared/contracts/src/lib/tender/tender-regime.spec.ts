import { ProcedureChosen, TenderPublished } from './tender-events';
import { publishedRegime, tenderRegime } from './tender-regime';

const chosen = (procedure: ProcedureChosen['procedure']): ProcedureChosen => ({
  procedure,
  negotiationGround: null,
  required: 'mapa',
  thresholdTable: '2026-08-21',
});

const notice = (
  required: TenderPublished['required'],
  regime?: TenderPublished['regime'],
): TenderPublished => ({
  object: 'Audit',
  noticeSentOn: '2026-09-01',
  deadlineAt: '2026-10-05T10:00:00Z',
  electronic: true,
  pin: false,
  urgency: false,
  publicity: 'boamp-or-jal',
  required,
  thresholdTable: '2026-08-21',
  ...(regime ? { regime } : {}),
});

describe('one meaning of "formalised": the procedure chosen or the value (R2194-10, L2124-1)', () => {
  it.each(['open', 'restricted', 'negotiated', 'competitive-dialogue'] as const)(
    'a %s procedure below the EU threshold follows the formalised regime',
    (procedure) => expect(tenderRegime(procedure, 'mapa')).toBe('formalised'),
  );

  it('a MAPA below the EU threshold follows the MAPA regime; a dispense none', () => {
    expect(tenderRegime('mapa', 'mapa')).toBe('mapa');
    expect(tenderRegime('mapa', 'dispense')).toBe('mapa');
    expect(tenderRegime('dispense', 'dispense')).toBe('dispense');
  });

  it('a value at the EU threshold makes the regime formalised whatever the procedure', () => {
    expect(tenderRegime('mapa', 'formalised')).toBe('formalised');
  });

  it('the regime is read from the notice that says it, else (version 1) by the same rule from the procedure chosen', () => {
    expect(publishedRegime(chosen('open'), notice('mapa', 'formalised'))).toBe('formalised');
    expect(publishedRegime(chosen('open'), notice('mapa'))).toBe('formalised');
    expect(publishedRegime(chosen('mapa'), notice('mapa'))).toBe('mapa');
    expect(publishedRegime(chosen('mapa'), notice('mapa', 'mapa'))).toBe('mapa');
  });
});

import { designation, euros, frenchDate, frenchDay } from './act-wording';

describe('the wording of acts', () => {
  it('writes amounts and dates as a French reader does', () => {
    expect(euros(25_000_000)).toBe('250 000,00 €');
    expect(euros(-5)).toBe('-0,05 €');
    expect(euros(99_900)).toBe('999,00 €');
    expect(frenchDate('2026-04-06')).toBe('06/04/2026');
    expect(frenchDay('2026-04-05T22:30:00.000Z')).toBe('06/04/2026');
  });

  it('names a commune or a company by name and SIRET, anything else by its label or identifier', () => {
    expect(designation({ kind: 'authority', id: '21440195900019', label: 'Commune de Savenay' })).toBe(
      'Commune de Savenay (21440195900019)',
    );
    expect(designation({ kind: 'supplier', id: '73282932000074', label: null })).toBe('SIRET 73282932000074');
    expect(designation({ kind: 'tender', id: 'abc', label: null })).toBe('consultation abc');
  });
});

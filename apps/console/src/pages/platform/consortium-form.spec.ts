import { consortiumBody, defaultConsortiumForm } from './consortium-form';

describe('the « Créer un groupement » form', () => {
  it('sends a permanent groupement whose convention allows adhesion and exit by default', () => {
    const body = consortiumBody(defaultConsortiumForm('2026-03-01'));
    expect(body.kind).toBe('permanent-groupement');
    expect(body.convention).toMatchObject({
      signedOn: '2026-03-01',
      effectiveOn: '2026-03-01',
      adhesionClause: true,
      exitClause: { allowed: true, noticeDays: 90 },
      costSharing: { rule: 'population-brackets', brackets: [{ upToPopulation: 2000, weight: 1 }, {}, {}] },
    });
    expect(body.coordinatorDeliberation).toBeUndefined();
  });

  it('sends SIRETs without spaces, numbers as numbers, and the délibération once numbered', () => {
    const form = defaultConsortiumForm('2026-03-01');
    form.coordinator = {
      siret: '243 100 518 00014',
      name: ' Toulouse Métropole ',
      kind: 'epci',
      inseeCode: '',
      population: '800000',
    };
    form.deliberation.number = 'DEL-2026-01';
    const body = consortiumBody(form);
    expect(body.coordinator).toEqual({
      siret: '24310051800014',
      name: 'Toulouse Métropole',
      kind: 'epci',
      population: 800000,
    });
    expect(body.coordinatorDeliberation).toEqual({
      number: 'DEL-2026-01',
      adoptedOn: '2026-03-01',
      body: 'conseil municipal',
    });
  });

  it('sends the last population bracket open, as the service wants it', () => {
    const brackets = consortiumBody(defaultConsortiumForm('2026-03-01')).convention.costSharing.brackets;
    expect(brackets.at(-1)).toEqual({ upToPopulation: null, weight: 4 });
  });

  it('sends no brackets for a rule that has none', () => {
    const form = defaultConsortiumForm('2026-03-01');
    form.convention.costSharingRule = 'flat';
    expect(consortiumBody(form).convention.costSharing).toEqual({ rule: 'flat', brackets: [] });
  });
});

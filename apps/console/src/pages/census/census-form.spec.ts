import { blankCensus, censusBody } from './census-form';

describe('the « Ouvrir un recensement » form', () => {
  it('numbers the lots from 1 in the order typed', () => {
    const form = {
      ...blankCensus(),
      object: ' Cybersécurité ',
      cpvCode: '72000000',
      lots: ['Audit', 'Formation'],
    };
    expect(censusBody(form)).toEqual({
      object: 'Cybersécurité',
      cpvCode: '72000000',
      lots: [
        { number: 1, title: 'Audit' },
        { number: 2, title: 'Formation' },
      ],
      duration: { initialMonths: 12, renewals: 3, monthsPerRenewal: 12 },
      options: 'aucune',
    });
  });
});

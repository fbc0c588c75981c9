import { formatNumber } from '../format/money';
import { inFrench } from './validation-messages';

describe('the services’ validation messages, said in French', () => {
  it('says the usual sentences of class-validator without the field’s code name', () => {
    expect(inFrench('upToPopulation must not be greater than 100000000')).toBe(
      `au plus ${formatNumber(100_000_000)}`,
    );
    expect(inFrench('convention.exitClause.noticeDays must not be less than 0')).toBe('au moins 0');
    expect(inFrench('name should not be empty')).toBe('à remplir');
    expect(inFrench('name must be shorter than or equal to 200 characters')).toBe('200 caractères au plus');
    expect(inFrench('kind must be one of the following values: commune, epci')).toBe(
      'l’une de ces valeurs : commune, epci',
    );
    expect(inFrench('property colour should not exist')).toBe('un champ que ce formulaire n’envoie pas');
  });

  it('leaves any other message as it came', () => {
    expect(inFrench('the SIRET’s Luhn key is wrong')).toBe('the SIRET’s Luhn key is wrong');
  });
});

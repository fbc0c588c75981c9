import { checkSiret } from '@mutualis/procurement-rules';
import { freshSiret } from './published-fixtures';

describe('freshSiret', () => {
  it('gives SIRETs the registry accepts (S1: the SIREN and the SIRET pass Luhn), each new', () => {
    const sirets = Array.from({ length: 500 }, freshSiret);
    expect(sirets.filter((siret) => !checkSiret(siret).valid)).toEqual([]);
    expect(new Set(sirets).size).toBe(500);
  });
});

import { euros } from './money';

describe('amounts in the account', () => {
  it('writes euro cents the French way, with plain spaces', () => {
    expect(euros(1_234_567)).toBe('12 345,67 €');
    expect(euros(4_000)).toBe('40,00 €');
  });
});

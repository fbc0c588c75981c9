import { formatEuros, formatNumber, parseEurosToCents } from './money';

const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('amounts in euros', () => {
  it('says whether an amount is before or after taxes', () => {
    expect(spaces(formatEuros(1_250_050, 'HT'))).toBe('12 500,50 € HT');
    expect(spaces(formatEuros(120_000, 'TTC'))).toBe('1 200,00 € TTC');
  });

  it('groups digits the French way', () => {
    expect(spaces(formatNumber(12345))).toBe('12 345');
  });

  it('reads euros typed with a comma, spaces or a euro sign as cents', () => {
    expect(parseEurosToCents('12 500,5')).toBe(1_250_050);
    expect(parseEurosToCents('12\u202f500,50 €')).toBe(1_250_050);
    expect(parseEurosToCents('80000')).toBe(8_000_000);
  });

  it('refuses what is not an amount', () => {
    expect(parseEurosToCents('')).toBeNull();
    expect(parseEurosToCents('12,345')).toBeNull();
    expect(parseEurosToCents('-5')).toBeNull();
    expect(parseEurosToCents('douze')).toBeNull();
  });
});

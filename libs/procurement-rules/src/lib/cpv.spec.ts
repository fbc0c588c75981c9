import cpvList from './data/cpv-2008.json';
import { cpvAncestors, cpvParent, findCpv } from './cpv';

const listedCodes = (cpvList as unknown as ReadonlyArray<readonly [string, string, string]>).map(
  ([code8, checkDigit]) => `${code8}-${checkDigit}`,
);
const codesOf = (cpvs: ReadonlyArray<{ code: string }>) => cpvs.map((cpv) => cpv.code);

describe('CPV codes (S2: validated against the official CPV 2008 list)', () => {
  const programming = {
    code: '72212000-4',
    code8: '72212000',
    label: "Services de programmation de logiciels d'application",
  };

  it('finds a listed code written with its 8 digits only, as DECP stores it', () => {
    expect(findCpv('72212000')).toEqual(programming);
  });

  it('finds a listed code written with the check digit of the list', () => {
    expect(findCpv('72212000-4')).toEqual(programming);
  });

  it('refuses a listed code written with another check digit', () => {
    expect(findCpv('72212000-5')).toBeNull();
  });

  it('refuses a well-formed code that is not in the list', () => {
    expect(findCpv('72212999')).toBeNull();
    expect(findCpv('72212999-1')).toBeNull();
  });

  it.each([
    '7221200',
    '722120000',
    '72212000-',
    '72212000-45',
    '72212000 4',
    ' 72212000',
    '72 212 000',
    'CPV',
    '',
  ])('refuses %j, which is not written NNNNNNNN or NNNNNNNN-C', (input) => expect(findCpv(input)).toBeNull());

  it('holds the 9,454 codes of the list in 45 divisions', () => {
    expect(new Set(listedCodes).size).toBe(9454);
    expect(new Set(listedCodes.map((code) => code.slice(0, 2))).size).toBe(45);
  });

  it('finds every listed code, with and without its check digit', () => {
    const missed = listedCodes.filter(
      (code) => findCpv(code)?.code !== code || findCpv(code.slice(0, 8))?.code !== code,
    );
    expect(missed).toEqual([]);
  });

  it('refuses every listed code written with any of the 9 other check digits', () => {
    const accepted = listedCodes.flatMap((code) =>
      [...'0123456789']
        .filter((digit) => digit !== code[9])
        .map((digit) => `${code.slice(0, 8)}-${digit}`)
        .filter((wrong) => findCpv(wrong) !== null),
    );
    expect(accepted).toEqual([]);
  });
});

describe('CPV hierarchy (S2: the nearest listed code with the last significant digit zeroed)', () => {
  it('gives the parent of a code by zeroing its last significant digit', () => {
    expect(cpvParent('72212000')?.code).toBe('72210000-0');
    expect(cpvParent('72210000-0')?.code).toBe('72200000-7');
    expect(cpvParent('72200000')?.code).toBe('72000000-5');
  });

  it('skips a level missing from the list: 30192121 has no 30192120 above it', () => {
    expect(findCpv('30192120')).toBeNull();
    expect(cpvParent('30192121-5')?.code).toBe('30192100-2');
  });

  it('gives no parent to a division (XX000000)', () => {
    expect(cpvParent('72000000')).toBeNull();
    expect(cpvParent('03000000-1')).toBeNull();
    expect(cpvAncestors('72000000')).toEqual([]);
  });

  it('gives no parent nor ancestors to an unknown code or a wrong check digit', () => {
    expect(cpvParent('72212999')).toBeNull();
    expect(cpvParent('72212000-5')).toBeNull();
    expect(cpvAncestors('72212999')).toEqual([]);
  });

  it('lists the ancestors nearest first, up to the division', () => {
    expect(codesOf(cpvAncestors('72212000-4'))).toEqual(['72210000-0', '72200000-7', '72000000-5']);
    expect(codesOf(cpvAncestors('30192121'))).toEqual([
      '30192100-2',
      '30192000-1',
      '30190000-7',
      '30100000-0',
      '30000000-9',
    ]);
  });

  it('ends the ancestors of every non-division listed code at its own division, each a prefix of the one below', () => {
    const broken = listedCodes.filter((code) => {
      const ancestors = cpvAncestors(code).map((ancestor) => ancestor.code8);
      const division = `${code.slice(0, 2)}000000`;
      if (code.startsWith(division)) return ancestors.length !== 0;
      const chain = [code.slice(0, 8), ...ancestors];
      const prefixOf = (code8: string) => code8.replace(/0+$/, '');
      const nested = chain.every((code8, i) => i === 0 || chain[i - 1]!.startsWith(prefixOf(code8)));
      return ancestors.at(-1) !== division || !nested;
    });
    expect(broken).toEqual([]);
  });
});

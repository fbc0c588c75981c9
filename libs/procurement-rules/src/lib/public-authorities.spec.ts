import buyers from '../testing/fixtures/commune-buyers.json';
import identifiers from '../testing/fixtures/communes-identifiers.json';
import { findPublicAuthority, type KnownAuthority } from './public-authorities';

type BuyerRow = [siret: string, inseeCode: string, cogName: string, departement: string];
const buyerRows = buyers as BuyerRow[];

describe('public authorities of the reference data (findPublicAuthority)', () => {
  it('finds every one of the 400 commune buyers by SIRET and by SIREN, as a commune with its INSEE code', () => {
    expect(buyerRows).toHaveLength(400);
    const wrong = buyerRows.filter(([siret, inseeCode, cogName, departement]) => {
      const expected = { kind: 'commune', siren: siret.slice(0, 9), inseeCode, name: cogName, departement };
      const bySiret = findPublicAuthority(siret);
      const bySiren = findPublicAuthority(siret.slice(0, 9));
      return (
        bySiret === null ||
        bySiret !== bySiren ||
        !Object.entries(expected).every(([key, value]) => bySiret[key as keyof KnownAuthority] === value)
      );
    });
    expect(wrong).toEqual([]);
  });

  it('finds every SIREN of the communes files: the 400 buyers, the 532 communes of the sample and 1,255 EPCI', () => {
    expect(identifiers.sirens.filter((siren) => findPublicAuthority(siren) === null)).toEqual([]);
    const kinds = identifiers.sirens.map((siren) => findPublicAuthority(siren)?.kind);
    expect(kinds.filter((kind) => kind === 'commune')).toHaveLength(400 + 532 - 88);
    expect(kinds.filter((kind) => kind === 'epci')).toHaveLength(1255);
  });

  it('gives a commune of the sample its population totale and its EPCI, with the COG name of the buyers file', () => {
    expect(findPublicAuthority('21060088800015')).toEqual({
      siren: '210600888',
      kind: 'commune',
      name: 'Nice',
      inseeCode: '06088',
      departement: '06',
      population: 351011,
      epciSiren: '200030195',
      epciType: 'METRO',
    });
    expect(findPublicAuthority('212000046')).toEqual({
      siren: '212000046',
      kind: 'commune',
      name: 'Ajaccio',
      inseeCode: '2A004',
      departement: '2A',
      population: 74632,
      epciSiren: '242010056',
      epciType: 'CA',
    });
  });

  it('knows a buyer commune missing from the sample without its population or EPCI', () => {
    expect(findPublicAuthority('210 104 576 00017')).toEqual({
      siren: '210104576',
      kind: 'commune',
      name: 'Vonnas',
      inseeCode: '01457',
      departement: '01',
      population: null,
      epciSiren: null,
      epciType: null,
    });
  });

  it('finds an EPCI with its type and population totale', () => {
    expect(findPublicAuthority('200043495')).toEqual({
      siren: '200043495',
      kind: 'epci',
      name: 'CA du Pays de Laon',
      inseeCode: null,
      departement: null,
      population: 42772,
      epciSiren: '200043495',
      epciType: 'CA',
    });
    expect(findPublicAuthority('200046977')).toMatchObject({
      kind: 'epci',
      name: 'Métropole de Lyon',
      epciType: 'MET69',
      population: 1439981,
    });
  });

  it('finds a commune by any valid SIRET of its SIREN, not only the buyers file one', () => {
    // 210600888 00015 is Nice's SIRET in the buyers file; 00023 is another valid NIC of the same SIREN.
    expect(findPublicAuthority('21060088800023')?.name).toBe('Nice');
  });

  it('returns null for a valid SIREN or SIRET the data does not know', () => {
    expect(findPublicAuthority('732829320')).toBeNull();
    expect(findPublicAuthority('73282932000074')).toBeNull();
  });

  it.each([
    '',
    '   ',
    'garbage',
    '21060088',
    '2106008880001',
    '210600888000150',
    '210600889', // Nice's SIREN with its Luhn key broken
    '21060088800016', // Nice's SIRET with its Luhn key broken
    '210-600-888',
    '２１０６００８８８', // full-width digits
    '210600888\n',
  ])('returns null, without throwing, for %j', (input) => {
    expect(findPublicAuthority(input)).toBeNull();
  });

  it('returns null, without throwing, for a value that is not a string', () => {
    for (const input of [undefined, null, 210600888, {}, ['210600888']]) {
      expect(findPublicAuthority(input as unknown as string)).toBeNull();
    }
  });

  it('hands out frozen records, so that no caller can change the reference data', () => {
    const nice = findPublicAuthority('210600888')!;
    expect(Object.isFrozen(nice)).toBe(true);
  });
});

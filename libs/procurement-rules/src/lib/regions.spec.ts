import { locateFrenchPostalCode, locateInseeCode, regionByCode, REGIONS } from './regions';

describe('département and région of a French postal code', () => {
  it('places Paris 75001 in département 75, Île-de-France (11)', () => {
    expect(locateFrenchPostalCode('75001')).toEqual({
      departement: '75',
      departementName: 'Paris',
      region: '11',
      regionName: 'Île-de-France',
    });
  });

  it.each([
    ['20000', '2A', 'Corse-du-Sud'],
    ['20199', '2A', 'Corse-du-Sud'],
    ['20200', '2B', 'Haute-Corse'],
    ['20600', '2B', 'Haute-Corse'],
  ])(
    'places Corsican %s (200xx-201xx Corse-du-Sud, 202xx-206xx Haute-Corse) in %s',
    (postalCode, code, name) => {
      expect(locateFrenchPostalCode(postalCode)).toEqual({
        departement: code,
        departementName: name,
        region: '94',
        regionName: 'Corse',
      });
    },
  );

  it('places no Corsican postal code beyond 206xx', () => {
    expect(locateFrenchPostalCode('20700')).toBeNull();
  });

  it.each([
    ['97100', '971', '01', 'Guadeloupe'],
    ['97200', '972', '02', 'Martinique'],
    ['97300', '973', '03', 'Guyane'],
    ['97400', '974', '04', 'La Réunion'],
    ['97600', '976', '06', 'Mayotte'],
  ])(
    'places overseas %s by its first three digits in %s, région %s',
    (postalCode, code, region, regionName) => {
      expect(locateFrenchPostalCode(postalCode)).toMatchObject({ departement: code, region, regionName });
    },
  );

  it.each([
    ['97500', 'Saint-Pierre-et-Miquelon'],
    ['97133', 'Saint-Barthélemy, on a Guadeloupe postal code'],
    ['97150', 'Saint-Martin, on a Guadeloupe postal code'],
    ['98600', 'Wallis-et-Futuna'],
    ['98800', 'Nouvelle-Calédonie'],
    ['98000', 'Monaco, on the French postal network'],
  ])('places %s (%s) in no département of a région', (postalCode) => {
    expect(locateFrenchPostalCode(postalCode)).toBeNull();
  });

  it.each(['00000', '96000', '7500', '750001', '75 001', 'ABCDE', ''])('places %j nowhere', (postalCode) => {
    expect(locateFrenchPostalCode(postalCode)).toBeNull();
  });
});

describe('régions', () => {
  it('lists the 18 régions: 13 metropolitan and 5 overseas', () => {
    expect(REGIONS).toHaveLength(18);
    expect(REGIONS.filter((region) => region.code.startsWith('0'))).toHaveLength(5);
  });

  it('finds a région by its INSEE code', () => {
    expect(regionByCode('11')).toEqual({ code: '11', name: 'Île-de-France' });
    expect(regionByCode('94')).toEqual({ code: '94', name: 'Corse' });
  });

  it('finds no région for a collectivité d’outre-mer or an unknown code', () => {
    expect(regionByCode('975')).toBeNull();
    expect(regionByCode('99')).toBeNull();
  });
});

describe('département and région of a commune by its INSEE code', () => {
  it.each([
    ['31555', '31', '76', 'Occitanie'],
    ['2A004', '2A', '94', 'Corse'],
    ['2B033', '2B', '94', 'Corse'],
    ['97411', '974', '04', 'La Réunion'],
    ['01313', '01', '84', 'Auvergne-Rhône-Alpes'],
  ])('places commune %s in département %s, région %s %s', (inseeCode, departement, region, regionName) => {
    expect(locateInseeCode(inseeCode)).toMatchObject({ departement, region, regionName });
  });

  it.each(['97501', '98735', '3155', '315555', '2C004', ''])(
    'places %s nowhere (no département, or not an INSEE code)',
    (inseeCode) => {
      expect(locateInseeCode(inseeCode)).toBeNull();
    },
  );
});

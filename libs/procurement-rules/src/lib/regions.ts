import departementList from './data/departements.json';
import regionList from './data/regions.json';

/** A région of France (INSEE code, e.g. `11`, and name). */
export interface Region {
  code: string;
  name: string;
}

/** Where a French postal code lies: its département and that département's région (INSEE codes and names). */
export interface FrenchLocation {
  departement: string;
  departementName: string;
  region: string;
  regionName: string;
}

/** The rows scripts/generate-data.js writes, one per région and one per département of a région. */
type RegionRow = readonly [code: string, name: string];
type DepartementRow = readonly [code: string, name: string, regionCode: string];

/** The 18 régions (13 metropolitan, 5 overseas), in INSEE code order; collectivités d'outre-mer are not régions. */
export const REGIONS: readonly Region[] = Object.freeze(
  (regionList as unknown as readonly RegionRow[]).map(([code, name]) => Object.freeze({ code, name })),
);

const REGION_BY_CODE: ReadonlyMap<string, Region> = new Map(REGIONS.map((region) => [region.code, region]));

const LOCATION_BY_DEPARTEMENT: ReadonlyMap<string, FrenchLocation> = new Map(
  (departementList as unknown as readonly DepartementRow[]).map(([code, name, regionCode]) => {
    const region = REGION_BY_CODE.get(regionCode)!;
    return [code, { departement: code, departementName: name, region: region.code, regionName: region.name }];
  }),
);

// Saint-Barthélemy and Saint-Martin left Guadeloupe in 2007 but kept its 971 postal codes; like the other
// collectivités d'outre-mer they belong to no région.
const COLLECTIVITE_POSTAL_CODES = new Set(['97133', '97150']);

/** The région with this INSEE code (e.g. `'11'` Île-de-France), or null. */
export function regionByCode(code: string): Region | null {
  return REGION_BY_CODE.get(code) ?? null;
}

/** The département and région of a 5-digit French postal code, or null when it belongs to no département. */
export function locateFrenchPostalCode(postalCode: string): FrenchLocation | null {
  if (!/^[0-9]{5}$/.test(postalCode)) return null;
  if (COLLECTIVITE_POSTAL_CODES.has(postalCode)) return null;
  return LOCATION_BY_DEPARTEMENT.get(departementOfPostalCode(postalCode)) ?? null;
}

/**
 * The département and région of a commune from its INSEE (COG) code, e.g. `31555` Toulouse, `2A004` Ajaccio, `97411`
 * Saint-Denis de La Réunion; null for a code of no département (collectivités d'outre-mer) or not of this form.
 */
export function locateInseeCode(inseeCode: string): FrenchLocation | null {
  if (!/^([0-9]{2}|2A|2B)[0-9]{3}$/.test(inseeCode)) return null;
  const departement = inseeCode.startsWith('97') ? inseeCode.slice(0, 3) : inseeCode.slice(0, 2);
  return LOCATION_BY_DEPARTEMENT.get(departement) ?? null;
}

/**
 * The postal code's sorting département. It is the commune's département except for a few communes served from
 * a neighbouring one, which only a commune-level table could tell.
 */
function departementOfPostalCode(postalCode: string): string {
  const prefix = postalCode.slice(0, 2);
  if (prefix === '97' || prefix === '98') return postalCode.slice(0, 3);
  if (prefix !== '20') return prefix;
  // Corsica has one postal prefix for two départements: 200xx-201xx is Corse-du-Sud, 202xx-206xx Haute-Corse.
  const hundreds = Number(postalCode[2]);
  if (hundreds <= 1) return '2A';
  if (hundreds <= 6) return '2B';
  return '';
}

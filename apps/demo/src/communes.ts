import { parse } from 'csv-parse/sync';
import { findPublicAuthority, KnownAuthority } from '@mutualis/procurement-rules';

/** A commune acting as a buyer, as the reference file (DECP acheteurs) gives it. */
export interface Commune {
  siret: string;
  name: string;
  inseeCode: string;
  departement: string;
}

/** The authority coordinating the groupement: the communes' EPCI when the reference data knows it. */
export interface Coordinator {
  siret: string;
  name: string;
  kind: 'epci' | 'commune';
  inseeCode?: string;
  population?: number;
}

/** The rows of `acheteurs_communes_siret_from_decp.csv`. */
export function parseCommuneBuyers(csv: string): Commune[] {
  const rows: Record<string, string>[] = parse(csv, { columns: true, skip_empty_lines: true, trim: true });
  return rows.map((row) => ({
    siret: row['siret']!,
    name: row['commune_nom_cog']!,
    inseeCode: row['insee_code']!,
    departement: row['departement']!,
  }));
}

/** The département with the most communes in the file (the lowest code among equals). */
export function busiestDepartement(communes: readonly Commune[]): string {
  const counts = new Map<string, number>();
  for (const commune of communes) counts.set(commune.departement, (counts.get(commune.departement) ?? 0) + 1);
  const [busiest] = [...counts].sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b));
  if (!busiest) throw new Error('the communes file is empty');
  return busiest[0];
}

/** `count` communes of a département, in alphabetical order, one per SIRET. */
export function pickCommunes(communes: readonly Commune[], departement: string, count: number): Commune[] {
  const unique = new Map(
    communes
      .filter((commune) => commune.departement === departement)
      .map((commune) => [commune.siret, commune]),
  );
  const picked = [...unique.values()].sort((a, b) => a.name.localeCompare(b.name, 'fr')).slice(0, count);
  if (picked.length < count) {
    throw new Error(`département ${departement} has ${picked.length} communes in the file, ${count} wanted`);
  }
  return picked;
}

/**
 * The EPCI most of the communes belong to, as coordinator; otherwise the first commune. The reference data gives an
 * EPCI's SIREN only: its SIRET is taken as the head office's (NIC 0001 and the Luhn key), which the rule S1 accepts
 * but no register confirms.
 */
export function chooseCoordinator(
  communes: readonly Commune[],
  find: (siren: string) => KnownAuthority | null = findPublicAuthority,
): Coordinator {
  const epcis = communes.map((commune) => find(commune.siret.slice(0, 9))?.epciSiren).filter(isPresent);
  const [mostCommon] = [...new Set(epcis)].sort(
    (a, b) => epcis.filter((one) => one === b).length - epcis.filter((one) => one === a).length,
  );
  const epci = mostCommon ? find(mostCommon) : null;
  if (epci) {
    return {
      siret: headOfficeSiret(epci.siren),
      name: epci.name,
      kind: 'epci',
      ...(epci.population === null ? {} : { population: epci.population }),
    };
  }
  const [first] = communes;
  if (!first) throw new Error('no commune to coordinate the groupement');
  return { siret: first.siret, name: first.name, kind: 'commune', inseeCode: first.inseeCode };
}

/** SIREN + NIC 0001 + the digit that makes the 14 digits pass the Luhn check. */
export function headOfficeSiret(siren: string): string {
  const base = `${siren}0001`;
  const key = [...Array(10).keys()].find((digit) => passesLuhn(`${base}${digit}`));
  return `${base}${key}`;
}

function passesLuhn(digits: string): boolean {
  const sum = [...digits].reverse().reduce((total, char, index) => {
    const doubled = index % 2 === 1 ? Number(char) * 2 : Number(char);
    return total + (doubled > 9 ? doubled - 9 : doubled);
  }, 0);
  return sum % 10 === 0;
}

function isPresent<T>(value: T | null | undefined): value is T {
  return value !== null && value !== undefined;
}

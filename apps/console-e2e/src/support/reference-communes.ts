import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const workspace = join(__dirname, '../../../..');
const REFERENCE = 'libs/procurement-rules/data/acheteurs_communes_siret_from_decp.csv';

/** A commune that buys, as the repository's reference data (DECP acheteurs) gives it. */
export interface ReferenceCommune {
  siret: string;
  name: string;
  inseeCode: string;
  departement: string;
}

/**
 * `count` communes of the reference data, one per SIRET: those of Haute-Garonne (31) first in alphabetical order —
 * Balma and Beauzelle, whose agents are demo accounts, among them — then the others in the file's order. The file
 * holds 15 communes of the 31; the rest of the 200 come from neighbouring lines, all with a valid SIRET.
 */
export function referenceCommunes(count: number): ReferenceCommune[] {
  const lines = readFileSync(join(workspace, REFERENCE), 'utf8').trim().split(/\r?\n/).slice(1);
  const all = lines.map((line) => {
    // The file has no quoted field: its names carry no comma.
    const [siret, , , inseeCode, name, departement] = line.split(',');
    return { siret: siret!, name: name!, inseeCode: inseeCode!, departement: departement! };
  });
  const unique = [...new Map(all.map((commune) => [commune.siret, commune])).values()];
  const ofThe31 = unique
    .filter((commune) => commune.departement === '31')
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  const others = unique.filter((commune) => commune.departement !== '31');
  const picked = [...ofThe31, ...others].slice(0, count);
  if (picked.length < count)
    throw new Error(`the reference data holds ${picked.length} communes, not ${count}`);
  return picked;
}

/** The dates every commune of the test's file adheres on, after the délibération of its council. */
export const ADHESION = { deliberationOn: '2026-02-15', acceptedOn: '2026-03-01' } as const;

/**
 * An onboarding file in the template's columns (its header as the template gives it, separator `;`): each commune
 * with its INSEE code and the délibération of its conseil municipal.
 */
export function onboardingCsv(header: string, communes: readonly ReferenceCommune[]): string {
  const columns = header
    .replace(/^\uFEFF/, '')
    .trim()
    .split(';');
  const valueOf = (commune: ReferenceCommune, index: number): Record<string, string> => ({
    siret: commune.siret,
    nom: commune.name,
    type: 'commune',
    code_insee: commune.inseeCode,
    population: '',
    deliberation_numero: `DCM-2026-${String(index + 1).padStart(3, '0')}`,
    deliberation_date: ADHESION.deliberationOn,
    organe: 'conseil municipal',
    adhesion_date: ADHESION.acceptedOn,
  });
  const rows = communes.map((commune, index) => {
    const values = valueOf(commune, index);
    return columns.map((column) => values[column] ?? '').join(';');
  });
  return `${[columns.join(';'), ...rows].join('\r\n')}\r\n`;
}

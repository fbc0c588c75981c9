import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { checkSiret } from '@mutualis/procurement-rules';

/** A regional platform's onboarding file: its CSV and the SIRETs of its rows, in order. */
export interface OnboardingFile {
  csv: string;
  sirets: string[];
}

const HEADER =
  'siret;nom;type;code_insee;population;deliberation_numero;deliberation_date;organe;adhesion_date';

/**
 * An onboarding file of `size` real public authorities of the reference data (libs/procurement-rules/data): the
 * 400 communes with a SIRET from the DECP, then the 532 communes and 1,255 EPCI known by their SIREN, each given
 * the first SIRET of its SIREN whose Luhn key holds (the head office's NIC is not in the data). Every row is good:
 * each authority applies with its délibération of 15 February 2026 and joins on 1 March 2026.
 */
export function regionalOnboardingFile(root: string, size: number): OnboardingFile {
  const read = (file: string): string[][] =>
    parse(readFileSync(join(root, 'libs/procurement-rules/data', file), 'utf8'), { from_line: 2 });
  const rows: { siret: string; name: string; kind: string; insee: string; population: string }[] = [];
  const seen = new Set<string>();
  const add = (siret: string, name: string, kind: string, insee = '', population = '') => {
    if (seen.has(siret.slice(0, 9))) return;
    seen.add(siret.slice(0, 9));
    rows.push({ siret, name, kind, insee, population });
  };
  for (const [siret, , , insee, name] of read('acheteurs_communes_siret_from_decp.csv')) {
    add(siret!, name!, 'commune', insee);
  }
  for (const [insee, name, siren, , population] of read('communes_siren_sample.csv')) {
    add(headOfficeSiret(siren!), name!, 'commune', insee, population);
  }
  for (const [siren, name] of read('epci_siren.csv')) add(headOfficeSiret(siren!), name!, 'epci');
  if (rows.length < size) throw new Error(`the reference data holds ${rows.length} authorities, not ${size}`);
  const chosen = rows.slice(0, size);
  const lines = chosen.map(({ siret, name, kind, insee, population }, index) =>
    [
      siret,
      `"${name.replaceAll('"', '""')}"`,
      kind,
      insee,
      population,
      `DEL-2026-${index + 1}`,
      '2026-02-15',
      kind === 'epci' ? 'conseil communautaire' : 'conseil municipal',
      '2026-03-01',
    ].join(';'),
  );
  return { csv: [HEADER, ...lines].join('\n'), sirets: chosen.map(({ siret }) => siret) };
}

function headOfficeSiret(siren: string): string {
  for (let nic = 10; nic < 100_000; nic++) {
    const siret = `${siren}${String(nic).padStart(5, '0')}`;
    if (checkSiret(siret).valid) return siret;
  }
  throw new Error(`no SIRET with a Luhn key for SIREN ${siren}`);
}

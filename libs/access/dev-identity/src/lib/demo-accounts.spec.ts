import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { DEMO_ACCOUNTS } from './demo-accounts';

/** The reference file the demonstration (apps/demo/src/scenario.ts) picks its communes from. */
const REFERENCE_BUYERS = join(
  __dirname,
  '../../../../procurement-rules/data/acheteurs_communes_siret_from_decp.csv',
);

function passesLuhn(digits: string): boolean {
  const sum = [...digits].reverse().reduce((total, char, index) => {
    const doubled = index % 2 === 1 ? Number(char) * 2 : Number(char);
    return total + (doubled > 9 ? doubled - 9 : doubled);
  }, 0);
  return sum % 10 === 0;
}

describe('DEMO_ACCOUNTS', () => {
  it('gives each person their own e-mail address and subject', () => {
    expect(new Set(DEMO_ACCOUNTS.map((account) => account.email.toLowerCase())).size).toBe(
      DEMO_ACCOUNTS.length,
    );
    expect(new Set(DEMO_ACCOUNTS.map((account) => account.subject)).size).toBe(DEMO_ACCOUNTS.length);
  });

  it('carries SIRETs of 14 digits that pass the Luhn check (rule S1)', () => {
    const sirets = DEMO_ACCOUNTS.map((account) => account.organisation.siret).filter(
      (siret) => siret !== null,
    );
    expect(sirets).toHaveLength(4);
    for (const siret of sirets) expect(siret).toMatch(/^\d{14}$/);
    for (const siret of sirets) expect(passesLuhn(siret!)).toBe(true);
  });

  // The demo's own functions (apps/demo/src/communes.ts) cannot be imported from a library; this recomputes its
  // choice: the département with the most communes in the file, its communes by name in French order, the first two.
  it('has the agents of the first two communes the demonstration onboards, as the reference file names them', () => {
    const rows: Record<string, string>[] = parse(readFileSync(REFERENCE_BUYERS, 'utf8'), {
      columns: true,
      skip_empty_lines: true,
      trim: true,
    });
    const counts = new Map<string, number>();
    for (const row of rows) counts.set(row['departement']!, (counts.get(row['departement']!) ?? 0) + 1);
    const [busiest] = [...counts].sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b));
    const departement = busiest![0];
    const communes = new Map(
      rows
        .filter((row) => row['departement'] === departement)
        .map((row) => [row['siret']!, row['commune_nom_cog']!]),
    );
    const firstTwo = [...communes]
      .sort(([, a], [, b]) => a.localeCompare(b, 'fr'))
      .slice(0, 2)
      .map(([siret, name]) => ({ name, siret }));

    expect(departement).toBe('31');
    expect(DEMO_ACCOUNTS.map((account) => account.organisation)).toEqual(expect.arrayContaining(firstTwo));
  });

  it('has the coordinator, Toulouse Métropole, by its head office SIRET', () => {
    expect(DEMO_ACCOUNTS.map((account) => account.organisation)).toContainEqual({
      name: 'Toulouse Métropole',
      siret: '24310051800014',
    });
  });
});

import { useIntegrationEnvironment } from '@mutualis/shared/testing';
import { startSupplierApp, SupplierApp } from '../testing/supplier-app';

const environment = useIntegrationEnvironment();
let service: SupplierApp;

beforeAll(async () => {
  service = await startSupplierApp(environment().databaseUrl);
});
environment.teardown(() => service.close());

const HEADER = 'siret;raison_sociale;adresse;code_postal;ville;taille;cpv;contact_nom;contact_email';
const FILE = [
  HEADER,
  '732 829 320 00074;Cyberdéfense Atlantique SAS;12 quai de la Fosse;44000;Nantes;PME;72000000 79212000-3;Camille Le Goff;c.legoff@example.fr',
  '44306184100047;Armor Cloud;3 rue de Brest;29200;Brest;eti;48000000;;',
  '35600000000048;La Poste (siège);9 rue du Colonel Pierre Avia;75015;Paris;ge;64110000;;',
  '35600000049837;La Poste (établissement);1 place de la Poste;69002;Lyon;ge;64110000;;',
  '73282932000075;SIRET faux;1 rue;44000;Nantes;pme;72000000;;',
  '44306184100104;CPV inconnu;1 rue;44000;Nantes;pme;99999999;;',
  '44306184100047;Armor Cloud (autre adresse);5 rue de Brest;29200;Brest;eti;48000000;;',
  '44306184100112;Taille inconnue;1 rue;44000;Nantes;enorme;72000000;;',
  ';Sans SIRET;1 rue;44000;Nantes;pme;72000000;;',
].join('\n');

async function importFile(csv: string, role: Parameters<SupplierApp['bearer']>[0] = 'platform-admin') {
  return service
    .http()
    .post('/supplier-imports')
    .set('Authorization', await service.bearer(role))
    .send({ fileName: 'fournisseurs-bretagne.csv', csv });
}

describe('bulk import of suppliers from CSV (POST /supplier-imports)', () => {
  it('registers the good rows and reports why each bad row was refused, without one blocking the others', async () => {
    const response = await importFile(FILE);
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ rows: 9, accepted: 4, unchanged: 0, refused: 5 });
    const outcomes = response.body.results.map((row: { line: number; outcome: string; rule?: string }) => [
      row.line,
      row.outcome,
      row.rule ?? null,
    ]);
    expect(outcomes).toEqual([
      [2, 'accepted', null],
      [3, 'accepted', null],
      [4, 'accepted', null],
      [5, 'accepted', null],
      [6, 'refused', 'invalid-siret'],
      [7, 'refused', 'unknown-cpv-code'],
      [8, 'refused', 'supplier-already-registered'],
      [9, 'refused', 'invalid-row'],
      [10, 'refused', 'invalid-row'],
    ]);
    expect(response.body.results[8].detail).toMatch(/siret/);
  });

  it('changes nothing when the same file is imported again', async () => {
    const history = async () =>
      (
        await service
          .http()
          .get('/suppliers/44306184100047/history')
          .set('Authorization', await service.bearer('auditor'))
      ).body.length;
    const before = await history();
    const response = await importFile(FILE);
    expect(response.body).toMatchObject({ rows: 9, accepted: 0, unchanged: 4, refused: 5 });
    expect(await history()).toBe(before);
  });

  it('refuses a file that lacks a column, or is not CSV, as a whole (400)', async () => {
    const missing = await importFile('siret;raison_sociale\n73282932000074;X');
    expect(missing.status).toBe(400);
    expect(missing.body.errors.map((error: { field: string }) => error.field)).toContain('cpv');
    const broken = await importFile(`${HEADER}\n"73282932000074;unclosed quote`);
    expect(broken.status).toBe(400);
    expect(broken.body.detail).toMatch(/not valid CSV/);
  });

  it('is for the platform administrator only', async () => {
    expect((await importFile(FILE, 'coordinator')).status).toBe(403);
  });
});

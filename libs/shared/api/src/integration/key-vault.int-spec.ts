import { Pool } from 'pg';
import { pgExecutor } from '@mutualis/shared/event-store';
import { useIntegrationEnvironment } from '@mutualis/shared/testing';
import { KeyVault } from '../lib/sealing/key-vault';

const environment = useIntegrationEnvironment();
let pool: Pool;
let vault: KeyVault;
const MASTER_KEY = Buffer.alloc(32, 3).toString('base64');
const CAMILLE = '0190c6a4-7c1e-7000-8000-0000000000c1';
const DOMINIQUE = '0190c6a4-7c1e-7000-8000-0000000000c2';

beforeAll(async () => {
  pool = new Pool({ connectionString: environment().databaseUrl, max: 2 });
  pool.on('error', () => undefined); // an idle connection cut at the end must not fail the run
  vault = await KeyVault.open(pgExecutor(pool), 'supplier', MASTER_KEY, 'personal-data');
});
environment.teardown(() => pool.end());

describe('personal data sealed with a key per person', () => {
  it('seals data so that neither the sealed text nor the key table shows it, and reveals it back', async () => {
    const sealed = await vault.seal(CAMILLE, { name: 'Camille Le Goff', email: 'c.legoff@example.fr' });
    expect(sealed).toMatch(/^pd1\./);
    expect(sealed).not.toContain('Camille');
    const { rows } = await pool.query('SELECT wrapped_key::text AS key FROM supplier.personal_data_keys');
    expect(JSON.stringify(rows)).not.toContain('Camille');
    expect(await vault.reveal(CAMILLE, sealed)).toEqual({
      name: 'Camille Le Goff',
      email: 'c.legoff@example.fr',
    });
  });

  it('refuses to reveal one person’s data under another’s key', async () => {
    const sealed = await vault.seal(CAMILLE, { name: 'Camille Le Goff' });
    await vault.seal(DOMINIQUE, { name: 'Dominique Roux' });
    await expect(vault.reveal(DOMINIQUE, sealed)).rejects.toThrow();
  });

  it('makes every sealed copy unreadable once the person’s key is erased (GDPR art. 17), and seals no more', async () => {
    const first = await vault.seal(DOMINIQUE, { name: 'Dominique Roux' });
    await vault.erase(DOMINIQUE);
    expect(await vault.reveal(DOMINIQUE, first)).toBeNull();
    await expect(vault.seal(DOMINIQUE, { name: 'Dominique Roux' })).rejects.toThrow(/erased/);
    expect(await vault.reveal(CAMILLE, await vault.seal(CAMILLE, { name: 'Camille' }))).toEqual({
      name: 'Camille',
    });
  });

  it('refuses a master key that is not 32 bytes', async () => {
    await expect(KeyVault.open(pgExecutor(pool), 'supplier', 'c2hvcnQ=', 'personal-data')).rejects.toThrow(
      /32 bytes/,
    );
  });
});

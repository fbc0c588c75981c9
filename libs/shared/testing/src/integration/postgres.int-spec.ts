import { Client } from 'pg';
import { createTestDatabase } from '../lib/test-database';
import { sharedInfrastructure, useIntegrationEnvironment } from '../lib/integration-environment';

const environment = useIntegrationEnvironment();

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

describe('the PostgreSQL server of the test environment', () => {
  it('gives this test file a fresh database of its own', async () => {
    const { databaseUrl } = environment();
    const { serverUrl } = sharedInfrastructure();
    const own = new URL(databaseUrl).pathname.slice(1);
    expect(own).toMatch(/^mt_postgres_[0-9a-f]{8}$/);
    expect(own).not.toBe(new URL(serverUrl).pathname.slice(1));
    const tables = await withClient(databaseUrl, (c) =>
      c.query("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'"),
    );
    expect(tables.rows[0].n).toBe(0);
  });

  it('round-trips a row through a transaction', async () => {
    const { databaseUrl } = environment();
    const row = await withClient(databaseUrl, async (c) => {
      await c.query(
        'CREATE TABLE consortium (id uuid PRIMARY KEY, name text NOT NULL, created_at timestamptz NOT NULL)',
      );
      await c.query('BEGIN');
      await c.query('INSERT INTO consortium VALUES ($1, $2, $3)', [
        '0190c6a4-0000-7000-8000-000000000001',
        'Groupement cybersécurité des communes du Pays Basque',
        '2026-11-29T10:00:00+01:00',
      ]);
      await c.query('COMMIT');
      return (await c.query('SELECT id, name, created_at FROM consortium')).rows[0];
    });
    expect(row).toEqual({
      id: '0190c6a4-0000-7000-8000-000000000001',
      name: 'Groupement cybersécurité des communes du Pays Basque',
      created_at: new Date('2026-11-29T09:00:00Z'),
    });
  });

  it('drops a test database afterwards', async () => {
    const { serverUrl } = sharedInfrastructure();
    const database = await createTestDatabase(serverUrl, 'dropped.int-spec.ts');
    const exists = (name: string) =>
      withClient(
        serverUrl,
        async (c) => (await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount,
      );
    expect(await exists(database.name)).toBe(1);
    await database.drop();
    expect(await exists(database.name)).toBe(0);
  });

  it('is refused cleanly when the server does not answer, so a wrong DATABASE_URL fails the tests', async () => {
    await expect(
      withClient('postgres://postgres@127.0.0.1:1/none', (c) => c.query('SELECT 1')),
    ).rejects.toThrow(/ECONNREFUSED/);
  });
});

import { basename } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** A database created for one integration test file on the test server, dropped when the file is done. */
export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A PostgreSQL identifier from a test file name: lower-case, safe, unique, within the 63-byte limit. */
export function testDatabaseName(testPath: string, suffix: string = randomBytes(4).toString('hex')): string {
  const stem = basename(testPath)
    .replace(/\.(int-spec|spec)\.ts$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .slice(0, 40);
  return `mt_${stem}_${suffix}`;
}

async function onServer<T>(serverUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const DROP_GRACE_MS = 5_000;

/**
 * Drops a test database once the file's connections have closed (some close in the background after their owner
 * resolved `close()`), forcing it only after a grace period: a connection cut while its pool still holds it would
 * raise an unhandled error in whichever test file runs next.
 */
async function dropWhenIdle(client: Client, name: string): Promise<void> {
  const deadline = Date.now() + DROP_GRACE_MS;
  while (Date.now() < deadline) {
    const { rows } = await client.query(
      'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1',
      [name],
    );
    if (rows[0].n === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

/** Creates a fresh, empty database beside the one `serverUrl` points to. */
export async function createTestDatabase(serverUrl: string, testPath: string): Promise<TestDatabase> {
  const name = testDatabaseName(testPath);
  await onServer(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: () => onServer(serverUrl, (client) => dropWhenIdle(client, name)),
  };
}

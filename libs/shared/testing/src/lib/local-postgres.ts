import { join } from 'node:path';
import { runScript } from './run-script';
import { workspaceRoot } from './workspace-root';

/** The local server's maintenance database, as the machines of this project set it up (trust auth on loopback). */
export const LOCAL_POSTGRES_URL =
  process.env['LOCAL_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Starts (or installs, as root) the local PostgreSQL server if it does not answer, and returns its URL. */
export function ensureLocalPostgres(): string {
  runScript(join(workspaceRoot(), 'infra', 'postgres', 'ensure-local.sh'));
  return LOCAL_POSTGRES_URL;
}

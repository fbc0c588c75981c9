import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';

/** The data folder holds a database of another PostgreSQL major version than the one PGlite runs. */
export class DataFolderVersionError extends Error {
  constructor(folder: string, folderMajor: number, pgliteMajor: number) {
    super(
      `${folder} holds a PostgreSQL ${folderMajor} database, made by another version of PGlite, and this one ` +
        `(PostgreSQL ${pgliteMajor}) cannot open it: move the folder aside to start with an empty database`,
    );
    this.name = 'DataFolderVersionError';
  }
}

/**
 * Why PGlite could not open `folder`, when the reason is a database of another PostgreSQL major version (PGlite
 * says only that it failed to initialize); undefined for any other reason. Starts an in-memory PGlite to learn its
 * version, so it is for the failure path only.
 */
export async function versionMismatchOf(folder: string): Promise<DataFolderVersionError | undefined> {
  let folderMajor: number;
  try {
    folderMajor = Number(readFileSync(join(folder, 'PG_VERSION'), 'utf8').trim());
  } catch {
    return undefined; // no database yet, or not readable: not a version mismatch
  }
  const probe = await PGlite.create();
  try {
    const { rows } = await probe.query<{ server_version_num: string }>('SHOW server_version_num');
    const pgliteMajor = Math.floor(Number(rows[0]?.server_version_num) / 10_000);
    return folderMajor !== pgliteMajor
      ? new DataFolderVersionError(folder, folderMajor, pgliteMajor)
      : undefined;
  } finally {
    await probe.close();
  }
}

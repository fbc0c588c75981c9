import { generateKeyPairSync, randomBytes } from 'node:crypto';
import {
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';

/** The secrets the suite needs, by the name of the variable that gives each in production. */
export const LOCAL_SECRET_NAMES = [
  'MUTUALIS_JWT_SECRET',
  'MUTUALIS_PERSONAL_DATA_KEY',
  'MUTUALIS_BID_SEALING_KEY',
  'MUTUALIS_AUDIT_SIGNING_KEY',
  'MUTUALIS_ACCESS_SIGNING_KEY',
  'MUTUALIS_OIDC_CLIENT_SECRET',
] as const;

export type LocalSecrets = Record<(typeof LOCAL_SECRET_NAMES)[number], string>;

/** Where the suite keeps the secrets it generated for a local run, under its data folder. */
export function localSecretsFile(dataDir: string): string {
  return join(dataDir, 'secrets.json');
}

/** The suite's data folder: MUTUALIS_DATA_DIR, `./data` by default. */
export function localDataDir(env: NodeJS.ProcessEnv): string {
  return resolve(env['MUTUALIS_DATA_DIR'] || 'data');
}

/**
 * The secret the local services verify tokens with, for tools that mint them (the demo, `mutualis token`):
 * MUTUALIS_JWT_SECRET, or else the one `npm start` generated into its data folder.
 */
export function localTokenSecret(env: NodeJS.ProcessEnv): string | undefined {
  return env['MUTUALIS_JWT_SECRET'] || readLocalSecrets(localDataDir(env))?.MUTUALIS_JWT_SECRET;
}

/**
 * The secrets generated for a local run, or null when the suite has not run with this data folder yet. Refused if
 * others than its owner may read the file.
 */
export function readLocalSecrets(dataDir: string): LocalSecrets | null {
  const file = localSecretsFile(dataDir);
  if (!existsSync(file)) return null;
  if ((statSync(file).mode & 0o077) !== 0) {
    throw new Error(`${file} may be read by other users: chmod 600 it (and 700 its folder) first`);
  }
  return JSON.parse(readFileSync(file, 'utf8')) as LocalSecrets;
}

/**
 * The local run's secrets: read from the data folder, or generated there once (readable by its owner only), so that
 * a restart still opens the sealed bids and personal data of the history it keeps. For local runs only: deployed
 * services read their secrets from the environment, and the suite too when the variables are set.
 */
export function localSecrets(dataDir: string): LocalSecrets {
  const existing = readLocalSecrets(dataDir);
  if (existing && LOCAL_SECRET_NAMES.every((name) => existing[name])) return existing;
  // A data folder from an earlier version keeps its secrets and gains the ones it lacks.
  const secrets: LocalSecrets = { ...generateSecrets(), ...existing };
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  // Written whole to a file of its own, then linked into place only if none is there yet: never half a file, and
  // of two first starts at once, one set of secrets wins and both use it.
  const draft = `${localSecretsFile(dataDir)}.${process.pid}`;
  writeFileSync(draft, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  try {
    if (existing) renameSync(draft, localSecretsFile(dataDir));
    else linkSync(draft, localSecretsFile(dataDir));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    rmSync(draft, { force: true });
  }
  return readLocalSecrets(dataDir)!;
}

function generateSecrets(): LocalSecrets {
  const pem = (key: { export(options: { type: 'pkcs8'; format: 'pem' }): string | Buffer }) =>
    Buffer.from(key.export({ type: 'pkcs8', format: 'pem' })).toString('base64');
  return {
    MUTUALIS_JWT_SECRET: randomBytes(32).toString('hex'),
    MUTUALIS_PERSONAL_DATA_KEY: randomBytes(32).toString('base64'),
    MUTUALIS_BID_SEALING_KEY: randomBytes(32).toString('base64'),
    MUTUALIS_AUDIT_SIGNING_KEY: pem(generateKeyPairSync('ed25519').privateKey),
    MUTUALIS_ACCESS_SIGNING_KEY: pem(generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey),
    MUTUALIS_OIDC_CLIENT_SECRET: randomBytes(32).toString('hex'),
  };
}

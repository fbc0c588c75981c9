import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { localDataDir } from './local-secrets';

/** The five services of the suite, in the order of their ports. */
export const SUITE_SERVICES = ['membership', 'supplier', 'tender', 'contract', 'audit'] as const;
export type SuiteService = (typeof SUITE_SERVICES)[number];
export type SuiteUrls = Record<SuiteService, string>;

/** Where the suite's addresses come from, in words, for a message that says what was tried. */
export interface LocatedSuite {
  urls: SuiteUrls;
  source: string;
  /** The console's address, when the running suite wrote it (null for services started otherwise). */
  consoleUrl: string | null;
}

const addressFile = (dataDir: string) => join(dataDir, 'suite.json');

/** Written by the running suite into its data folder, so that the demo and the tools find it on any port. */
export function writeSuiteAddress(dataDir: string, urls: SuiteUrls, consoleUrl: string): void {
  writeFileSync(
    addressFile(dataDir),
    `${JSON.stringify({ pid: process.pid, urls, consoleUrl }, null, 2)}\n`,
    {
      mode: 0o600,
    },
  );
}

/** Removed when the suite stops. */
export function removeSuiteAddress(dataDir: string): void {
  rmSync(addressFile(dataDir), { force: true });
}

/**
 * Where the local suite's five APIs are: `MUTUALIS_<SERVICE>_URL` for one service; else `MUTUALIS_URL`, the first
 * service's address, the others on the four next ports (as the suite's PORT); else the address the running suite
 * wrote into its data folder (MUTUALIS_DATA_DIR, `./data`); else ports 3001–3005 on this machine.
 */
export function locateSuite(env: NodeJS.ProcessEnv): LocatedSuite {
  const base = env['MUTUALIS_URL'];
  const written = base ? null : readSuiteAddress(localDataDir(env));
  const [defaults, source] = base
    ? [urlsFromFirst(base), `MUTUALIS_URL=${base}`]
    : written
      ? [written, `the running suite's address in ${addressFile(localDataDir(env))}`]
      : [
          urlsFromFirst('http://127.0.0.1:3001'),
          'the default ports 3001–3005 (no suite address found in the data folder)',
        ];
  const urls = Object.fromEntries(
    SUITE_SERVICES.map((service) => [
      service,
      env[`MUTUALIS_${service.toUpperCase()}_URL`] || defaults[service],
    ]),
  ) as SuiteUrls;
  return { urls, source, consoleUrl: written?.consoleUrl ?? null };
}

function readSuiteAddress(dataDir: string): (SuiteUrls & { consoleUrl: string | null }) | null {
  try {
    const { pid, urls, consoleUrl } = JSON.parse(readFileSync(addressFile(dataDir), 'utf8')) as {
      pid: number;
      urls: SuiteUrls;
      consoleUrl?: string;
    };
    process.kill(pid, 0); // a suite that died without removing its address is not running
    return { ...urls, consoleUrl: consoleUrl ?? null };
  } catch {
    return null;
  }
}

function urlsFromFirst(first: string): SuiteUrls {
  const url = new URL(first);
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  return Object.fromEntries(
    SUITE_SERVICES.map((service, index) => {
      const next = new URL(url.origin);
      next.port = String(port + index);
      return [service, next.origin];
    }),
  ) as SuiteUrls;
}

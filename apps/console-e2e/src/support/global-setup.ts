import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const workspace = join(__dirname, '../../../..');
const START_TIMEOUT_MS = 180_000;

/**
 * Starts the suite as `npm start` does (the five services, the console, the development OpenID provider), on a data
 * folder of its own and free ports, and gives the tests the console's address (CONSOLE_URL). Stops it afterwards.
 */
export default async function startSuite(): Promise<() => Promise<void>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'mutualis-console-e2e-'));
  const env: NodeJS.ProcessEnv = { ...process.env, MUTUALIS_DATA_DIR: dataDir, PORT: '0' };
  for (const name of ['DATABASE_URL', 'KAFKA_BROKERS', 'MUTUALIS_OIDC_ISSUER', 'LOG_LEVEL']) delete env[name];
  const child = spawn(process.execPath, ['tools/build/run.mjs', 'suite', 'apps/suite/src/main'], {
    cwd: workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const consoleUrl = await bannerOf(child);
  process.env['CONSOLE_URL'] = consoleUrl;
  // The suite's data folder holds its address and token secret: a test that runs the demo's scenario finds them.
  process.env['MUTUALIS_DATA_DIR'] = dataDir;
  return async () => {
    await stop(child);
    rmSync(dataDir, { recursive: true, force: true });
  };
}

function bannerOf(child: ChildProcess): Promise<string> {
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the suite did not start within ${START_TIMEOUT_MS / 1000} s\n${output}`));
    }, START_TIMEOUT_MS);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /^Console: (http:\/\/\S+)/m.exec(output)?.[1];
      if (url && output.includes('npm run demo')) {
        clearTimeout(timer);
        resolve(url);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (status) => {
      clearTimeout(timer);
      reject(new Error(`the suite exited with status ${status}\n${output}`));
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGINT');
  });
}

import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The repository: the nearest folder above that holds nx.json (this file also runs compiled, from dist/js). */
function repository(): string {
  let folder = __dirname;
  while (!existsSync(join(folder, 'nx.json'))) {
    if (dirname(folder) === folder) throw new Error(`no nx.json above ${__dirname}`);
    folder = dirname(folder);
  }
  return folder;
}

const REPOSITORY = repository();

/**
 * Starts an app of the repository (`suite`, `tender-service`…) in its own Node process as `npm start` does: its
 * compiled entry point, compiled first if its sources changed since the last build.
 */
export function spawnApp(project: string, env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, ['tools/build/run.mjs', project, `apps/${project}/src/main`], {
    cwd: REPOSITORY,
    env: { ...env, NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Runs an app to its end (`npm run demo` as a user types it); resolves with its exit status and what it printed. */
export function runApp(
  project: string,
  env: NodeJS.ProcessEnv,
): Promise<{ status: number | null; output: string }> {
  const child = spawnApp(project, env);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.once('close', (status) => resolve({ status, output })));
}

/** Sends `signal`, kills the process if it has not exited within `timeoutMs`; resolves with its exit status. */
export function stopProcess(
  child: ChildProcess,
  signal: NodeJS.Signals,
  timeoutMs: number,
): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(kill);
      resolve(code);
    });
    child.kill(signal);
  });
}

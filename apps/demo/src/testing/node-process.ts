import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const REPOSITORY = join(__dirname, '../../../..');

/** Starts a TypeScript entry point of the repository (`apps/…/main.ts`) in its own Node process, as `nx serve` does. */
export function spawnEntryPoint(entryPoint: string, env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, ['-r', '@swc-node/register', entryPoint], {
    cwd: REPOSITORY,
    env: { ...env, SWC_NODE_PROJECT: 'tsconfig.base.json', NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
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

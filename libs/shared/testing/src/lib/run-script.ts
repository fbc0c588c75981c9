import { spawnSync } from 'node:child_process';

/** Runs a bash script of the repository, echoing its output, and throws with its message if it fails. */
export function runScript(script: string, args: string[] = [], env: NodeJS.ProcessEnv = {}): void {
  const result = spawnSync('bash', [script, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'pipe'],
    encoding: 'utf8',
  });
  if (result.stderr) process.stderr.write(result.stderr);
  if (result.status !== 0) {
    const reason = result.stderr?.trim() || result.error?.message || `exit code ${result.status}`;
    throw new Error(`${script} failed: ${reason}`);
  }
}

// `nx serve <project>`: compiles the project, runs its entry point in a child process, and on every change to its
// sources compiles again and restarts it. `--inspect[=[host:]port]` opens Node's inspector in the child.
// Usage: node tools/build/serve.mjs <project> <entry point> [--inspect[=[host:]port]]
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureBuilt, isFresh, workspace } from './ensure-built.mjs';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { inspect: { type: 'string' } },
  args: process.argv.slice(2).map((arg) => (arg === '--inspect' ? '--inspect=127.0.0.1:9229' : arg)),
});
const [project, entryPoint] = positionals;
if (!project || !entryPoint) {
  console.error('usage: node tools/build/serve.mjs <project> <entry point> [--inspect[=[host:]port]]');
  process.exit(2);
}
const compiled = join(workspace, 'dist/js', `${entryPoint.replace(/\.ts$/, '')}.js`);
const log = (line) => process.stderr.write(`[serve ${project}] ${line}\n`);

let child;
function start() {
  child = undefined;
  try {
    ensureBuilt(project, log);
  } catch (error) {
    log(`${error.message}\nWaiting for a change to compile again.`);
    return;
  }
  const inspect = values.inspect ? [`--inspect=${values.inspect}`] : [];
  child = spawn(process.execPath, ['--enable-source-maps', ...inspect, compiled], { stdio: 'inherit' });
  child.once('exit', (code, signal) => {
    log(`stopped (${signal ?? `exit status ${code}`}); waiting for a change.`);
    child = undefined;
  });
}

function restart() {
  if (!child) return start();
  if (isFresh(project)) return; // a test or another project changed
  child.removeAllListeners('exit').once('exit', start).kill('SIGTERM');
}

// Any change under apps/ or libs/ may concern the project; the stamp's check then decides whether it does.
let pending;
for (const folder of ['apps', 'libs']) {
  watch(join(workspace, folder), { recursive: true }, (_, file) => {
    if (!file || /(^|\/)node_modules\//.test(file)) return;
    clearTimeout(pending);
    pending = setTimeout(restart, 300);
  });
}
// Stopped by Ctrl+C or by Nx (SIGTERM): the service stops with it, never left running alone.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    if (!child) process.exit(0);
    child.removeAllListeners('exit').once('exit', () => process.exit(0));
    child.kill('SIGTERM');
  });
}
start();

// `npm run bench:start`: how long `npm start`'s suite takes to be ready, and `mutualis --help` and `mutualis token` to
// answer, from compiled code on a warm build; beside them, measured in the same run, a bare `node` start (the floor)
// and the suite compiled at start by @swc-node/register (how it ran until issue 17). Each figure is the median of RUNS
// runs (3 unless set), with its minimum and maximum. Nothing leaves 127.0.0.1; every run stops by itself.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const WORKSPACE = join(__dirname, '../../../../..');
const RUNS = Number(process.env['RUNS'] ?? 3);
const READY_LINE = 'Next: `npm run demo`';
const READY_TIMEOUT_MS = 180_000;
const SECRET = 'bench-start-secret-of-at-least-thirty-two-characters';

/** Wall-clock seconds of a command run to its end. */
function timeCommand(args: string[], env: NodeJS.ProcessEnv = process.env): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, args, { cwd: WORKSPACE, env, stdio: 'ignore' });
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} exited with status ${run.status}`);
  return (performance.now() - started) / 1000;
}

/** Wall-clock seconds from starting the suite to its "ready" line; the suite is then stopped as Ctrl+C does. */
function timeSuiteStart(args: string[], dataDir: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, {
      cwd: WORKSPACE,
      env: { ...process.env, MUTUALIS_DATA_DIR: dataDir, PORT: '0', SWC_NODE_PROJECT: 'tsconfig.base.json' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), READY_TIMEOUT_MS);
    let seconds: number | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (seconds === undefined && output.includes(READY_LINE)) {
        seconds = (performance.now() - started) / 1000;
        child.kill('SIGINT');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', () => {
      clearTimeout(timer);
      if (seconds === undefined) reject(new Error(`the suite never got ready:\n${output}`));
      else resolve(seconds);
    });
  });
}

async function repeat(measure: () => number | Promise<number>): Promise<number[]> {
  const figures: number[] = [];
  for (let run = 0; run < RUNS; run++) figures.push(await measure());
  return figures.sort((a, b) => a - b);
}

const median = (sorted: number[]) => sorted[Math.floor(sorted.length / 2)]!;

function row(label: string, figures: number[], floor: number): string {
  const [min, max] = [figures[0]!, figures[figures.length - 1]!];
  const ratio = (median(figures) / floor).toFixed(1);
  return `${label.padEnd(64)} ${median(figures).toFixed(2).padStart(6)} s  (${min.toFixed(2)}–${max.toFixed(2)})  ${ratio.padStart(6)} × node`;
}

async function main(): Promise<void> {
  const build = spawnSync(process.execPath, ['tools/build/run.mjs', 'cli', 'apps/cli/src/main', '--help'], {
    cwd: WORKSPACE,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0) throw new Error('the CLI could not be built');
  const cli = ['tools/build/run.mjs', 'cli', 'apps/cli/src/main'];
  const suite = ['tools/build/run.mjs', 'suite', 'apps/suite/src/main'];
  const dataDir = mkdtempSync(join(tmpdir(), 'mutualis-bench-start-'));
  try {
    process.stdout.write(
      `Node ${process.version}, ${RUNS} runs each; median (min–max), and the ratio to a bare node start\n`,
    );
    await timeSuiteStart(suite, dataDir); // builds if needed and creates the database: not counted
    const floor = await repeat(() => timeCommand(['-e', '0']));
    const rows = [
      row('node -e 0 (the floor)', floor, median(floor)),
      row('mutualis --help', await repeat(() => timeCommand([...cli, '--help'])), median(floor)),
      row(
        'mutualis token --role platform-admin',
        await repeat(() =>
          timeCommand([...cli, 'token', '--role', 'platform-admin'], {
            ...process.env,
            MUTUALIS_JWT_SECRET: SECRET,
          }),
        ),
        median(floor),
      ),
      row(
        'suite ready, as npm start runs it (warm build, existing data)',
        await repeat(() => timeSuiteStart(suite, dataDir)),
        median(floor),
      ),
      row(
        'the same suite compiled at start by @swc-node/register',
        await repeat(() => timeSuiteStart(['-r', '@swc-node/register', 'apps/suite/src/main.ts'], dataDir)),
        median(floor),
      ),
    ];
    process.stdout.write(`${rows.join('\n')}\n`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});

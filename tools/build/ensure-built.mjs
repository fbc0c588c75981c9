// Builds a project with `nx build` when its compiled output is missing or older than its sources, so that `npm start`,
// the CLI and the demo run JavaScript without paying Nx's start-up (seconds) when nothing changed.
// Each project's build leaves a stamp in its output (`dist/js/<root>/.built`, dated from the start of its compilation:
// compile-project.mjs); a project is fresh when its own stamp and those of every project it depends on (Nx's cached
// project graph) are newer than their sources. Several processes starting at once (the end-to-end test starts five
// services) build one at a time: the first holds a lock, the others wait for it and find the build fresh.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

export const workspace = resolve(import.meta.dirname, '../..');
export const BUILT_STAMP = '.built';
const GLOBAL_INPUTS = [
  'tsconfig.base.json',
  'package-lock.json',
  'nx.json',
  'tools/build/compile-project.mjs',
];
// `generated`: the console's API types, written by its build from docs/openapi (an input of its own, below).
const IGNORED = /(^node_modules$|^generated$|\.(spec|int-spec)\.ts$)/;
const LOCK = join(workspace, 'dist/js/.build-lock');
const LOCK_PATIENCE_MS = 600_000;

const requireFromWorkspace = createRequire(join(workspace, 'package.json'));
/**
 * Projects built otherwise than by compile-project.mjs: the folder their build writes (and stamps), and what outside
 * their root their build reads. The console is built by Vite into dist/apps/console, its API types from docs/openapi.
 */
const BUILT_ELSEWHERE = {
  'apps/console': {
    output: 'dist/apps/console',
    inputs: ['docs/openapi', 'tools/build/generate-api-types.mjs'],
  },
};
const stampOf = (root) =>
  join(workspace, BUILT_ELSEWHERE[root]?.output ?? join('dist/js', root), BUILT_STAMP);
const inputsOf = (root) => [root, ...(BUILT_ELSEWHERE[root]?.inputs ?? [])];

function newestChange(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs; // a file added or removed changes its folder's time
  for (const entry of readdirSync(path)) {
    if (!IGNORED.test(entry)) newest = Math.max(newest, newestChange(join(path, entry)));
  }
  return newest;
}

/**
 * The roots of the project and of every project it depends on, from the project graph Nx keeps in its workspace data
 * (read as JSON: loading @nx/devkit to read it costs half a second); null before Nx ran in this workspace.
 */
function closureOf(project) {
  const folder = process.env['NX_WORKSPACE_DATA_DIRECTORY'] ?? join(workspace, '.nx/workspace-data');
  let graph;
  try {
    graph = JSON.parse(readFileSync(resolve(workspace, folder, 'project-graph.json'), 'utf8'));
  } catch {
    return null;
  }
  if (!graph.nodes?.[project]) return null;
  const roots = new Set();
  const visit = (name) => {
    const node = graph.nodes[name];
    if (!node || roots.has(node.data.root)) return;
    roots.add(node.data.root);
    for (const dependency of graph.dependencies[name] ?? []) visit(dependency.target);
  };
  visit(project);
  return [...roots];
}

/** True when the project and each project it depends on were built after their sources last changed. */
export function isFresh(project) {
  const roots = closureOf(project);
  if (!roots) return false;
  const globalChange = Math.max(...GLOBAL_INPUTS.map((path) => newestChange(join(workspace, path))));
  return roots.every((root) => {
    const stamp = statSync(stampOf(root), { throwIfNoEntry: false });
    const newest = Math.max(
      globalChange,
      ...inputsOf(root).map((path) => newestChange(join(workspace, path))),
    );
    return stamp !== undefined && newest < stamp.mtimeMs;
  });
}

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Runs `work` holding the build lock: a folder, created by one process at a time; a dead holder's lock is taken over. */
function withBuildLock(work) {
  mkdirSync(join(workspace, 'dist/js'), { recursive: true });
  const deadline = Date.now() + LOCK_PATIENCE_MS;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      if (!holderAlive()) rmSync(LOCK, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`another build holds ${LOCK} for too long`);
      else sleep(200);
    }
  }
  try {
    writeFileSync(join(LOCK, 'pid'), String(process.pid));
    return work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

function holderAlive() {
  try {
    process.kill(Number(readFileSync(join(LOCK, 'pid'), 'utf8')), 0);
    return true;
  } catch (error) {
    // No pid yet: the holder has just created the lock. EPERM: a process of another user holds it, alive.
    return error.code === 'ENOENT' || error.code === 'EPERM';
  }
}

/**
 * Builds `project` unless its output is fresh; says so on stderr (`log`), since a first build takes seconds. Throws
 * with Nx's output when the build fails.
 */
export function ensureBuilt(project, log = (line) => process.stderr.write(`${line}\n`)) {
  if (isFresh(project)) return;
  withBuildLock(() => {
    if (isFresh(project)) return; // built by the process that held the lock before
    const started = new Date();
    log(`Compiling ${project} and the libraries it uses (once, and again when their sources change)…`);
    const build = spawnSync(
      process.execPath,
      [requireFromWorkspace.resolve('nx/bin/nx.js'), 'build', project, '--outputStyle=static'],
      {
        cwd: workspace,
        // From Nx's cache when it can (even in CI, which skips it for its own checks): an app may run from these files.
        env: { ...process.env, NX_NO_CLOUD: 'true', NX_TUI: 'false', NX_SKIP_NX_CACHE: 'false' },
        encoding: 'utf8',
      },
    );
    if (build.status !== 0) throw new Error(`nx build ${project} failed:\n${build.stdout}${build.stderr}`);
    // Projects Nx took from its cache keep their stamp's old date: date them all from this build's start.
    for (const root of closureOf(project) ?? []) {
      if (existsSync(stampOf(root))) utimesSync(stampOf(root), started, started);
    }
    log(`Compiled in ${((Date.now() - started.getTime()) / 1000).toFixed(1)} s.`);
  });
}

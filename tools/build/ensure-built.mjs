// Builds a project with `nx build` when its compiled output is missing or older than its sources, so that `npm start`,
// the CLI and the demo run JavaScript without paying Nx's start-up (seconds) when nothing changed. What "its sources"
// are is learnt at each build from Nx's project graph (the project and every project it depends on) and kept in a
// stamp beside the output; a cheap walk of those folders' modification times then tells whether the build is stale.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

export const workspace = resolve(import.meta.dirname, '../..');
const GLOBAL_INPUTS = [
  'tsconfig.base.json',
  'package-lock.json',
  'nx.json',
  'tools/build/compile-project.mjs',
];
const IGNORED = /(^node_modules$|\.(spec|int-spec)\.ts$)/;

const stampOf = (project) => join(workspace, 'dist/js/.stamps', `${project}.json`);

function newestChange(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return Infinity; // a folder the last build knew is gone: build again
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs; // a file added or removed changes its folder's time
  for (const entry of readdirSync(path)) {
    if (!IGNORED.test(entry)) newest = Math.max(newest, newestChange(join(path, entry)));
  }
  return newest;
}

/** True when the project's last build is newer than every source it was built from. */
export function isFresh(project) {
  const stamp = stampOf(project);
  if (!existsSync(stamp)) return false;
  const { roots } = JSON.parse(readFileSync(stamp, 'utf8'));
  const builtAt = statSync(stamp).mtimeMs;
  return [...GLOBAL_INPUTS, ...roots].every((path) => newestChange(join(workspace, path)) < builtAt);
}

function projectRootsOf(project) {
  const { readCachedProjectGraph } = createRequire(join(workspace, 'package.json'))('@nx/devkit');
  const graph = readCachedProjectGraph();
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

/**
 * Builds `project` unless its output is fresh; says so on stderr (`log`), since a first build takes seconds. Throws
 * with Nx's output when the build fails.
 */
export function ensureBuilt(project, log = (line) => process.stderr.write(`${line}\n`)) {
  if (isFresh(project)) return;
  const started = Date.now();
  log(`Compiling ${project} and the libraries it uses (once, and again when their sources change)…`);
  const nx = createRequire(join(workspace, 'package.json')).resolve('nx/bin/nx.js');
  const build = spawnSync(process.execPath, [nx, 'build', project, '--outputStyle=static'], {
    cwd: workspace,
    env: { ...process.env, NX_NO_CLOUD: 'true', NX_TUI: 'false' },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`nx build ${project} failed:\n${build.stdout}${build.stderr}`);
  const stamp = stampOf(project);
  mkdirSync(dirname(stamp), { recursive: true });
  writeFileSync(stamp, `${JSON.stringify({ roots: projectRootsOf(project) })}\n`);
  // Dated from the build's start: a source saved while Nx was compiling makes the next run build again.
  utimesSync(stamp, new Date(), new Date(started));
  log(`Compiled in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

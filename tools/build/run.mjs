// Runs a project's compiled entry point in this process, compiling the project first if its sources changed:
// `npm start`, `npm run mutualis`, `npm run demo` and the benchmarks.
// Usage: node tools/build/run.mjs <project> <entry point, e.g. apps/cli/src/main> [arguments…]
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ensureBuilt, workspace } from './ensure-built.mjs';

const [project, entryPoint, ...args] = process.argv.slice(2);
if (!project || !entryPoint) {
  console.error('usage: node tools/build/run.mjs <project> <entry point> [arguments…]');
  process.exit(2);
}
try {
  ensureBuilt(project);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
const compiled = join(workspace, 'dist/js', `${entryPoint.replace(/\.ts$/, '')}.js`);
process.argv = [process.argv[0], compiled, ...args];
createRequire(import.meta.url)(compiled);

// The `build` target of every project (nx.json's target defaults): compiles one project's TypeScript under
// <project>/src (and <project>/bench, its benchmarks) to CommonJS with SWC into dist/js/<project>/, the same layout as
// the sources, so that a compiled
// app requires its compiled libraries by relative path (the @mutualis/* paths of tsconfig.base.json are rewritten
// at compile time) and needs nothing but node_modules to run. Other files under src (JSON schemas, data) are copied
// beside the JavaScript; `--assets <folder>` copies a folder of the project that code reads at run time.
// Usage: node tools/build/compile-project.mjs <project root> [--assets <folder>]... [--out-dir <dir>, dist/js by default]
import { transformFile } from '@swc/core';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BUILT_STAMP } from './ensure-built.mjs';

const workspace = resolve(import.meta.dirname, '../..');
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    assets: { type: 'string', multiple: true, default: [] },
    'out-dir': { type: 'string', default: join(workspace, 'dist/js') },
  },
});
if (positionals.length !== 1) {
  console.error('usage: node tools/build/compile-project.mjs <project root> [--assets <folder>]...');
  process.exit(2);
}
const projectRoot = positionals[0];
const project = join(workspace, projectRoot);
const output = join(resolve(values['out-dir']), projectRoot);

const { paths } = JSON.parse(readFileSync(join(workspace, 'tsconfig.base.json'), 'utf8')).compilerOptions;
const swcOptions = {
  swcrc: false,
  sourceMaps: true,
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
    baseUrl: workspace,
    paths,
  },
  // import() becomes require(), as under Jest: code loaded when first needed (the CLI's commands) stays CommonJS.
  module: { type: 'commonjs' },
};

const isTest = (name) => /\.(spec|int-spec)\.ts$/.test(name);

function* filesUnder(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (!isTest(entry.name)) yield path;
  }
}

async function compile(file, target) {
  const { code, map } = await transformFile(file, { ...swcOptions, filename: file });
  const js = target.replace(/\.ts$/, '.js');
  writeFileSync(js, `${code}\n//# sourceMappingURL=${basename(js)}.map\n`);
  writeFileSync(`${js}.map`, map);
}

const started = new Date();
rmSync(output, { recursive: true, force: true });
let compiled = 0;
for (const folder of ['src', 'bench'].map((name) => join(project, name)).filter(existsSync)) {
  for (const file of filesUnder(folder)) {
    const target = join(output, relative(project, file));
    mkdirSync(dirname(target), { recursive: true });
    if (file.endsWith('.ts')) {
      await compile(file, target);
      compiled++;
    } else cpSync(file, target);
  }
}
for (const folder of values.assets) {
  const from = join(project, folder);
  if (!existsSync(from)) throw new Error(`${projectRoot}: no assets folder ${folder}`);
  cpSync(from, join(output, folder), { recursive: true });
}
// Dated from the compilation's start: tools/build/ensure-built.mjs compares it with the sources' times, so a source
// saved during the compilation makes the next run compile again.
mkdirSync(output, { recursive: true });
writeFileSync(join(output, BUILT_STAMP), '');
utimesSync(join(output, BUILT_STAMP), started, started);
console.log(`${projectRoot}: ${compiled} files compiled into ${relative(workspace, output)}`);

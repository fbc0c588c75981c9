// Compiles the services' TypeScript (apps/ and libs/) to CommonJS with SWC, the compiler that @swc-node/register
// runs in development, into <out>/ with the same layout: `node <out>/apps/<service>/src/main.js` then needs only the
// production dependencies. The @mutualis/* paths of tsconfig.base.json become relative requires; JSON files that
// the sources import are copied beside them. Usage: node infra/docker/compile.mjs <out dir>
import { transformFile } from '@swc/core';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(dirname(new URL(import.meta.url).pathname), '../..');
const out = resolve(process.argv[2] ?? '');
if (!process.argv[2]) {
  console.error('usage: node infra/docker/compile.mjs <out dir>');
  process.exit(2);
}

const { paths } = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8')).compilerOptions;
const options = {
  swcrc: false,
  sourceMaps: false,
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
    baseUrl: root,
    paths,
  },
  // PGlite is an ES module loaded with import(): keep dynamic imports as they are.
  module: { type: 'commonjs', ignoreDynamic: true },
};

const isTest = (file) => /\.(spec|int-spec)\.ts$/.test(file);

function* sourceFiles(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if ((entry.name.endsWith('.ts') && !isTest(entry.name)) || entry.name.endsWith('.json')) yield path;
  }
}

function* sourceRoots() {
  for (const top of ['apps', 'libs']) {
    const pending = [join(root, top)];
    while (pending.length > 0) {
      const folder = pending.pop();
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        if (!entry.isDirectory() || entry.name === 'node_modules') continue;
        if (entry.name === 'src') yield join(folder, entry.name);
        else pending.push(join(folder, entry.name));
      }
    }
  }
}

let count = 0;
for (const sourceRoot of sourceRoots()) {
  for (const file of sourceFiles(sourceRoot)) {
    const target = join(out, relative(root, file));
    mkdirSync(dirname(target), { recursive: true });
    if (file.endsWith('.json')) {
      copyFileSync(file, target);
      continue;
    }
    const { code } = await transformFile(file, options);
    writeFileSync(target.replace(/\.ts$/, '.js'), code);
    count++;
  }
}
console.log(`compiled ${count} files into ${out}`);

